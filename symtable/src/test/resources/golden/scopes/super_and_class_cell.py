class A:
    def m(self):
        return super().m()
    def n(self):
        return __class__
    def o(self):
        def inner():
            return super()
        return inner
    def p(self):
        super = 1
        return super
def not_a_method():
    return super()
