x = 1y = 2
# cz
a = 'b''c'
