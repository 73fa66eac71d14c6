# SPDX-License-Identifier: Apache-2.0
"""The object walker: live Python objects to self-contained source plus value bindings.

Everything the gateway receives is one flat module: the *prelude* (imports, function and class
definitions, closures rebuilt by factory functions, instances rebuilt attribute by attribute)
followed by the user's code, with plain data passed as *bindings* in the value encoding. Each
prelude line remembers the file and line it came from, so that remote tracebacks and syntax or
purity errors point at the user's files.
"""
import ast
import builtins
import enum
import functools
import inspect
import io
import linecache
import os
import re
import symtable
import sys
import sysconfig
import textwrap
import types

from . import encoding
from .errors import PythonToForaConversionError

#: Modules Fora provides (written in Java or shipped as library sources).
FORA_MODULES = frozenset("""
math cmath dataclasses sys gc importlib re _struct binascii base64 _hashlib
abc argparse array bisect collections collections.abc copy datetime decimal enum fractions
functools hashlib heapq hmac io itertools json logging operator pprint random statistics string
struct textwrap typing pickle copyreg warnings builtins
""".split())

_SCALARS = (type(None), bool, int, float, str)

try:
    _STDLIB_NAMES = frozenset(sys.stdlib_module_names)  # 3.10+
except AttributeError:  # pragma: no cover - 3.9
    _STDLIB_NAMES = None
_STDLIB_DIRS = tuple(os.path.realpath(p) for p in {sysconfig.get_paths().get("stdlib"),
                                                   sysconfig.get_paths().get("platstdlib")} if p)


def is_std_module_name(name):
    top = name.split(".")[0]
    if top in sys.builtin_module_names:
        return True
    if _STDLIB_NAMES is not None:
        return top in _STDLIB_NAMES
    mod = sys.modules.get(top)  # pragma: no cover - 3.9
    f = getattr(mod, "__file__", None)
    if not f:
        return True
    f = os.path.realpath(f)
    return any(f.startswith(d + os.sep) for d in _STDLIB_DIRS) and "site-packages" not in f


def fora_module_name(name):
    """The module Fora offers for a CPython module name, or None."""
    if name in FORA_MODULES:
        return name
    if name.startswith("_") and name[1:] in FORA_MODULES and name[1:] not in ("struct", "hashlib"):
        return name[1:]
    return None


def _short_repr(v, n=80):
    try:
        r = repr(v)
    except Exception:
        r = "<%s object>" % type(v).__name__
    return r if len(r) <= n else r[: n - 3] + "..."


class Where(object):
    """Where a reference was found: a file, the first line of a snippet and its AST."""

    def __init__(self, filename, firstline, tree=None, context=None):
        self.filename = filename or "<unknown>"
        self.firstline = firstline or 1
        self.tree = tree
        self.context = context

    def line_of(self, name):
        if self.tree is not None:
            best = None
            for node in ast.walk(self.tree):
                if isinstance(node, ast.Name) and node.id == name:
                    if best is None or node.lineno < best:
                        best = node.lineno
            if best is not None:
                return self.firstline + best - 1
        return self.firstline

    def describe(self, name):
        s = 'File "%s", line %d' % (self.filename, self.line_of(name))
        if self.context:
            s += ", in %s" % self.context
        return s


def conversion_error(obj, name, where, reason):
    msg = "cannot send %s%s (%s, a %s) to Fora: %s" % (
        "'%s'" % name if name else "a value", "", _short_repr(obj), type(obj).__name__, reason)
    trace = []
    if where is not None:
        msg = "%s: %s" % (where.describe(name) if name else 'File "%s", line %d' % (where.filename, where.firstline), msg)
        trace = [{"path": where.filename, "line": where.line_of(name) if name else where.firstline}]
    return PythonToForaConversionError(msg, trace)


def _unsendable_reason(v):
    if isinstance(v, io.IOBase) or type(v).__name__ in ("TextIOWrapper", "BufferedReader", "BufferedWriter", "FileIO"):
        return "it is an open file; a computation cannot read or write files (pass the data instead)"
    import socket
    if isinstance(v, socket.socket):
        return "it is a socket; a computation cannot reach the network"
    if isinstance(v, types.ModuleType):
        return "module '%s' is not available in Fora" % v.__name__
    if isinstance(v, (types.GeneratorType, types.CoroutineType)):
        return "a running generator or coroutine cannot be sent (send the function that makes it)"
    if isinstance(v, types.FrameType) or isinstance(v, types.TracebackType):
        return "frames and tracebacks cannot be sent"
    mod = getattr(type(v), "__module__", "") or ""
    if mod and not is_std_module_name(mod) and mod != "__main__":
        return "it is an object of module '%s', which Fora does not provide" % mod
    return "it is an object with no Python source (a C-extension or system object)"


def free_global_names(table, top=True):
    """Names that a snippet's code looks up as globals (in the module, then in builtins)."""
    out = []
    seen = set()
    for s in table.get_symbols():
        name = s.get_name()
        if top:
            ok = s.is_referenced()
        else:
            ok = s.is_global() and (s.is_referenced() or s.is_assigned())
        if ok and name not in seen:
            seen.add(name)
            out.append(name)
    for c in table.get_children():
        for name in free_global_names(c, False):
            if name not in seen:
                seen.add(name)
                out.append(name)
    return out


def top_level_bound(table):
    return {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported()}


def _dedent_lines(lines):
    """Dedents source lines by the indentation of the first non-blank one (keeps the count)."""
    first = next((l for l in lines if l.strip()), "")
    indent = len(first) - len(first.lstrip())
    if not indent:
        return list(lines)
    prefix = first[:indent]
    out = []
    for l in lines:
        if l.startswith(prefix):
            out.append(l[indent:])
        elif not l.strip():
            out.append("\n")
        else:
            out.append(l.lstrip() if l[: len(l) - len(l.lstrip())] in prefix else l)
    return out


_NOT_ENCODABLE = object()


class Namespace(object):
    """One flat module being built: the prelude's lines, the bindings, and what names hold."""

    def __init__(self, ref_of=None):
        self.ref_of = ref_of
        self.lines = []        # (text, filename or None, line or None)
        self.bindings = {}
        self.by_id = {}        # id(obj) -> expression naming it
        self.keep = []         # keeps walked objects alive (ids stay unique)
        self.taken = {}        # global name -> the object it holds
        self.prelude_names = set()
        self.user_modules = {}  # id(module) -> (its namespace's name, the attributes sent)
        self.n = 0

    # -- output ---------------------------------------------------------------------------
    def emit(self, text, filename=None, firstline=None):
        for i, line in enumerate(text.splitlines()):
            self.lines.append((line, filename, firstline + i if firstline else None))

    def fresh(self, kind):
        self.n += 1
        return "__fora_%s%d" % (kind, self.n)

    def source(self):
        return "".join(l + "\n" for l, _, _ in self.lines)

    def line_map(self):
        return [(f, n) for _, f, n in self.lines]

    # -- names ----------------------------------------------------------------------------
    def _try_encode(self, v):
        try:
            return encoding.encode(v, self.ref_of)
        except (encoding.NotEncodable, RecursionError):
            return _NOT_ENCODABLE

    def _claim(self, name, obj, where):
        if name in self.taken:
            if self.taken[name] is obj:
                return False
            other = self.taken[name]
            raise PythonToForaConversionError(
                "%scannot send '%s': two different objects would have that global name in the one "
                "module Fora runs (%s and %s); rename one of them"
                % (where.describe(name) + ": " if where else "", name, _short_repr(other), _short_repr(obj)))
        self.taken[name] = obj
        self.keep.append(obj)
        self.prelude_names.add(name)
        return True

    def bind_global(self, name, value, where):
        """Makes the module's global ``name`` hold ``value``."""
        if name in self.taken:
            other = self.taken[name]
            if other is value:
                return
            if type(other) is type(value) and isinstance(value, _SCALARS) and other == value:
                return
            self._claim(name, value, where)  # raises
        enc = self._try_encode(value)
        if enc is not _NOT_ENCODABLE:
            self.taken[name] = value
            self.keep.append(value)
            self.bindings[name] = enc
            return
        e = self.expr(value, where, name, prefer=name)
        if e != name:
            self._claim(name, value, where)
            self.emit("%s = %s" % (name, e))

    def resolve_globals(self, names, globals_, where, locals_=None, skip=(), lenient=()):
        for name in names:
            if name in skip:
                continue
            if locals_ is not None and name in locals_:
                value = locals_[name]
            elif name in globals_:
                value = globals_[name]
            else:
                continue  # a builtin, or undefined (fails remotely as it would locally)
            if name in lenient:
                try:
                    self.bind_global(name, value, where)
                except PythonToForaConversionError:
                    pass
            else:
                self.bind_global(name, value, where)

    # -- values as expressions ------------------------------------------------------------
    def expr(self, v, where, name=None, prefer=None):
        """An expression that evaluates to ``v`` in the module (emitting what it needs)."""
        if isinstance(v, types.ModuleType) and not is_std_module_name(v.__name__):
            return self._user_module(v, where, name, prefer)  # before the cache: each use may read more of it
        if id(v) in self.by_id:
            return self.by_id[id(v)]
        t = type(v)
        if t in _SCALARS:
            if t is float and (v != v or v in (float("inf"), float("-inf"))):
                return "float(%r)" % str(v)
            return repr(v)
        enc = self._try_encode(v)
        if enc is not _NOT_ENCODABLE:
            if isinstance(enc, dict) and "$ref" in enc and len(enc) == 1:
                pass
            n = self.fresh("v")
            self.bindings[n] = enc
            self.by_id[id(v)] = n
            self.keep.append(v)
            return n
        if isinstance(v, types.ModuleType):
            return self._module(v, where, name, prefer)
        if t is types.FunctionType or (callable(v) and hasattr(v, "__wrapped__") and not isinstance(v, type)):
            return self._function(v, where, name, prefer)
        if t is types.MethodType:
            return "%s.%s" % (self.expr(v.__self__, where, name), v.__func__.__name__)
        if isinstance(v, functools.partial):
            p = self._std_import(functools.partial, "functools", "partial", where, name)
            parts = [self.expr(v.func, where, name)] + [self.expr(a, where, name) for a in v.args]
            parts += ["%s=%s" % (k, self.expr(a, where, name)) for k, a in v.keywords.items()]
            return "%s(%s)" % (p, ", ".join(parts))
        if isinstance(v, (types.BuiltinFunctionType, types.BuiltinMethodType)) and getattr(v, "__self__", None) is not None \
                and not isinstance(v.__self__, types.ModuleType):
            owner = v.__self__
            return "%s.%s" % (self.expr(owner, where, name), v.__name__)
        if isinstance(v, type):
            return self._class(v, where, name, prefer)
        if isinstance(v, enum.Enum):
            return "%s.%s" % (self.expr(type(v), where, name), v.name)
        if t in (list, tuple, dict, set, frozenset):
            return self._container(v, where, name)
        if isinstance(v, tuple) and hasattr(t, "_fields"):
            return "%s(%s)" % (self.expr(t, where, name), ", ".join(self.expr(x, where, name) for x in v))
        if callable(v) and isinstance(v, (types.BuiltinFunctionType, types.WrapperDescriptorType,
                                          types.MethodDescriptorType)):
            return self._std_attr(v, where, name, prefer)
        mod = getattr(t, "__module__", "") or ""
        if mod != "builtins" and not is_std_module_name(mod) and self._has_source(t):
            return self._instance(v, where, name, prefer)
        found = self._std_lookup(v)
        if found is not None:
            return self._std_import(v, found[0], found[1], where, name, prefer)
        r = self._repr_value(v, where, name)
        if r is not None:
            return r
        raise conversion_error(v, name, where, _unsendable_reason(v))

    def _has_source(self, cls):
        try:
            inspect.getsourcefile(cls)
            inspect.getsourcelines(cls)
            return True
        except (OSError, TypeError):
            return False

    def _container(self, v, where, name):
        t = type(v)
        if t is list:
            n = self.fresh("l")
            self.by_id[id(v)] = n
            self.keep.append(v)
            self.emit("%s = [%s]" % (n, ", ".join(self.expr(x, where, name) for x in v)))
            return n
        if t is dict:
            n = self.fresh("d")
            self.by_id[id(v)] = n
            self.keep.append(v)
            items = ["%s: %s" % (self.expr(k, where, name), self.expr(x, where, name)) for k, x in v.items()]
            self.emit("%s = {%s}" % (n, ", ".join(items)))
            return n
        items = [self.expr(x, where, name) for x in v]
        if t is tuple:
            return "(%s)" % "".join(i + ", " for i in items)
        if t is set:
            return "{%s}" % ", ".join(items) if items else "set()"
        return "frozenset({%s})" % ", ".join(items) if items else "frozenset()"

    # -- modules and standard library objects ---------------------------------------------
    def _user_module(self, m, where, name, prefer):
        """One of the user's own modules (``import mylib`` ... ``mylib.f(x)``): Fora runs one module, so
        it becomes a namespace holding what the code reads of it (``mylib.f``, ``mylib.K``), sent as
        the functions, classes and values they are."""
        if not getattr(m, "__file__", None):
            raise conversion_error(m, name, where, "module '%s' has no source file to send" % m.__name__)
        state = self.user_modules.get(id(m))
        if state is None:
            alias = prefer if prefer and prefer not in self.taken else self.fresh("m")
            self._claim(alias, m, where)
            self.emit("class %s:" % alias)
            self.emit("    pass")
            state = (alias, set())
            self.user_modules[id(m)] = state
            self.by_id[id(m)] = alias
        alias, sent = state
        read = set()
        if where is not None and where.tree is not None and name:
            for node in ast.walk(where.tree):
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == name:
                    read.add(node.attr)
        for attr in sorted(read - sent):
            sent.add(attr)
            if not hasattr(m, attr):
                continue  # fails remotely as it would locally
            e = self.expr(getattr(m, attr), where, attr, prefer=attr)
            self.emit("%s.%s = %s" % (alias, attr, e))
        return alias

    def _module(self, m, where, name, prefer):
        mname = m.__name__
        fname = fora_module_name(mname)
        if fname is None:
            raise conversion_error(m, name, where, "module '%s' is not available in Fora" % mname)
        alias = prefer if prefer and prefer not in self.taken else self.fresh("m")
        self._claim(alias, m, where)
        if alias == fname:
            self.emit("import %s" % fname)
        elif "." in fname and alias == fname.split(".")[0]:
            self.emit("import %s" % fname)
        else:
            self.emit("import %s as %s" % (fname, alias))
        self.by_id[id(m)] = alias
        return alias

    def _std_import(self, obj, modname, attr, where, name, prefer=None):
        if id(obj) in self.by_id:
            return self.by_id[id(obj)]
        alias = prefer if prefer and prefer not in self.taken else self.fresh("s")
        self._claim(alias, obj, where)
        if alias == attr:
            self.emit("from %s import %s" % (modname, attr))
        else:
            self.emit("from %s import %s as %s" % (modname, attr, alias))
        self.by_id[id(obj)] = alias
        return alias

    def _std_attr(self, v, where, name, prefer):
        attr = getattr(v, "__name__", None)
        modname = getattr(v, "__module__", None)
        if attr and (modname == "builtins" or modname is None) and getattr(builtins, attr, None) is v:
            return attr
        owner = getattr(v, "__objclass__", None)
        if attr and isinstance(owner, type) and getattr(builtins, owner.__name__, None) is owner:
            return "%s.%s" % (owner.__name__, attr)  # str.upper, list.append: a builtin type's method
        if attr:
            candidates = []
            if modname:
                candidates.append(modname)
                if modname.startswith("_"):
                    candidates.append(modname[1:])
            candidates += sorted(FORA_MODULES)
            for c in candidates:
                fname = fora_module_name(c)
                mod = sys.modules.get(c)
                if fname and mod is not None and getattr(mod, attr, None) is v:
                    if fname.startswith("_"):
                        continue
                    return self._std_import(v, fname, attr, where, name, prefer)
        raise conversion_error(v, name, where, "'%s' of module '%s' is not available in Fora" % (attr, modname))

    def _std_lookup(self, v):
        """(module, attribute) of a standard module Fora provides that holds exactly ``v``."""
        mods = []
        for m in (getattr(v, "__module__", None), getattr(type(v), "__module__", None)):
            if isinstance(m, str):
                mods += [m, m.lstrip("_")]
        mods += sorted(FORA_MODULES)
        for m in mods:
            fname = fora_module_name(m)
            mod = sys.modules.get(fname) if fname else None
            if mod is None or fname.startswith("_"):
                continue
            for k, x in list(vars(mod).items()):
                if x is v and not k.startswith("_"):
                    return fname, k
        return None

    def _repr_value(self, v, where, name):
        t = type(v)
        mod = getattr(t, "__module__", "") or ""
        fname = fora_module_name(mod.split(".")[0]) or fora_module_name(mod)
        if fname is None or not is_std_module_name(mod):
            return None
        try:
            r = repr(v)
            ns = {t.__name__: t, fname: sys.modules.get(fname)}
            back = eval(r, {"__builtins__": builtins}, ns)
            if type(back) is not t or back != v:
                return None
        except Exception:
            return None
        texpr = self._std_attr(t, where, name, None)
        mexpr = self._module(sys.modules[fname], where, name, None) if id(sys.modules[fname]) not in self.by_id \
            else self.by_id[id(sys.modules[fname])]
        if t.__name__ == fname:
            return "(lambda %s: %s)(%s)" % (fname, r, mexpr)
        return "(lambda %s, %s: %s)(%s, %s)" % (t.__name__, fname, r, texpr, mexpr)

    # -- functions --------------------------------------------------------------------------
    def _source_of(self, obj, what, where, name):
        try:
            lines, start = inspect.getsourcelines(obj)
            filename = inspect.getsourcefile(obj) or inspect.getfile(obj)
        except (OSError, TypeError):
            lines = None
        if not lines:
            code = getattr(obj, "__code__", None)
            loc = ""
            if code is not None:
                loc = ' (defined at File "%s", line %d)' % (code.co_filename, code.co_firstlineno)
            raise conversion_error(obj, name or getattr(obj, "__name__", None), where,
                                   "the source of %s '%s' is not available%s; define it in a file"
                                   % (what, getattr(obj, "__qualname__", "?"), loc))
        return lines, max(start, 1), filename

    def _function(self, f, where, name, prefer):
        if not isinstance(f, types.FunctionType):  # lru_cache and other wrappers
            base = inspect.unwrap(f)
            if not isinstance(base, types.FunctionType):
                raise conversion_error(f, name, where, _unsendable_reason(f))
            return self._decorated(f, base, where, name)
        mod = f.__module__ or ""
        if is_std_module_name(mod) and mod != "__main__":
            return self._std_attr(f, where, name, prefer)
        if hasattr(f, "__wrapped__") or f.__code__.co_name != f.__name__:
            base = inspect.unwrap(f)
            if base is not f and isinstance(base, types.FunctionType):
                return self._decorated(f, base, where, name)
        code = f.__code__
        lines, start, filename = self._source_of(f, "function", where, name)
        lines = _dedent_lines(lines)
        is_lambda = code.co_name == "<lambda>"
        if is_lambda:
            text, start = self._lambda_text(f, lines, start, filename, where, name)
        else:
            text = "".join(lines)
        try:
            tree = ast.parse(text)
        except SyntaxError as e:
            raise conversion_error(f, name, where, "cannot parse its source: %s" % e)
        if not is_lambda:
            node = tree.body[0] if tree.body else None
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name != code.co_name:
                raise conversion_error(f, name, where, "cannot find the definition of '%s' in its source" % code.co_name)
            tree.body = tree.body[:1]
            text = "".join(text.splitlines(True)[: node.end_lineno])
        text = self._bind_defaults(f, text, tree, where, name)
        qual = f.__qualname__
        freevars = code.co_freevars
        closure = f.__closure__ or ()
        nested = "<locals>" in qual or freevars
        fwhere = Where(filename, start, tree, qual)
        if is_lambda:
            target = prefer if prefer and prefer not in self.taken else self.fresh("f")
        elif not nested:
            target = f.__name__
        else:
            target = prefer if prefer and prefer not in self.taken else None
            if target is None:
                target = f.__name__ if f.__name__ not in self.taken and not freevars else self.fresh("f")
        self._claim(target, f, fwhere)
        self.by_id[id(f)] = target
        st = symtable.symtable(text, filename, "exec")
        names = free_global_names(st)
        cells = dict(zip(freevars, closure))
        self.resolve_globals([n for n in names if n not in cells], f.__globals__, fwhere,
                             skip={code.co_name} if not nested else set())
        if not freevars and not is_lambda:
            if target == code.co_name:
                self.emit(text, filename, start)
            else:
                # a nested function without free variables: defined under its own name in a factory
                fac = self.fresh("mk")
                self.emit("def %s():" % fac)
                self.emit(textwrap.indent(text, "    "), filename, start)
                self.emit("    return %s" % code.co_name)
                self.emit("%s = %s()" % (target, fac))
            return target
        if is_lambda and not freevars:
            self.emit("%s = (" % target)
            self.emit(textwrap.indent(text, "    "), filename, start)
            self.emit(")")
            return target
        # a closure: a factory function whose parameters are the free variables
        params = [v for v in freevars if v != code.co_name]
        args = []
        for v in params:
            try:
                value = cells[v].cell_contents
            except ValueError:
                raise conversion_error(f, name, fwhere, "its free variable '%s' has no value yet" % v)
            args.append(self.expr(value, fwhere, v))
        fac = self.fresh("mk")
        self.emit("def %s(%s):" % (fac, ", ".join(params)))
        if is_lambda:
            self.emit("    return (")
            self.emit(textwrap.indent(text, "        "), filename, start)
            self.emit("    )")
        else:
            self.emit(textwrap.indent(text, "    "), filename, start)
            self.emit("    return %s" % code.co_name)
        self.emit("%s = %s(%s)" % (target, fac, ", ".join(args)))
        return target

    def _bind_defaults(self, f, text, tree, where, name):
        """The function's source with each default expression replaced by a name bound to the value
        the default holds (``lambda x, i=i: ...`` made in a loop keeps its own ``i``), as Python
        evaluated it when the def ran."""
        defaults = f.__defaults__ or ()
        kwdefaults = f.__kwdefaults__ or {}
        if not defaults and not kwdefaults:
            return text
        node = None
        for n in ast.walk(tree):
            if isinstance(n, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
                node = n
                break
        if node is None:
            return text
        a = node.args
        pairs = list(zip(a.defaults[len(a.defaults) - len(defaults):], defaults)) if len(a.defaults) >= len(defaults) else []
        for arg, d in zip(a.kwonlyargs, a.kw_defaults):
            if d is not None and arg.arg in kwdefaults:
                pairs.append((d, kwdefaults[arg.arg]))
        lines = text.splitlines(True)
        offsets = [0]
        for l in lines:
            offsets.append(offsets[-1] + len(l.encode("utf-8")))
        data = text.encode("utf-8")
        edits = []
        for expr_node, value in pairs:
            if isinstance(expr_node, ast.Constant) and type(value) in _SCALARS and expr_node.value == value \
                    and type(expr_node.value) is type(value):
                continue  # a literal: the source says it already
            n = self.fresh("d")
            e = self.expr(value, where, name)
            self.emit("%s = %s" % (n, e))
            b0 = offsets[expr_node.lineno - 1] + expr_node.col_offset
            b1 = offsets[expr_node.end_lineno - 1] + expr_node.end_col_offset
            edits.append((b0, b1, n))
        for b0, b1, n in sorted(edits, reverse=True):
            data = data[:b0] + n.encode("utf-8") + data[b1:]
        return data.decode("utf-8")

    def _lambda_text(self, f, lines, start, filename, where, name):
        code = f.__code__
        text = "".join(lines)
        tree = None
        for candidate in (text, text.rstrip().rstrip("\\")):
            try:
                tree = ast.parse(candidate)
                break
            except SyntaxError:
                continue
        if tree is None:
            # a lambda in the middle of a multi-line expression: take the whole file
            all_lines = linecache.getlines(filename)
            tree = ast.parse("".join(all_lines))
            lines = all_lines
            start = 1
        found = []
        argnames = code.co_varnames[: code.co_argcount + code.co_kwonlyargcount]
        for node in ast.walk(tree):
            if isinstance(node, ast.Lambda) and start + node.lineno - 1 == code.co_firstlineno:
                a = node.args
                names = tuple(x.arg for x in a.posonlyargs + a.args + a.kwonlyargs)
                if names == tuple(argnames):
                    found.append(node)
        if not found:
            for node in ast.walk(tree):
                if isinstance(node, ast.Lambda) and start + node.lineno - 1 == code.co_firstlineno:
                    found.append(node)
        if not found:
            raise conversion_error(f, name, where, "cannot find the source of this lambda")
        node = found[0]
        if len(found) > 1:
            # several lambdas alike on one line: the one whose body holds this code's first position
            pos = [(l, c) for l, _, c, e in code.co_positions() if l is not None and c is not None and e is not None and e > c]
            body_pos = [p for p in pos if p[0] >= code.co_firstlineno]
            if body_pos:
                line, col = min(body_pos)
                for cand in found:
                    b = cand.body
                    lo = (start + b.lineno - 1, b.col_offset)
                    hi = (start + b.end_lineno - 1, b.end_col_offset)
                    if lo <= (line, col) < hi:
                        node = cand
                        break
        seg_lines = "".join(lines).splitlines(True)[node.lineno - 1: node.end_lineno]
        if len(seg_lines) == 1:
            seg = seg_lines[0][node.col_offset: node.end_col_offset]
        else:
            seg_lines[0] = seg_lines[0][node.col_offset:]
            seg_lines[-1] = seg_lines[-1][: node.end_col_offset]
            seg = "".join(seg_lines)
        return "(" + seg + ")\n", start + node.lineno - 1

    def _decorated(self, f, base, where, name):
        """A function with decorators: its definition, decorators included, runs remotely."""
        lines, start, filename = self._source_of(base, "function", where, name)
        lines = _dedent_lines(lines)
        text = "".join(lines)
        try:
            tree = ast.parse(text)
        except SyntaxError as e:
            raise conversion_error(f, name, where, "cannot parse its source: %s" % e)
        node = tree.body[0] if tree.body else None
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or not node.decorator_list \
                or "<locals>" in base.__qualname__ or base.__code__.co_freevars:
            raise conversion_error(f, name, where, "it is a wrapped function that cannot be rebuilt from source")
        text = "".join(text.splitlines(True)[: node.end_lineno])
        target = base.__name__
        fwhere = Where(filename, start, tree, base.__qualname__)
        self._claim(target, f, fwhere)
        self.by_id[id(f)] = target
        self.by_id[id(base)] = target
        names = free_global_names(symtable.symtable(text, filename, "exec"))
        self.resolve_globals(names, base.__globals__, fwhere, skip={target})
        self.emit(text, filename, start)
        return target

    # -- classes and instances --------------------------------------------------------------
    def _class(self, c, where, name, prefer):
        mod = c.__module__ or ""
        if mod == "builtins" or (is_std_module_name(mod) and mod != "__main__"):
            return self._std_attr(c, where, name, prefer)
        if hasattr(c, "_fields") and issubclass(c, tuple) and not self._has_source(c):
            return self._namedtuple(c, where, name)
        lines, start, filename = self._source_of(c, "class", where, name)
        lines = _dedent_lines(lines)
        text = "".join(lines)
        try:
            tree = ast.parse(text)
        except SyntaxError as e:
            raise conversion_error(c, name, where, "cannot parse its source: %s" % e)
        node = tree.body[0] if tree.body else None
        if not isinstance(node, ast.ClassDef) or node.name != c.__name__:
            raise conversion_error(c, name, where, "cannot find the definition of class '%s'" % c.__name__)
        text = "".join(text.splitlines(True)[: node.end_lineno])
        target = c.__name__
        cwhere = Where(filename, start, tree, c.__qualname__)
        if target in self.taken and self.taken[target] is not c:
            target = self.fresh("c")
            own = False
        else:
            own = True
        self._claim(target, c, cwhere)
        self.by_id[id(c)] = target
        modglobals = getattr(sys.modules.get(mod), "__dict__", {})
        names = free_global_names(symtable.symtable(text, filename, "exec"))
        self.resolve_globals(names, modglobals, cwhere, skip={c.__name__})
        if own:
            self.emit(text, filename, start)
            encoding.register_class(c.__name__, c)
        else:
            fac = self.fresh("mk")
            self.emit("def %s():" % fac)
            self.emit(textwrap.indent(text, "    "), filename, start)
            self.emit("    return %s" % c.__name__)
            self.emit("%s = %s()" % (target, fac))
            encoding.register_class("%s.<locals>.%s" % (fac, c.__name__), c)
        return target

    def _namedtuple(self, c, where, name):
        nt = self._std_import(__import__("collections").namedtuple, "collections", "namedtuple", where, name)
        target = c.__name__ if c.__name__ not in self.taken else self.fresh("c")
        self._claim(target, c, where)
        self.by_id[id(c)] = target
        self.emit("%s = %s(%r, %r)" % (target, nt, c.__name__, list(c._fields)))
        return target

    def _instance(self, v, where, name, prefer=None):
        cls = type(v)
        cexpr = self.expr(cls, where, name)
        n = prefer if prefer and prefer not in self.taken else self.fresh("o")
        if n == prefer:
            self._claim(n, v, where)
        self.by_id[id(v)] = n
        self.keep.append(v)
        if isinstance(v, BaseException):
            self.emit("%s = %s.__new__(%s)" % (n, cexpr, cexpr))
        else:
            self.emit("%s = object.__new__(%s)" % (n, cexpr))
        state = getattr(v, "__dict__", None)
        if state:
            d = self.expr(dict(state), where, name)
            self.emit("%s.__dict__.update(%s)" % (n, d))
        for k in cls.__mro__:
            for slot in k.__dict__.get("__slots__", ()) if not isinstance(k.__dict__.get("__slots__"), str) \
                    else (k.__dict__["__slots__"],):
                if slot in ("__dict__", "__weakref__") or not hasattr(v, slot):
                    continue
                self.emit("setattr(%s, %r, %s)" % (n, slot, self.expr(getattr(v, slot), where, name)))
        return n
