while condition:
pass
