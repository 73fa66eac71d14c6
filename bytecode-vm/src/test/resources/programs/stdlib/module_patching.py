import re, math
calls = []
real_compile = re.compile
def traced(pattern, flags=0):
    calls.append(pattern)
    return real_compile(pattern, flags)
re.compile = traced
p = re.compile(r"a+b")
print(p.match("aab").group(), calls, re.compile is traced)
from re import compile as c2
print(c2 is traced)
re.compile = real_compile
print(re.compile is real_compile, re.compile("x").pattern)
math.tau = 7
print(math.tau)
del math.tau
try:
    print(math.tau)
except AttributeError as e:
    print("AttributeError", e)
math.my_constant = 42
print(math.my_constant, hasattr(math, "my_constant"))
import sys
sys.my_flag = True
print(sys.my_flag)
def f(x):
    return math.sqrt(x)
total = 0
for i in range(20000):
    total += f(i)
math.sqrt = lambda x: -1
print(round(total, 3), f(4))
