# The methods of builtin types as CPython shows and types them: method descriptors, slot
# wrappers, method-wrappers and builtin methods; what every object answers to hasattr.
import inspect
import types

cases = [str.upper, str.join, [].append, {}.get, "x".upper, dict.fromkeys, int.__add__, (1).__add__,
         object.__init__, object.__repr__, object.__eq__, list.__len__, dict.__getitem__, list.__getitem__,
         str.__getitem__, dict.__contains__, len, object.__new__]
for c in cases:
    text = repr(c)
    at = text.find(" at 0x")
    print(text[:at] + ">" if at >= 0 else text, type(c).__name__)
print(str.upper is str.upper, [].append == [].append, callable(str.upper), str.upper("q"), int.__add__(2, 3))
print(inspect.isroutine(str.upper), inspect.isbuiltin(len), inspect.ismethoddescriptor(str.upper), inspect.isroutine((1).__add__))
print(isinstance(str.join, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType),
      isinstance(object().__str__, types.MethodWrapperType), isinstance([].append, types.BuiltinMethodType))
try:
    [].__len__.__is_pyfora__
except AttributeError as e:
    print("AttributeError:", e)


def f():
    pass


class K:
    def m(self):
        pass


names = ["__dir__", "__sizeof__", "__reduce__", "__reduce_ex__", "__getstate__", "__subclasshook__", "__lt__",
         "__ge__", "__eq__", "__hash__", "__init_subclass__", "__format__", "__getnewargs__", "__class_getitem__",
         "__imul__", "__iadd__", "__ior__", "__reversed__", "__abs__", "__add__", "__doc__"]
for label, obj in [("int", 5), ("float", 2.5), ("str", "s"), ("list", [1]), ("tuple", (1,)), ("dict", {1: 2}),
                   ("set", {1}), ("frozenset", frozenset()), ("complex", 1j), ("range", range(3)), ("function", f),
                   ("lambda", lambda: 0), ("instance", K()), ("bound", K().m), ("None", None)]:
    print(label, [n for n in names if hasattr(obj, n)])
print((1j).__add__(2), (1j).__mul__(1j), [1].__class_getitem__(int), (5).__getnewargs__(), ("a",).__getnewargs__())
x = [1]
print(x.__imul__(2), x, {1}.__ior__({2}), list(reversed({1: 2, 3: 4})), list([1, 2].__reversed__()))
print(f.__eq__(f), f.__hash__() == hash(f), K().__lt__(K()), K().__getstate__(), K.__subclasshook__(int))
