# expect: Warning at 7:1 import
def f(v):
    print(v)
    return v
data = {"a": 1}
data["b"] = 2
import os
f(data)
