import os
import os.path
import os.path as osp
from os import path, sep as separator
from collections import *
import sys, math
print(os.sep, osp.join('a', 'b'), path, separator, math.pi)
def f():
    import json
    from json import dumps as d
    return d(json.loads('1'))
print(f())
