x = 1

# a comment
   # indented comment
y = (1,
     2)  # trailing

z = [

]
