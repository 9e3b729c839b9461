items = []
items.append(1)
items.append(2)
items.extend([3, 4])
print(items.count(1), items.index(2), ' '.join(['a', 'b']))
text = 'a,b,c'
parts = text.split(',')
print(parts, text.upper().lower(), len(parts))
def f(obj):
    return obj.get('k', 0)
print(f({'k': 3}))
