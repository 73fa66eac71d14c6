# A code object's co_names (globals and attributes it uses), and its cell and free variables in
# CPython's order (sorted by name), which __closure__ follows.
import struct


def uses_globals():
    return math.sqrt(len(values))


print(sorted(uses_globals.__code__.co_names))


def outer():
    z = 3
    a = 1
    b = 2

    def inner():
        return z + a + b

    return inner


f = outer()
print(f.__code__.co_freevars, outer.__code__.co_cellvars, [c.cell_contents for c in f.__closure__])
print(outer.__code__.co_varnames, f.__code__.co_varnames)

# struct's messages for values out of a format's range, as CPython words them
for fmt, v in [("<q", 2**63), ("q", 2**63), ("<Q", -1), ("Q", -1), ("<i", 2**31), ("i", 2**31),
               ("<I", -1), ("<I", 2**32), ("<h", 2**15), ("<b", 128), ("<B", 256), ("<l", 2**31), ("<L", 2**32)]:
    try:
        struct.pack(fmt, v)
        print(fmt, v, "ok")
    except (struct.error, OverflowError) as e:
        print(fmt, v, type(e).__name__, e)
