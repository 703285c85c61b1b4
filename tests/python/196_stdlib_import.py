# importing the app-level library: module objects, names, sys.modules, and
# a user module on sys.path shadowing a standard module name
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "helpers", "shadow"))
import heapq

print(heapq.SHADOW, hasattr(heapq, "heappop"))
h = [2]
heapq.heappush(h, 5)
print(h)
sys.path.pop(0)

import functools
import collections
import itertools as it
from operator import add as plus, mul
from string import *

print(functools.__name__, collections.__name__, it.__name__, type(functools).__name__)
print(sys.modules["functools"] is functools, "collections" in sys.modules, plus(2, 3), mul(2, 3))
print(digits, capwords("x y"), "Template" in dir())
import functools as f2
print(f2 is functools, functools.reduce is f2.reduce)
print(collections.namedtuple("T", "a").__module__, collections.OrderedDict.__module__,
      it.chain.__module__, type(it.count()).__name__)
try:
    import collections.nosuchmodule
except ImportError as e:
    print(type(e).__name__, e)
try:
    from itertools import nosuchname
except ImportError as e:
    print(type(e).__name__)
try:
    import nosuchstdlib
except ImportError as e:
    print(type(e).__name__, e)
print(sorted(functools.__all__)[:4], callable(functools.partial))
