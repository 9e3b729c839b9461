def f():
    def g():
        class C:
            def m(self):
                if x:
                    for y in z:
                        while w:
                            try:
                                pass
                            except E:
                                with a:
                                    return 1
    return g
