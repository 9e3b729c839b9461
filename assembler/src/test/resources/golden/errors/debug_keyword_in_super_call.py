class C:
    def f(self):
        super().__init__(__debug__=1)
