class Spam:
    __eggs = 1
    __dunder__ = 2
    def __method(self, __arg):
        self.__attr = __arg
        return __eggs
    import __private.module
    class __Inner:
        __x = 1
class ___:
    __y = 1
class _Lead:
    __z = 1
