# Names: assignment, augmented assignment, tuple assignment and swapping.
x = 1
y = x
x = x + 1
print(x, y)
a, b = 1, 2
a, b = b, a
print(a, b)
c = d = 5
c += 3
d -= 1
print(c, d)
n = 10
n *= 3
n //= 4
n **= 2
n %= 7
print(n)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
s = "ab"
s *= 3
print(s)
lst = [1]
lst += [2, 3]
print(lst)
