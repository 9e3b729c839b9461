if x:
    # comment
    y
  # less
    z
