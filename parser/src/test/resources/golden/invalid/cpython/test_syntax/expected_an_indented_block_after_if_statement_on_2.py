if 1:
foo()