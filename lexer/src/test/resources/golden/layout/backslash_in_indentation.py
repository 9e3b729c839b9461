if x:
    \
  pass
