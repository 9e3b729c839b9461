s = 'hello'
print(s.upper(), s.replace('l', 'L'))
print(' x '.strip())
def shout(t):
    return t.upper() + '!'
print(shout(s))
