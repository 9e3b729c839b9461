class Empty:
    pass
@decorate
class C(Base, metaclass=Meta, **options):
    attr = 1
    def method(self):
        return attr
    class Inner:
        pass
