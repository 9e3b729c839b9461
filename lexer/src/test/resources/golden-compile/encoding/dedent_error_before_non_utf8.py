if x:
    a
  b
y = "ÿ"
