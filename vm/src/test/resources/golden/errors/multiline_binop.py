x = 5
y = "a"
result = (x *
          2 +
          y)
