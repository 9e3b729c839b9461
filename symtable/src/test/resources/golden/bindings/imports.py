import os
import os.path
import xml.etree.ElementTree as ET
import a.b.c
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .. import parent as p
from .pkg.mod import name
from json import *
def f():
    import sys
    from functools import partial as part
class C:
    import re
