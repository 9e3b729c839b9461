# __del__: run by gc.collect() for unreachable cycles, and at exit in the order __main__'s names were made.
import gc


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


first = Resource("first")
second = Resource("second")
loop = Resource("loop")
loop.partner = Resource("partner")
loop.partner.partner = loop
del loop
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, info["generation"])))
print("collected", gc.collect())
gc.callbacks.clear()
print(phases, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
_private = Resource("_private")
print("end of module")
