import helpers.geometry
import helpers.geometry as geo
from helpers import textutil
from helpers.textutil import shout, VERSION as V
from helpers.geometry import *

print(helpers.geometry.area(3, 4), geo.perimeter(3, 4))
print(textutil.shout("hi"), shout("yo"), V)
print(area(2, 5), "perimeter" in dir(), "_private" in dir())
print(geo.__name__, textutil.__name__, helpers.__name__)
print(helpers.PACKAGE_NAME, helpers.geometry is geo)
import helpers.geometry as again
print(again is geo, geo.CALLS)
geo.area(1, 1)
print(again.CALLS)
try:
    from helpers import missing_thing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import helpers.nothere
except ImportError as e:
    print(type(e).__name__, e)
