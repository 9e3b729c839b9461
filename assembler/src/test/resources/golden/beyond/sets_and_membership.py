def kind(c):
    if c in {'a', 'e', 'i', 'o', 'u'}:
        return 'vowel'
    if c in {1, 2.0, True, None}:
        return 'odd'
    if c not in ['x', 'y']:
        return 'other'
    return 'xy'
s = {1, 2, 3}
t = {'delete', 'replace', 'insert'}
for w in {'{', '}'}:
    print(w in t)
print(kind('a'), kind(1), kind('z'), s, sorted(t))
