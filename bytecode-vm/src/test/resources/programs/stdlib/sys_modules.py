# sys.modules: the modules imported so far, and what an import finds there afterwards.
import sys
import math
import collections

print('math' in sys.modules, 'collections' in sys.modules, 'no_such_module' in sys.modules)
print(sys.modules['math'] is math, type(sys.modules).__name__)

import heapq
print('heapq' in sys.modules, sys.modules['heapq'] is heapq)

# a module put there is what importing its name gives
sys.modules['fastmath'] = math
import fastmath
print(fastmath is math, fastmath.sqrt(16.0))

# None stops an import (how programs ask for a library's pure-Python fallback)
sys.modules['_speedups'] = None
try:
    import _speedups
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _speedups import fast
except ImportError as e:
    print('ImportError:', type(e).__name__)

def uses_module(name):
    mod = sys.modules.get(name)
    return None if mod is None else mod.__name__

print(uses_module('math'), uses_module('nothing_here'))

# removing an entry lets the module be imported again
del sys.modules['fastmath']
try:
    import fastmath
except ImportError as e:
    print(type(e).__name__, e)
print(sorted(k for k in ('math', 'heapq', 'collections', 'sys') if k in sys.modules))
