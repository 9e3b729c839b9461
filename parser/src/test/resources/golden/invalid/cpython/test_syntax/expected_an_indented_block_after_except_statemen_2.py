try:
    something()
except A:
pass
