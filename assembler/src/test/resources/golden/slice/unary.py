x = 5
print(-x, +x, ~x, not x)
y = -x * 2
print(y)
