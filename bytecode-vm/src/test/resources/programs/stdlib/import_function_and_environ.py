# __import__ imports as the import statement does; os.environ is the computation's own and
# starts empty, so reads with a default answer the default.
import os

m = __import__("math")
print(m.pi, m.__name__)
pkg = __import__("collections.abc")
print(pkg.__name__, pkg.abc.Sequence.__name__)
leaf = __import__("collections.abc", fromlist=["Sequence"])
print(leaf.__name__)
name = "fractions"
print(getattr(__import__(name.lower()), "Fraction")(3, 6))
for bad in [lambda: __import__("no_such_module_here"), lambda: __import__(""), lambda: __import__(5),
            lambda: __import__("x", level=-1)]:
    try:
        bad()
    except (ImportError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

size = int(os.environ.get("BENCH_SIZE_FOR_FORA_TEST", "250"))
print(size, os.getenv("FORA_TEST_UNSET_VARIABLE"), os.getenv("FORA_TEST_UNSET_VARIABLE", "dflt"))
print("FORA_TEST_UNSET_VARIABLE" in os.environ)
try:
    os.getenv(5)
except TypeError as e:
    print("TypeError:", e)

# CPython 3.11's limit on int-to-decimal conversion holds in every formatting path
n = 10 ** 5000
for label, f in [("str", lambda: str(n)), ("format", lambda: "{}".format(n)), ("grouped", lambda: "{:,}".format(n)),
                 ("fstring", lambda: f"{n}"), ("spec d", lambda: format(n, "d")), ("percent", lambda: "%d" % n),
                 ("hex", lambda: len(hex(n))), ("x spec", lambda: len(format(n, "x")))]:
    try:
        r = f()
        print(label, "ok", r if isinstance(r, int) else len(r))
    except ValueError as e:
        print(label, "ValueError", str(e)[:40])
