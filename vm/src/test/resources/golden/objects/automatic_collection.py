# Objects with __del__ that become garbage are finalized by an automatic collection, not only at exit.
import gc


class Node:
    finalized = 0

    def __init__(self):
        self.me = self

    def __del__(self):
        Node.finalized += 1


for i in range(5000):
    Node()
print("some were finalized on the way:", Node.finalized > 0)
gc.collect()
print("all after a full collection:", Node.finalized == 5000)


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Holder:
    def __init__(self, item):
        for _ in range(2500):
            Node()
        self.item = item


h = Holder(Resource("argument"))
print("still held:", h.item.name)
