x = 1
if x:
    a
  b
