# Globals, attributes and the NULL a call pushes: LOAD_GLOBAL, LOAD_ATTR, LOAD_SUPER_ATTR.
import os.path
from collections import OrderedDict as OD


def f(x):
    print(len(x))
    os.path.join(x, "y")
    return x.upper().strip


class C(OD):
    def m(self):
        return super().m() + super().attr


del os
global_name = f
