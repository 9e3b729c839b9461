if x:
pass
$ = "abc
