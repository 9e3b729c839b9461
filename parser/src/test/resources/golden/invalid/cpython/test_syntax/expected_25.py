def f -> int:
