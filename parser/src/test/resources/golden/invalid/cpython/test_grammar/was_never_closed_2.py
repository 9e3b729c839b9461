
def foo(