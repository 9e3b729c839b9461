f(a,
  b c
