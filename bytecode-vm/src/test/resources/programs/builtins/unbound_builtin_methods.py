# Methods of builtin types read from the type check what they are called with, as CPython's do.
print(list(map(str.upper, ["a", "b"])), str.join(",", ["x", "y"]), dict.get({1: 2}, 1), int.bit_length(255))
print(str.upper is str.upper, sorted(["b", "A"], key=str.lower), list.__len__([1, 2]))


class D(dict):
    pass


class L(list):
    pass


l = L([3, 1, 2])
list.sort(l)
print(dict.keys(D(a=1)), type.mro(int), str.maketrans("a", "b"), dict.fromkeys([1]), l, list.append(l, 9), l)
print(int.__new__(int, 5), tuple.__new__(tuple, [1, 2]), str.__len__("abc"))
for f in (lambda: type.mro(), lambda: list.append(), lambda: str.upper(5), lambda: dict.keys([1]), lambda: set.add(frozenset(), 1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
