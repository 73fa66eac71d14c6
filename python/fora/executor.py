# SPDX-License-Identifier: Apache-2.0
"""The Executor: connect, define, submit, remote objects, and the remotely blocks' engine."""
import ast
import builtins
import json
import re
import sys
import threading
import time

from . import encoding, errors
from .futures import Future, completed, failed
from .transport import Transport
from .walker import Namespace, Where

FIRST_WAIT = 2.0    # seconds the first answer to a submission may be held
POLL_WAIT = 20.0    # seconds each later long-poll may be held


class RemoteObject(object):
    """A value kept on the server (pyfora's ``RemotePythonObject``).

    Use it in later ``remotely`` blocks or submissions (it travels as a reference), download it
    with ``toLocal()`` (a Future of the value), or release it with ``close()``.
    """

    def __init__(self, executor, id, type=None):
        self.executor = executor
        self.id = id
        self.type = type

    def toLocal(self, maxBytes=None):
        """A Future of the value, downloaded; ``maxBytes`` refuses a larger encoding
        (``ResultExceededBytecountThreshold``)."""
        return self.executor._download(self, maxBytes)

    def close(self):
        """Releases the object on the server."""
        self.executor._release(self.id)

    release = close

    def __repr__(self):
        return "<fora.RemoteObject %s%s>" % (self.id, " of type %s" % self.type if self.type else "")


_FILE_LINE = re.compile(r'File "<source>", line (\d+)')


class LineMap(object):
    """Maps lines of the text sent to the server back to the user's files."""

    def __init__(self, entries):
        self.entries = entries  # index i: (filename, line) of line i+1, or (None, None)

    def lookup(self, line):
        if line is not None and 1 <= line <= len(self.entries):
            f, n = self.entries[line - 1]
            if f is not None:
                return f, n
        return None, None

    def text(self, s):
        if not s:
            return s

        def sub(m):
            f, n = self.lookup(int(m.group(1)))
            if f is None:
                return 'File "<fora>", line %s' % m.group(1)
            return 'File "%s", line %d' % (f, n)
        return _FILE_LINE.sub(sub, s)

    def trace(self, tb):
        out = []
        for e in tb or []:
            e = dict(e)
            if e.get("path") == "<source>":
                f, n = self.lookup(e.get("line"))
                if f is not None:
                    e["path"], e["line"] = f, n
            out.append(e)
        return out


def remote_exception(err, linemap=None, namespace=None):
    """The local exception for a failed computation's ``error``."""
    linemap = linemap or LineMap([])
    t = err.get("type") or "Exception"
    msg = err.get("message") or ""
    text = linemap.text(err.get("text")) or ""
    trace = linemap.trace(err.get("traceback"))
    if t == "InvalidPyforaOperation":
        return errors.InvalidPyforaOperation(msg, trace, text)
    if t in ("NotCallableError", "ForaToPythonConversionError", "ResultExceededBytecountThreshold",
             "PythonToForaConversionError"):
        e = errors.PROBLEM_CLASSES[t](msg)
        e.remote_traceback = text
        e.trace = trace
        return e
    cls = getattr(builtins, t, None)
    if not (isinstance(cls, type) and issubclass(cls, BaseException)) or t in ("KeyboardInterrupt", "SystemExit",
                                                                                "GeneratorExit"):
        cls = None
        if namespace is not None:
            c = namespace.get(t)
            if isinstance(c, type) and issubclass(c, Exception):
                cls = c
    exc = None
    if cls is not None:
        args = (msg,) if msg else ()
        if cls is KeyError and msg[:1] in "'\"" and msg[-1:] == msg[:1]:
            try:
                args = (ast.literal_eval(msg),)
            except Exception:
                pass
        try:
            exc = cls(*args)
        except Exception:
            try:
                exc = cls.__new__(cls)
                exc.args = args
            except Exception:
                exc = None
    if exc is None:
        return errors.ComputationError("%s: %s" % (t, msg) if msg else t, trace, text, t)
    exc.remote_traceback = text
    exc.trace = trace
    exc.remoteException = "%s: %s" % (t, msg)
    if hasattr(exc, "add_note"):
        exc.add_note("Remote traceback (the exception was raised by the computation on Fora):\n" + text.rstrip())
    else:
        exc.__cause__ = errors.ComputationError("%s: %s" % (t, msg), trace, text, t)
    return exc


def problem_with_lines(e, linemap):
    """A 400 problem about the code sent, pointed at the user's file."""
    if isinstance(e, errors.ForaError) and getattr(e, "problem", None):
        p = e.problem
        detail = linemap.text(p.get("detail") or str(e))
        detail = re.sub(r'File "<fora>", line (\d+)', lambda m: 'File "<fora>", line %s' % m.group(1), detail)
        f, n = linemap.lookup(p.get("line"))
        trace = [{"path": f, "line": n, "column": p.get("column")}] if f else []
        new = type(e)(detail, trace) if isinstance(e, errors.PythonToForaConversionError) else type(e)(detail)
        new.problem = p
        if f:
            new.filename, new.lineno = f, n
        return new
    return e


class Executor(object):
    """Runs Python on a Fora server. Made by :func:`fora.connect`."""

    def __init__(self, url, timeout=30.0):
        self._transport = Transport(url, timeout)
        self.url = self._transport.url
        self._closed = False
        self._lock = threading.Lock()
        self._running = set()
        self._cluster()  # fails early with ConnectionError

    # -- plumbing ------------------------------------------------------------------------
    def _check_open(self):
        if self._closed:
            raise errors.ConnectionError("this executor is closed")

    def _loads(self, text):
        return encoding.loads(text, lambda rid: RemoteObject(self, rid))

    def _ref_of(self, v):
        return v.id if isinstance(v, RemoteObject) else None

    def _cluster(self):
        _, text = self._transport.request("GET", "/cluster")
        return json.loads(text)

    def _cancel_computation(self, cid):
        status, text = self._transport.raw("DELETE", "/computations/%s" % cid)
        if status >= 400:
            return None
        return json.loads(text).get("status")

    def _release(self, oid):
        try:
            self._transport.raw("DELETE", "/objects/%s" % oid)
        except errors.ForaError:
            pass

    def _release_later(self, ids):
        ids = [i for i in ids if i]
        if not ids or self._closed:
            return

        def run():
            for i in ids:
                self._release(i)
        threading.Thread(target=run, name="fora-release", daemon=True).start()

    def _start(self, body, on_answer, future=None, status_callback=None, linemap=None):
        """Posts a computation and completes a Future from its answer on a daemon thread."""
        self._check_open()
        fut = future or Future(self)
        text = encoding.dumps(body)

        def run():
            try:
                _, t = self._transport.request("POST", "/computations?wait=%g" % FIRST_WAIT, text, FIRST_WAIT)
                ans = self._loads(t)
                cid = ans.get("id")
                if not fut._fora_started(cid):
                    self._cancel_computation(cid)
                    fut._fora_mark_cancelled()
                    return
                if status_callback is not None:
                    status_callback(("started" if ans.get("status") == "running" else "answered", cid))
                while ans.get("status") == "running":
                    if fut.done():
                        return
                    _, t = self._transport.request("GET", "/computations/%s?wait=%g" % (cid, POLL_WAIT),
                                                   None, POLL_WAIT)
                    ans = self._loads(t)
                fut.output = ans.get("output") or []
                if ans.get("status") == "cancelled":
                    fut._fora_mark_cancelled()
                    return
                fut._fora_set_result(on_answer(ans))
            except BaseException as e:  # delivered to the caller through the future
                fut._fora_set_exception(problem_with_lines(e, linemap) if linemap is not None else e)
            finally:
                with self._lock:
                    self._running.discard(fut)
                if status_callback is not None:
                    status_callback(("ended", fut.computation_id))

        with self._lock:
            self._running.add(fut)
        threading.Thread(target=run, name="fora-computation", daemon=True).start()
        return fut

    def _download(self, obj, maxBytes=None):
        self._check_open()
        fut = Future(self)

        def run():
            try:
                q = "?maxBytes=%d" % maxBytes if maxBytes is not None else ""
                _, t = self._transport.request("GET", "/objects/%s%s" % (obj.id, q))
                fut._fora_set_result(self._loads(t).get("value"))
            except BaseException as e:
                fut._fora_set_exception(e)
        threading.Thread(target=run, name="fora-download", daemon=True).start()
        return fut

    # -- public API ----------------------------------------------------------------------
    def getWorkerCount(self):
        """The number of workers that are up."""
        return self._cluster().get("workers")

    def cluster(self):
        """``GET /api/v1/cluster`` as a dict."""
        return self._cluster()

    def define(self, obj):
        """A Future of a RemoteObject holding ``obj`` (a value, function, class or instance)."""
        try:
            self._check_open()
            if isinstance(obj, RemoteObject):
                return completed(obj)
            try:
                enc = encoding.encode(obj, self._ref_of)
            except (encoding.NotEncodable, RecursionError):
                enc = None
            if enc is not None or obj is None:
                _, t = self._transport.request("POST", "/objects", encoding.dumps({"value": enc}))
                a = json.loads(t)
                return completed(RemoteObject(self, a["id"], a.get("type")))
            ns = Namespace(self._ref_of)
            e = ns.expr(obj, Where(None, None, context="define"), None)
            ns.emit("__fora_result__ = %s" % e)
        except BaseException as e:
            return failed(e)
        return self._run_namespace(ns, None)

    def submit(self, fn, *args, **kwargs):
        """Calls ``fn(*args, **kwargs)`` on the server: a Future of a RemoteObject of the result.

        Conversion errors (something that cannot be sent) are raised here, before anything runs.
        """
        self._check_open()
        if not callable(fn) and not isinstance(fn, RemoteObject):
            raise errors.NotCallableError("%r is not callable" % (fn,))
        ns = Namespace(self._ref_of)
        where = Where(None, None, context="submit")
        fexpr = ns.expr(fn, where, getattr(fn, "__name__", "fn"))
        parts = [ns.expr(a, where, "argument %d" % i) for i, a in enumerate(args)]
        parts += ["%s=%s" % (k, ns.expr(a, where, "argument %s" % k)) for k, a in kwargs.items()]
        ns.emit("__fora_result__ = %s(%s)" % (fexpr, ", ".join(parts)))
        return self._run_namespace(ns, None)

    def importS3Dataset(self, bucket, key, verify=True):
        """A Future of a RemoteObject holding the text of S3 object ``bucket``/``key``, read by the
        grid (with the workers' credentials). A missing bucket or key fails the future with a
        ComputationError whose remote exception is a FileNotFoundError."""
        self._check_open()
        if not isinstance(bucket, str) or not isinstance(key, str):
            raise TypeError("importS3Dataset: bucket and key must be str")
        ns = Namespace(self._ref_of)
        ns.emit("__fora_result__ = importS3Dataset(%r, %r)" % (bucket, key))
        return self._run_namespace(ns, None)

    def exportS3Dataset(self, valueAsString, bucket, key):
        """Stores a string (a local str, or a RemoteObject holding one) as S3 object ``bucket``/``key``;
        a Future that completes with None once it is written."""
        self._check_open()
        if not isinstance(bucket, str) or not isinstance(key, str):
            raise TypeError("exportS3Dataset: bucket and key must be str")
        ns = Namespace(self._ref_of)
        value = ns.expr(valueAsString, Where(None, None, context="exportS3Dataset"), "value")
        ns.emit("__fora_result__ = exportS3Dataset(%s, %r, %r)" % (value, bucket, key))
        return self._run_namespace(ns, None)

    def _run_namespace(self, ns, namespace_for_errors):
        linemap = LineMap(ns.line_map())
        body = {"block": ns.source(), "bindings": ns.bindings, "download": "none"}

        def on_answer(ans):
            if ans.get("status") == "failed":
                raise remote_exception(ans.get("error") or {}, linemap, namespace_for_errors)
            results = ans.get("results") or {}
            out = results.pop("__fora_result__", None)
            self._release_later([v.id for v in results.values() if isinstance(v, RemoteObject)])
            return out
        return self._start(body, on_answer, linemap=linemap)

    @property
    def remotely(self):
        """``with executor.remotely:`` runs the block on Fora (results come back as RemoteObjects);
        ``.downloadAll()``, ``.remoteAll()``, ``.downloadSmall(bytecount=10000)`` choose how."""
        from .remotely import WithBlockExecutor
        return WithBlockExecutor(self)

    def close(self):
        """Cancels what is still running and closes the executor."""
        if self._closed:
            return
        with self._lock:
            running = list(self._running)
        for f in running:
            try:
                f.cancel()
            except Exception:
                pass
        self._closed = True

    def isClosed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        return "<fora.Executor %s%s>" % (self.url, " (closed)" if self._closed else "")


def connect(url="http://localhost:30000", timeout=30.0):
    """Connects to a Fora server (``fora local`` prints its URL); returns an :class:`Executor`."""
    return Executor(url, timeout)
