if a:
    if b:
        c
    d
e
class C:
  def f(self):
      pass


  x = 1
