if x:
  a \ b
