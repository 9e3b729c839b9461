x = "ÿ"
if x:
  a
 b
