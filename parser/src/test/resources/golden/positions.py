x = "é" + "日本" + f"{é}" + y
if é: pass
def f(日本): return 日本
z = (
    1 +
    2
)
s = """a
b""" + c
call(
    a,
    b=c,
)
