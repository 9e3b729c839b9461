def f(:)
    pass
