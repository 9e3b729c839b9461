class C:
    __debug__: int
