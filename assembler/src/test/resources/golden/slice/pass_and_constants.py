pass
1
'just a string'
x = 1
if x:
    pass
def f():
    pass
    return
print(f())
