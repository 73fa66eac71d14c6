# SPDX-License-Identifier: Apache-2.0
"""``with executor.remotely`` blocks as pyfora users wrote them."""
import collections
import io
import math
import os
import sys
import tempfile
import unittest
from collections import deque
from functools import reduce

import fora
from tests import support

executor = None


def setUpModule():
    global executor
    executor = support.executor()


def isPrime(p):
    if p < 2:
        return 0
    x = 2
    while x * x <= p:
        if p % x == 0:
            return 0
        x = x + 1
    return 1


LIMIT = 2000
SMALL_PRIMES = (2, 3, 5, 7)
CONFIG = {"scale": 2.5, "names": ["a", "b"], "flags": {1, 2}, "raw": b"\x00\xff", "none": None}
BIG = 2 ** 100


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def make_adder(k):
    def add(x):
        return x + k
    return add


add10 = make_adder(10)
square = lambda x: x * x  # noqa: E731


def make_counter_pair(start):
    def inner(n):
        def deepest(m):
            return start + n + m
        return deepest
    return inner


class Shape:
    def area(self):
        raise NotImplementedError


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def scaled(self, k):
        return Rect(self.w * k, self.h * k)

    def __repr__(self):
        return "Rect(%r, %r)" % (self.w, self.h)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


unit = Rect(1, 2)


def hypot_all(points):
    return [math.hypot(x, y) for x, y in points]


def window(xs, n):
    d = deque(maxlen=n)
    out = []
    for x in xs:
        d.append(x)
        out.append(sum(d))
    return out


def total(xs):
    return reduce(lambda a, b: a + b, xs, 0)


class CustomError(Exception):
    pass


def fails(x):
    if x > 2:
        raise CustomError("too big: %d" % x)
    return x


def mutate(xs):
    xs.append(99)
    return len(xs)


class RemotelyTest(unittest.TestCase):
    def test_the_readme_example(self):
        with executor.remotely.downloadAll():
            n = sum(isPrime(x) for x in range(LIMIT))
        self.assertEqual(n, 303)

    def test_module_constants_of_every_kind(self):
        with executor.remotely.downloadAll():
            s = sum(SMALL_PRIMES)
            scaled = CONFIG["scale"] * 2
            names = CONFIG["names"] + ["c"]
            flags = sorted(CONFIG["flags"])
            raw = CONFIG["raw"][::-1]
            none = CONFIG["none"]
            big = BIG + 1
        self.assertEqual((s, scaled, names, flags, raw, none, big), (17, 5.0, ["a", "b", "c"], [1, 2], b"\xff\x00", None, 2 ** 100 + 1))

    def test_recursion_and_mutual_recursion(self):
        with executor.remotely.downloadAll():
            f = fact(30)
            e = is_even(10)
            o = is_odd(7)
        self.assertEqual((f, e, o), (math.factorial(30), True, True))

    def test_closures_lambdas_and_nested_functions(self):
        local_k = 5
        with executor.remotely.downloadAll():
            a = add10(1)
            b = square(7)
            c = make_adder(local_k)(1)
            d = make_counter_pair(100)(10)(1)
            e = list(map(lambda v: v * local_k, [1, 2]))
        self.assertEqual((a, b, c, d, e), (11, 49, 6, 111, [5, 10]))

    def test_a_closure_made_locally(self):
        inner = make_counter_pair(1000)(20)
        with executor.remotely.downloadAll():
            r = inner(3)
        self.assertEqual(r, 1023)

    def test_classes_inheritance_and_instances(self):
        with executor.remotely.downloadAll():
            areas = [s.area() for s in [Rect(2, 3), Circle(1.0), unit.scaled(3)]]
            sides = Rect.sides
            described = repr(unit.scaled(2))
        self.assertEqual(areas, [6, math.pi, 18])
        self.assertEqual((sides, described), (4, "Rect(2, 4)"))

    def test_instances_come_back_as_objects_of_the_local_class(self):
        with executor.remotely.downloadAll():
            shapes = [Rect(2, 3), Rect(1, 1).scaled(5)]
            biggest = max(shapes, key=lambda s: s.area())

            class Local:
                def __init__(self):
                    self.tag = "made remotely"
            local = Local()
        self.assertIsInstance(biggest, Rect)
        self.assertEqual((biggest.w, biggest.h, biggest.area()), (5, 5, 25))
        self.assertEqual([type(s).__name__ for s in shapes], ["Rect", "Rect"])
        self.assertIsInstance(local, fora.RemoteInstance)
        self.assertEqual((local.tag, local.__fora_class__), ("made remotely", "Local"))

    def test_standard_modules_used_by_the_code(self):
        with executor.remotely.downloadAll():
            h = hypot_all([(3, 4), (6, 8)])
            w = window([1, 2, 3, 4], 2)
            t = total(range(10))
            c = collections.Counter("abracadabra").most_common(1)
        self.assertEqual((h, w, t, c), ([5.0, 10.0], [1, 3, 5, 7], 45, [("a", 5)]))

    def test_imports_and_definitions_inside_the_block(self):
        with executor.remotely.downloadAll():
            import statistics

            def cube(x):
                return x ** 3
            m = statistics.mean([cube(x) for x in range(4)])
        self.assertEqual(m, 9)
        self.assertIsInstance(cube, fora.Opaque)

    def test_remote_all_gives_remote_objects(self):
        with executor.remotely.remoteAll():
            xs = list(range(5))
        self.assertIsInstance(xs, fora.RemoteObject)
        self.assertEqual(xs.toLocal().result(10), [0, 1, 2, 3, 4])
        with executor.remotely.downloadAll():
            ys = [x * 2 for x in xs]
        self.assertEqual(ys, [0, 2, 4, 6, 8])

    def test_plain_remotely_is_remote_all(self):
        with executor.remotely:
            v = {"k": (1, 2)}
        self.assertIsInstance(v, fora.RemoteObject)
        self.assertEqual(v.toLocal().result(10), {"k": (1, 2)})

    def test_download_small(self):
        with executor.remotely.downloadSmall(bytecount=100):
            small = [1, 2, 3]
            large = list(range(1000))
        self.assertEqual(small, [1, 2, 3])
        self.assertIsInstance(large, fora.RemoteObject)
        self.assertEqual(len(large.toLocal().result(10)), 1000)
        with self.assertRaises(fora.ResultExceededBytecountThreshold):
            large.toLocal(maxBytes=10).result(10)

    def test_print_inside_the_block_is_shown_locally(self):
        buf = io.StringIO()
        old, sys.stdout = sys.stdout, buf
        try:
            with executor.remotely.downloadAll():
                print("hello", 6 * 7)
                r = 1
        finally:
            sys.stdout = old
        self.assertEqual(buf.getvalue(), "hello 42\n")

    def test_remote_exception_comes_back_as_the_same_type(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            with executor.remotely.downloadAll():
                x = 1 / 0
        self.assertIn("division by zero", str(cm.exception))
        self.assertIn(__file__.rstrip("c"), cm.exception.remote_traceback)
        with self.assertRaises(KeyError) as cm:
            with executor.remotely.downloadAll():
                y = {}["missing"]
        self.assertEqual(cm.exception.args, ("missing",))

    def test_user_exception_types_and_remote_line_numbers(self):
        with self.assertRaises(CustomError) as cm:
            with executor.remotely.downloadAll():
                r = [fails(i) for i in range(5)]
        tb = cm.exception.remote_traceback
        self.assertIn("too big: 3", str(cm.exception))
        line = fails.__code__.co_firstlineno + 2
        self.assertIn('line %d, in fails' % line, tb)

    def test_block_that_mutates_a_bound_value_leaves_the_local_one_alone(self):
        data = [1, 2, 3]
        with executor.remotely.downloadAll():
            data.append(4)
            n = mutate(data)
        self.assertEqual(n, 5)
        self.assertEqual(data, [1, 2, 3])

    def test_block_that_opens_a_file_is_refused_by_fora(self):
        with self.assertRaises(fora.InvalidPyforaOperation) as cm:
            with executor.remotely.downloadAll():
                text = open("/etc/hostname").read()
        self.assertIn("open", str(cm.exception))

    def test_reference_to_an_open_file_is_a_local_conversion_error(self):
        with tempfile.TemporaryFile() as fh:
            with self.assertRaises(fora.PythonToForaConversionError) as cm:
                with executor.remotely.downloadAll():
                    data = fh.read()
                    ran_locally = True
        msg = str(cm.exception)
        self.assertIn("'fh'", msg)
        self.assertIn(os.path.basename(__file__.rstrip("c")), msg)
        self.assertIn("open file", msg)
        self.assertNotIn("ran_locally", dir())

    def test_purity_error_points_at_the_users_line(self):
        with self.assertRaises(fora.PythonToForaConversionError) as cm:
            with executor.remotely.downloadAll():
                x = 1
                from . import support as again  # a relative import: refused by Fora's checker
        line = sys._getframe().f_lineno - 1
        self.assertEqual(cm.exception.lineno, line)
        self.assertIn('File "%s", line %d' % (__file__.rstrip("c"), line), str(cm.exception))

    def test_module_fora_does_not_provide_is_refused_before_submitting(self):
        import socket
        with self.assertRaises(fora.PythonToForaConversionError) as cm:
            with executor.remotely.downloadAll():
                host = socket.gethostname()
        self.assertIn("socket", str(cm.exception))

    def test_function_without_source_is_refused_locally(self):
        ns = {}
        exec("def nosource(x):\n    return x\n", ns)
        nosource = ns["nosource"]
        with self.assertRaises(fora.PythonToForaConversionError) as cm:
            with executor.remotely.downloadAll():
                y = nosource(1)
        self.assertIn("source", str(cm.exception))

    def test_names_assigned_come_back_into_the_module_frame(self):
        # see test_module_level.py for the module-level case
        total_ = 0
        with executor.remotely.downloadAll():
            total_ = total_ + 10
            for i in range(3):
                total_ += i
        self.assertEqual((total_, i), (13, 2))


if __name__ == "__main__":
    unittest.main()
