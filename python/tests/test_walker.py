# SPDX-License-Identifier: Apache-2.0
"""The object walker on its own (no server needed)."""
import math
import tempfile
import unittest
from collections import deque

from fora.errors import PythonToForaConversionError
from fora.walker import Namespace, Where

RATE = 0.5


def helper(x):
    return x * RATE + math.floor(x)


def recursive(n):
    return 0 if n == 0 else recursive(n - 1) + helper(n)


def ping(n):
    return n if n <= 0 else pong(n - 1)


def pong(n):
    return ping(n - 1)


def make(k):
    def inner(x):
        return x + k + helper(x)
    return inner


class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt


def run(ns, expr):
    """Runs the walker's module locally (CPython) and evaluates ``expr`` in it."""
    from fora.encoding import loads, dumps
    g = {k: loads(dumps(v), None) for k, v in ns.bindings.items()}
    exec(compile(ns.source() + "__r = " + expr + "\n", "<walked>", "exec"), g)
    return g["__r"]


class WalkerTest(unittest.TestCase):
    def where(self):
        return Where(__file__, 1, None, "test")

    def test_functions_are_emitted_once_with_their_globals(self):
        ns = Namespace()
        ns.bind_global("recursive", recursive, self.where())
        src = ns.source()
        self.assertEqual(src.count("def recursive"), 1)
        self.assertEqual(src.count("def helper"), 1)
        self.assertIn("import math", src)
        self.assertIn("RATE", ns.bindings)
        self.assertEqual(run(ns, "recursive(4)"), recursive(4))

    def test_mutual_recursion(self):
        ns = Namespace()
        ns.bind_global("ping", ping, self.where())
        self.assertEqual(run(ns, "ping(7)"), ping(7))

    def test_closures_and_instances(self):
        ns = Namespace()
        ns.bind_global("f", make(10), self.where())
        ns.bind_global("chain", Node(1, Node(2)), self.where())
        ns.bind_global("d", deque([1, 2]), self.where())
        self.assertEqual(run(ns, "f(2)"), make(10)(2))
        self.assertEqual(run(ns, "chain.nxt.v"), 2)
        self.assertEqual(run(ns, "list(d)"), [1, 2])

    def test_cycles_in_instances(self):
        a = Node(1)
        a.nxt = a
        ns = Namespace()
        ns.bind_global("a", a, self.where())
        self.assertTrue(run(ns, "a.nxt is a"))

    def test_unsendable_values_name_the_object_file_and_line(self):
        with tempfile.TemporaryFile() as fh:
            def reads():
                return fh.read()
            ns = Namespace()
            with self.assertRaises(PythonToForaConversionError) as cm:
                ns.bind_global("reads", reads, self.where())
        msg = str(cm.exception)
        self.assertIn("'fh'", msg)
        self.assertIn("open file", msg)
        self.assertIn('File "%s", line %d' % (__file__.rstrip("c"), reads.__code__.co_firstlineno + 1), msg)


if __name__ == "__main__":
    unittest.main()
