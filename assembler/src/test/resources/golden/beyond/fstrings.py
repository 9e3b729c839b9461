name = 'world'
n = 42
print(f'hello {name}')
print(f'{n!r} {n:5} {n:>{n}} {name!s:>10}')
print(f'{n + 1}', f'', f'plain')
def g(x):
    return f'<{x}>'
print(g(1))
