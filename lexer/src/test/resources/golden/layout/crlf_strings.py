s = '''a
b'''
t = 'x\
y'
