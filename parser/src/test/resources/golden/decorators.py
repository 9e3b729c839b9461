@d
def f(): pass
@d1
@d2(x)
@d3.attr
def f(): pass
@d
class C: pass
@x[0].y
@(lambda f: f)
@a if b else c
def f(): pass
@d
async def f(): pass
