match x:
  case list()
      pass
