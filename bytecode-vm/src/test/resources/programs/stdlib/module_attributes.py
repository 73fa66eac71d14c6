import json, heapq, functools, math, sys, re
orig = json.dumps
calls = []
def traced(obj, **kw):
    calls.append(type(obj).__name__)
    return orig(obj, **kw)
json.dumps = traced
print(json.dumps([1, 2]), json.dumps({"a": 1}), calls)
json.dumps = orig
heapq.custom_flag = True
print(heapq.custom_flag, hasattr(heapq, "custom_flag"))
del heapq.custom_flag
print(hasattr(heapq, "custom_flag"))
def f(): pass
f.x = 1
del f.x
print(hasattr(f, "x"))
try:
    del f.y
except AttributeError as e:
    print(e)
# a patched library function is what the library's other users see too
import textwrap
def shout(s, width=70, **kw):
    return [line.upper() for line in orig_wrap(s, width, **kw)]
orig_wrap = textwrap.wrap
textwrap.wrap = shout
print(textwrap.wrap("a b c", 3), textwrap.fill("a b c", 3) == "a b\nc")
