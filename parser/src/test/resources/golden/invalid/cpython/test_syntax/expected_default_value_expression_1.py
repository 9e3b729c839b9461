def foo(a=1,d=,c):
   pass
