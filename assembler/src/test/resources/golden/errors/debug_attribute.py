a = 1
(a.
    __debug__) = 1
