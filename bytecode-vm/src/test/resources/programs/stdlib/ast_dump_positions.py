import ast
src = """
import os, sys as system
from . import x
from ..pkg.mod import (a as b, c)
@dec(1)
async def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:
    '''doc'''
    global g
    x: int = 5
    (y): int
    x += 1; del x, y[0]
    async with a as (b, c), d:
        pass
    async for i in aiter():
        continue
    else:
        break
    return await g
class C(B, metaclass=M):
    def m(self):
        nonlocal q
        yield
        yield from z
        lambda x, *y, z=1: x
try:
    pass
except* ValueError as e:
    raise X from e
try:
    1
except (A, B):
    pass
else:
    2
finally:
    3
with open(f) as fh:
    assert fh, "msg"
match p:
    case [1, *rest] | {"k": v, **kw}:
        pass
    case Point(x=0, y=yy) if yy > 0:
        pass
    case None | True | -1 | -1.5 | "s" as z:
        pass
    case _:
        pass
while a < b <= c is not d not in e:
    x[1:2, ::3] = a if b else c
    print(f"{x!r:>{w}} and {y=}", *a, k=1, **m)
{1: 2, **d}; {1, 2}; [x for x in y if x for z in w]; {k: v for k, v in d}; (x async for x in y)
a and b or not c; -x; +x; ~x; a @ b; a // b % c ** d << e >> f | g ^ h & i
(x := 5); b"by"; 1.5; 10**30; ...; None; True; 3j
"""
tree = ast.parse(src)
print(ast.dump(tree, indent=1))
print(ast.dump(tree, include_attributes=True))
