# SPDX-License-Identifier: Apache-2.0
"""``with executor.remotely...:`` — the block's statements run on Fora, not here.

``__enter__`` reads the block's lines from the caller's file (the frame's line number finds the
``with`` statement in the file's AST), walks every name the block reads, and arms a trace
function on the caller's frame that raises a private exception at the block's first line, so the
body never runs locally. ``__exit__`` swallows that exception, runs the block on the server, and
writes the names it bound back into the caller's frame.
"""
import ast
import linecache
import os
import symtable
import sys
import threading

from . import errors
from .executor import LineMap, RemoteObject, remote_exception
from .progress import Progress
from .walker import Namespace, Where, _dedent_lines, free_global_names, top_level_bound


class _SkipBlock(Exception):
    """Raised at the block's first line so that the block does not run locally."""


def _no_trace(frame, event, arg):
    return None


_trees = {}
_trees_lock = threading.Lock()


def _parse_file(filename, text):
    key = (filename, hash(text))
    with _trees_lock:
        tree = _trees.get(key)
    if tree is None:
        tree = ast.parse(text, filename)
        with _trees_lock:
            if len(_trees) > 64:
                _trees.clear()
            _trees[key] = tree
    return tree


def capture_block(frame):
    """(text, filename, first line) of the body of the with-statement the frame is entering."""
    filename = frame.f_code.co_filename
    lines = linecache.getlines(filename, frame.f_globals)
    if not lines:
        linecache.checkcache(filename)
        lines = linecache.getlines(filename, frame.f_globals)
    if not lines:
        raise errors.PythonToForaConversionError(
            'File "%s", line %d: cannot read the source of this with-block (executor.remotely needs the '
            "code in a file or a notebook cell)" % (filename, frame.f_lineno))
    text = "".join(lines)
    try:
        tree = _parse_file(filename, text)
    except SyntaxError as e:
        raise errors.PythonToForaConversionError('File "%s": cannot parse the file: %s' % (filename, e))
    lineno = frame.f_lineno
    best = None
    for node in ast.walk(tree):
        if isinstance(node, ast.With) and node.body:
            last_item_line = max(getattr(i.context_expr, "end_lineno", node.lineno) or node.lineno for i in node.items)
            if node.lineno <= lineno <= max(last_item_line, node.lineno):
                if best is None or node.lineno > best.lineno or (node.lineno == best.lineno and node.col_offset > best.col_offset):
                    best = node
    if best is None:
        raise errors.PythonToForaConversionError(
            'File "%s", line %d: cannot find the with-statement of executor.remotely here' % (filename, lineno))
    first = best.body[0]
    start = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    end = best.body[-1].end_lineno
    if start <= max(i.context_expr.end_lineno or best.lineno for i in best.items):
        # the body is on the with-statement's own line
        body = "".join(ast.unparse(s) + "\n" for s in best.body) if hasattr(ast, "unparse") else None
        if body is None:
            raise errors.PythonToForaConversionError(
                'File "%s", line %d: put the block of executor.remotely on its own lines' % (filename, lineno))
        return body, filename, start, True
    body_lines = _dedent_lines(lines[start - 1: end])
    body = "".join(l if l.endswith("\n") else l + "\n" for l in body_lines)
    return body, filename, start, False


def _assign(frame, values):
    if not values:
        return
    if frame.f_code.co_flags & 0x1:  # CO_OPTIMIZED: a function's frame
        if sys.version_info >= (3, 13):
            for k, v in values.items():
                frame.f_locals[k] = v
            return
        loc = frame.f_locals
        loc.update(values)
        try:
            import ctypes
            ctypes.pythonapi.PyFrame_LocalsToFast(ctypes.py_object(frame), ctypes.c_int(0))
        except Exception:  # pragma: no cover - not CPython
            pass
    else:
        frame.f_locals.update(values)
        if frame.f_locals is not frame.f_globals and frame.f_code.co_name == "<module>":
            frame.f_globals.update(values)


class WithBlockExecutor(object):
    """What ``executor.remotely`` returns; use it as a context manager."""

    def __init__(self, executor, download="none", max_bytes=None, status_callback=None):
        self._executor = executor
        self._download = download
        self._max_bytes = max_bytes
        self._status_callback = status_callback
        self._frame = None

    # pyfora's modifiers -------------------------------------------------------------------
    def downloadAll(self):
        """Every name the block binds comes back as a local value."""
        return WithBlockExecutor(self._executor, "all", None, self._status_callback)

    def remoteAll(self):
        """Every name the block binds comes back as a RemoteObject (the default)."""
        return WithBlockExecutor(self._executor, "none", None, self._status_callback)

    def downloadSmall(self, bytecount=10000):
        """Values whose encoding is at most ``bytecount`` bytes come back as values, others as RemoteObjects."""
        return WithBlockExecutor(self._executor, "small", int(bytecount), self._status_callback)

    def withStatusCallback(self, callback):
        """``callback(event)`` receives each progress event (a dict) while the block runs."""
        return WithBlockExecutor(self._executor, self._download, self._max_bytes, callback)

    # the block ----------------------------------------------------------------------------
    def __enter__(self):
        if self._frame is not None:
            raise errors.InvalidPyforaOperation("this remotely block object is already in use")
        self._executor._check_open()
        frame = sys._getframe(1)
        self._prepare(frame)
        self._frame = frame
        self._old_trace = sys.gettrace()
        self._old_f_trace = frame.f_trace
        sys.settrace(_no_trace if self._old_trace is None else self._old_trace)
        frame.f_trace = self._skip
        return self

    def _skip(self, frame, event, arg):
        if event == "line":
            raise _SkipBlock()
        return self._skip

    def _restore_trace(self):
        frame = self._frame
        sys.settrace(self._old_trace)
        frame.f_trace = self._old_f_trace

    def _prepare(self, frame):
        text, filename, start, oneline = capture_block(frame)
        try:
            table = symtable.symtable(text, filename, "exec")
        except SyntaxError as e:
            line = start + (e.lineno or 1) - 1 if not oneline else start
            err = errors.PythonToForaConversionError('File "%s", line %d: SyntaxError: %s' % (filename, line, e.msg),
                                                     [{"path": filename, "line": line}])
            err.filename, err.lineno = filename, line
            raise err
        reads = free_global_names(table)
        bound = top_level_bound(table)
        ns = Namespace(self._executor._ref_of)
        where = Where(filename, start, ast.parse(text), "the with-block")
        f_locals = frame.f_locals if frame.f_code.co_flags & 0x1 else None
        ns.resolve_globals(reads, frame.f_globals, where, locals_=f_locals, lenient=bound)
        prelude = ns.source()
        entries = ns.line_map()
        if oneline:
            entries += [(filename, start)] * len(text.splitlines())
        else:
            entries += [(filename, start + i) for i in range(len(text.splitlines()))]
        if os.environ.get("FORA_DEBUG_SOURCE"):
            sys.stderr.write("--- fora: block sent ---\n%s--- bindings: %s\n" % (prelude + text, sorted(ns.bindings)))
        self._body = {"block": prelude + text, "bindings": ns.bindings, "download": self._download}
        if self._max_bytes is not None:
            self._body["maxBytes"] = self._max_bytes
        self._linemap = LineMap(entries)
        self._bound = bound
        self._prelude_names = ns.prelude_names
        self._namespace = dict(frame.f_globals)
        if f_locals:
            self._namespace.update(f_locals)

    def __exit__(self, exc_type, exc, tb):
        frame = self._frame
        try:
            self._restore_trace()
        finally:
            self._frame = None
        if exc_type is None:
            raise errors.InvalidPyforaOperation("the remotely block ran locally (a debugger or tracer may have "
                                                "prevented Fora from skipping it)")
        if not issubclass(exc_type, _SkipBlock):
            return False
        try:
            values = self._run()
        except errors.ForaError as e:
            e.__suppress_context__ = True
            raise
        _assign(frame, values)
        del frame
        return True

    def _run(self):
        ex = self._executor
        linemap = self._linemap
        progress = Progress.maybe(ex, self._status_callback)
        fut = ex._start(self._body, lambda ans: ans, linemap=linemap,
                        status_callback=progress.on_status if progress else None)
        try:
            ans = fut.result()
        except KeyboardInterrupt:
            fut.cancel()
            raise
        finally:
            if progress:
                progress.stop()
        for line in ans.get("output") or []:
            print(line)
        if ans.get("status") == "failed":
            err = remote_exception(ans.get("error") or {}, linemap, self._namespace)
            err.__suppress_context__ = True
            raise err
        results = ans.get("results") or {}
        values = {}
        drop = []
        for k, v in results.items():
            if k in self._bound or (k not in self._prelude_names and not k.startswith("__fora_")):
                values[k] = v
            elif isinstance(v, RemoteObject):
                drop.append(v.id)
        ex._release_later(drop)
        return values
