"""Module docstring."""

def f():
    """Function docstring.

    More lines here.
    """
    return 1

def g():
    'single'
    x = 2
    return x

print(f(), g(), __doc__)
