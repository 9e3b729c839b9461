if x:
  a
 ÿ
