def f[T] -> str:
