# import and from-import of modules and packages beside the program.
import helper
import helper as again
from helper import twice, VALUE
import shapes.circle
from shapes import area, NAME
import sys

print(helper.VALUE, twice(4), again is helper, VALUE, helper.__name__, helper.__doc__)
print(NAME, area(2), shapes.circle.PI, shapes.circle is sys.modules["shapes.circle"], "shapes" in sys.modules)
try:
    import nothere
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import helper.sub
except ImportError as e:
    print(type(e).__name__, e)
helper.broken(1)
