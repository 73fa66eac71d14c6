# str.format_map and %-formatting look names up in the mapping itself: a dict subclass's
# __missing__, a defaultdict's factory, a UserDict, a Counter.
from collections import defaultdict, UserDict, Counter, OrderedDict


class Default(dict):
    def __missing__(self, k):
        return "{" + k + "}"


print("{a} and {b}".format_map(Default(a=1)))
print("%(z)s and %(y)s" % defaultdict(lambda: "dflt", y=5))
print("%(a)s-%(b)d" % UserDict(a="x", b=3), "%(q)d" % Counter("qqq"), "%(k)s" % OrderedDict(k="o"))
print("{n:>5}|{v:.2f}".format_map(UserDict(n="ab", v=2.5)))
print("%s" % Default(a=1), "%r" % defaultdict(int))
for bad in (lambda: "{0}".format_map({}), lambda: "{a}".format_map([]), lambda: "%(k)s" % (1,), lambda: "{x}".format_map({})):
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
