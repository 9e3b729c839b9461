if a:
    x = 'é'
  é = 2
