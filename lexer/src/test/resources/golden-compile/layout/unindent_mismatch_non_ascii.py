if x:
    a
  é
