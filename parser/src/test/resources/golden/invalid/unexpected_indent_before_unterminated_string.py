x
  y
"abc
