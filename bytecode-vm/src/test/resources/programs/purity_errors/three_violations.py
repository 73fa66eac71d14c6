# expect: PurityError at 5:5 print
# expect: PurityError at 8:1 item
# expect: PurityError at 9:1 import
def f(v):
    print(v)
    return v
data = {"a": 1}
data["b"] = 2
import os
f(data)
