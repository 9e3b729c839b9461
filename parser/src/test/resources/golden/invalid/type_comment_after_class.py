class C:  # type: int
    pass
