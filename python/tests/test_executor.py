# SPDX-License-Identifier: Apache-2.0
"""Executor, futures and remote objects."""
import concurrent.futures
import json
import time
import unittest
import urllib.request

import fora
from tests import support

executor = None


def setUpModule():
    global executor
    executor = support.executor()


def add(a, b=0):
    return a + b


def spin(n):
    t = 0
    for i in range(n):
        t = (t + i * i) % 1000003
    return t


def divide(a, b):
    return a / b


class Acc:
    def __init__(self, start):
        self.items = [start]

    def push(self, x):
        self.items.append(x)
        return self

    def total(self):
        return sum(self.items)


def use_acc(acc, xs):
    for x in xs:
        acc.push(x)
    return acc.total()


class ExecutorTest(unittest.TestCase):
    def test_submit_returns_a_future_of_a_remote_object(self):
        f = executor.submit(add, 2, b=3)
        self.assertIsInstance(f, concurrent.futures.Future)
        r = f.result(30)
        self.assertIsInstance(r, fora.RemoteObject)
        self.assertEqual(r.toLocal().result(30), 5)
        self.assertTrue(f.done())
        # a remote object goes back as an argument
        self.assertEqual(executor.submit(add, r, r).result(30).toLocal().result(30), 10)

    def test_submit_instances_and_functions_as_arguments(self):
        acc = Acc(10)
        r = executor.submit(use_acc, acc, [1, 2, 3]).result(30)
        self.assertEqual(r.toLocal().result(30), 16)
        self.assertEqual(acc.items, [10])
        r = executor.submit(lambda f, x: f(x), abs, -4).result(30)
        self.assertEqual(r.toLocal().result(30), 4)

    def test_define_values_and_functions(self):
        for v in [1, 2.5, "s", [1, (2, 3)], {"a": {1, 2}}, frozenset([1]), b"x", bytearray(b"y"), 2 ** 80, None,
                  float("inf")]:
            o = executor.define(v).result(30)
            self.assertIsInstance(o, fora.RemoteObject)
            self.assertEqual(o.toLocal().result(30), v)
        f = executor.define(spin).result(30)
        self.assertEqual(executor.submit(f, 10).result(30).toLocal().result(30), spin(10))
        with executor.remotely.downloadAll():
            via_block = f(20)
        self.assertEqual(via_block, spin(20))

    def test_remote_exception_in_a_future(self):
        f = executor.submit(divide, 1, 0)
        e = f.exception(30)
        self.assertIsInstance(e, ZeroDivisionError)
        self.assertIn("in divide", e.remote_traceback)
        with self.assertRaises(ZeroDivisionError):
            f.result()

    def test_s3_data_sets_run_on_the_server(self):
        # the test server has no S3: the failure is the server's OSError, raised here as itself
        e = executor.importS3Dataset("bucket", "key").exception(30)
        self.assertIsInstance(e, OSError)
        self.assertIn("importS3Dataset", str(e))
        e = executor.exportS3Dataset("text", "bucket", "key").exception(30)
        self.assertIsInstance(e, OSError)
        self.assertIn("exportS3Dataset", str(e))
        with self.assertRaises(TypeError):
            executor.importS3Dataset(1, "key")

    def test_conversion_error_before_submitting(self):
        with open(__file__) as fh:
            with self.assertRaises(fora.PythonToForaConversionError) as cm:
                executor.submit(add, fh, 1)
        self.assertIn("open file", str(cm.exception))
        with self.assertRaises(fora.NotCallableError):
            executor.submit(42)

    def test_cancel_stops_a_long_computation(self):
        f = executor.submit(spin, 10 ** 10)
        deadline = time.time() + 20
        while f.computation_id is None and time.time() < deadline:
            time.sleep(0.05)
        self.assertIsNotNone(f.computation_id)
        self.assertTrue(f.running())
        self.assertTrue(f.cancel())
        self.assertTrue(f.cancelled())
        with self.assertRaises(concurrent.futures.CancelledError):
            f.result(5)
        done, _ = concurrent.futures.wait([f], timeout=5)
        self.assertIn(f, done)
        with urllib.request.urlopen("%s/api/v1/computations/%s" % (executor.url, f.computation_id)) as r:
            self.assertEqual(json.loads(r.read())["status"], "cancelled")

    def test_done_callbacks_and_as_completed(self):
        seen = []
        fs = [executor.submit(add, i, i) for i in range(4)]
        for f in fs:
            f.add_done_callback(lambda fut: seen.append(fut))
        results = sorted(f.result().toLocal().result(30) for f in concurrent.futures.as_completed(fs, timeout=60))
        self.assertEqual(results, [0, 2, 4, 6])
        deadline = time.time() + 5
        while len(seen) < 4 and time.time() < deadline:
            time.sleep(0.01)
        self.assertEqual(len(seen), 4)

    def test_worker_count_and_close(self):
        self.assertGreaterEqual(executor.getWorkerCount(), 1)
        with fora.connect(executor.url) as ex:
            f = ex.submit(spin, 10 ** 10)
            time.sleep(0.3)
        self.assertTrue(ex.isClosed())
        with self.assertRaises(fora.ConnectionError):
            ex.submit(add, 1, 2)
        try:
            f.result(10)
        except concurrent.futures.CancelledError:
            pass

    def test_connection_error(self):
        with self.assertRaises(fora.ConnectionError):
            fora.connect("http://127.0.0.1:9", timeout=2)


if __name__ == "__main__":
    unittest.main()
