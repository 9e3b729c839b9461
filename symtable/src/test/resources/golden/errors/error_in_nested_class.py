class A:
    class B:
        def m(self, x):
            global x
