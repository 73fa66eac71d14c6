#!/usr/bin/env python3
"""Generate the expected outputs of Fora's differential test corpus with CPython.

Fora (`fora run FILE.py`) executes a module and shows ``repr()`` of the value of
every *top-level* expression statement, one per line, skipping ``None`` -- like
a notebook.  This script reproduces that display under CPython 3.11:

* every top-level ``ast.Expr`` statement of ``programs/**/NAME.py`` is rewritten
  into a call that evaluates the value and, when it is not None, records
  ``repr(value)``;
* the rewritten module is compiled with the program's file name (so tracebacks
  name it) and exec'd in a fresh namespace whose ``__name__`` is "__main__";
  ``xrange`` is provided as an alias of ``range`` (a Fora builtin that CPython 3
  lacks), through the namespace's builtins so user code cannot observe it
  otherwise, except inside the body of a ``try`` with except clauses, where it
  is read as a global only (Python 2/3 detection sees Python 3);
* ``NAME.out`` receives the recorded lines, each followed by "\\n" (an empty
  file when nothing was shown);
* if the program raises, ``NAME.exc`` receives exactly one line
  ``ExceptionType: message``, the last line CPython prints for it uncaught (the
  class's qualified name, after its module unless that is builtins or __main__,
  ``": " + str(e)`` when ``str(e)`` is not empty, and "Did you mean" for a NameError
  or AttributeError) and NAME.out keeps the lines shown before the
  exception.  A stale ``NAME.exc`` is removed when the program no longer raises, and
  ``.out``/``.exc`` files left behind by deleted programs are removed.

Each program runs in its own subprocess, twice -- with PYTHONHASHSEED=0 and
PYTHONHASHSEED=1 -- under a 10 s timeout.  Programs that time out or whose two
runs differ (output depending on str hash order, id(), ...) are reported and
no expected files are written for them; the exit status is then 1.

Programs under the ``purity_errors`` and ``syntax_errors`` folders are
negative tests (they start with ``# expect:`` header lines checked by the Java
test-suite) and are skipped.

Usage:
    tools/gen_expected.py [PATH ...]

PATH may be a program or a directory (searched recursively for ``*.py``); the
default is the whole corpus, bytecode-vm/src/test/resources/programs.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import io
import json
import os
import subprocess
import sys
import types
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bytecode-vm" / "src" / "test" / "resources" / "programs"
NEGATIVE_DIRS = {"refused", "syntax_errors"}
TIMEOUT_S = 10
SHOW = "__fora_show__"


# --------------------------------------------------------------------------
# Child side: run one program and report {"lines": [...], "exc": str|None}.
# --------------------------------------------------------------------------

GLOBAL_ONLY = "__fora_global_only__"


class _GuardedXrange(ast.NodeTransformer):
    """Inside the body of a try statement with except clauses, ``xrange`` is read as a global
    only (as Fora's compiler does): ``try: xrange / except NameError:`` tells Python 2 from 3,
    and there the builtin alias is not seen. Functions, classes and comprehensions nested in
    such a body are scopes of their own, not guarded."""

    def __init__(self):
        self.guarded = False

    def visit_Name(self, node):
        if self.guarded and node.id == "xrange" and isinstance(node.ctx, ast.Load):
            call = ast.Call(func=ast.Name(id=GLOBAL_ONLY, ctx=ast.Load()), args=[ast.Constant("xrange")], keywords=[])
            return ast.copy_location(call, node)
        return node

    def _try(self, node):
        saved = self.guarded
        if node.handlers:
            self.guarded = True
        node.body = [self.visit(s) for s in node.body]
        self.guarded = saved
        node.handlers = [self.visit(h) for h in node.handlers]
        node.orelse = [self.visit(s) for s in node.orelse]
        node.finalbody = [self.visit(s) for s in node.finalbody]
        return node

    visit_Try = visit_TryStar = _try

    def _scope(self, node):
        saved, self.guarded = self.guarded, False
        self.generic_visit(node)
        self.guarded = saved
        return node

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = visit_ClassDef = _scope
    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _scope


class _Rewriter(ast.NodeTransformer):
    """Rewrites each top-level expression statement ``e`` into ``SHOW(e)`` (not the module's docstring)."""

    def visit_Module(self, node: ast.Module) -> ast.Module:
        body = []
        for index, stmt in enumerate(node.body):
            docstring = index == 0 and isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) \
                and isinstance(stmt.value.value, str)
            if isinstance(stmt, ast.Expr) and not docstring:  # a module's docstring is its __doc__, not shown
                call = ast.Call(func=ast.Name(id=SHOW, ctx=ast.Load()),
                                args=[stmt.value], keywords=[])
                new = ast.Expr(value=ast.copy_location(call, stmt.value))
                stmt = ast.fix_missing_locations(ast.copy_location(new, stmt))
            body.append(stmt)
        node.body = body
        return node


def run_child(path: str) -> None:
    source = Path(path).read_text(encoding="utf-8")
    lines: list[str] = []

    def show(value):
        if value is not None:
            lines.append(repr(value))

    env_builtins = dict(builtins.__dict__)
    env_builtins["xrange"] = range

    def global_only(name):
        if name in namespace:
            return namespace[name]
        raise NameError(f"name '{name}' is not defined", name=name)

    env_builtins[GLOBAL_ONLY] = global_only
    env_builtins[SHOW] = show
    # the program's namespace is the __main__ module, as when CPython runs a script (pickle finds its classes there)
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = env_builtins
    sys.modules["__main__"] = main
    namespace = main.__dict__
    exc_line = None
    tree = ast.parse(source, filename=path)
    # a program that prints is a script (Fora shows only its output); one that does not is shown like a notebook
    # (as Fora's Checker: the names print and logging; the attributes stdout, stderr, print, print_*,
    # pprint and pp; calls of pprint, pp and print_* by name)
    def writes_attr(name):
        return name == "print" or name.startswith("print_") or name in ("stdout", "stderr", "pprint", "pp")

    prints = any(isinstance(n, ast.Name) and n.id in ("print", "logging")
                 or isinstance(n, ast.Attribute) and writes_attr(n.attr)
                 or isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
                 and (n.func.id in ("pprint", "pp") or n.func.id.startswith("print_"))
                 for n in ast.walk(tree))
    captured = io.StringIO()
    real_stdout = sys.stdout
    try:
        tree = ast.fix_missing_locations(_GuardedXrange().visit(tree))
        if not prints:
            tree = _Rewriter().visit(tree)
        code = compile(tree, path, "exec", dont_inherit=True)
        # the original stdout object is the program's output too (a program may write to sys.__stdout__)
        sys.stdout = sys.__stdout__ = captured
        exec(code, namespace)
    except Exception as e:  # noqa: BLE001 - every program error is data here
        # the last line CPython prints for an uncaught exception: sys.excepthook's own output
        # (the class's qualified name after its module unless builtins or __main__, the message,
        # and 3.11's "Did you mean" for a NameError or AttributeError)
        printed = io.StringIO()
        real_stderr = sys.stderr
        sys.stderr = printed
        try:
            sys.__excepthook__(type(e), e, e.__traceback__)
        finally:
            sys.stderr = real_stderr
        exc_line = printed.getvalue().rstrip("\n").split("\n")[-1]
    finally:
        sys.stdout = sys.__stdout__ = real_stdout
    if prints:
        text = captured.getvalue()
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
    real_stdout.write(json.dumps({"lines": lines, "exc": exc_line}))


# --------------------------------------------------------------------------
# Parent side.
# --------------------------------------------------------------------------

def run_once(prog: Path, seed: str):
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONIOENCODING="utf-8")
    try:
        proc = subprocess.run([sys.executable, __file__, "--child", str(prog)],
                              capture_output=True, timeout=TIMEOUT_S, env=env)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, "runner crashed: " + (err[-1] if err else f"rc={proc.returncode}")
    return json.loads(proc.stdout.decode("utf-8")), None


def process(prog: Path):
    """Returns (status, detail) where status is ok/exc/timeout/nondeterministic/error."""
    first, err = run_once(prog, "0")
    if err:
        return ("timeout" if err == "timeout" else "error"), err
    second, err = run_once(prog, "1")
    if err:
        return ("timeout" if err == "timeout" else "error"), err
    if first != second:
        return "nondeterministic", "PYTHONHASHSEED=0 and =1 outputs differ"
    out = prog.with_suffix(".out")
    exc = prog.with_suffix(".exc")
    out.write_text("".join(line + "\n" for line in first["lines"]), encoding="utf-8", newline="\n")
    if first["exc"] is not None:
        exc.write_text(first["exc"] + "\n", encoding="utf-8", newline="\n")
        return "exc", first["exc"]
    if exc.exists():
        exc.unlink()
    return "ok", f"{len(first['lines'])} lines"


def is_negative(prog: Path) -> bool:
    try:
        rel = prog.resolve().relative_to(CORPUS.resolve())
    except ValueError:
        return any(part in NEGATIVE_DIRS for part in prog.parts)
    return bool(rel.parts) and rel.parts[0] in NEGATIVE_DIRS


def collect(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for p in (paths or [str(CORPUS)]):
        path = Path(p)
        if path.is_dir():
            found.extend(sorted(path.rglob("*.py")))
        elif path.suffix == ".py" and path.exists():
            found.append(path)
        else:
            sys.exit(f"gen_expected: no such program or directory: {p}")
    return [f for f in found if not is_negative(f)]


def remove_orphans(paths: list[str]) -> list[Path]:
    """Deletes NAME.out / NAME.exc files whose NAME.py no longer exists."""
    removed = []
    for p in (paths or [str(CORPUS)]):
        path = Path(p)
        if not path.is_dir():
            continue
        for f in sorted(list(path.rglob("*.out")) + list(path.rglob("*.exc"))):
            if not f.with_suffix(".py").exists():
                f.unlink()
                removed.append(f)
    return removed


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        run_child(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="programs or folders (default: whole corpus)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="parallel programs (default 2)")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per program")
    args = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        print(f"gen_expected: warning: expected outputs are defined by CPython 3.11, "
              f"running {sys.version.split()[0]}", file=sys.stderr)

    progs = collect(args.paths)
    removed = remove_orphans(args.paths)
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(process, progs))

    counts: dict[str, int] = {}
    per_dir: dict[str, list[int]] = {}
    problems = []
    for prog, (status, detail) in zip(progs, results):
        counts[status] = counts.get(status, 0) + 1
        try:
            folder = str(prog.resolve().parent.relative_to(CORPUS.resolve()))
        except ValueError:
            folder = str(prog.parent)
        stats = per_dir.setdefault(folder, [0, 0])
        stats[0] += 1
        if status == "exc":
            stats[1] += 1
        if status not in ("ok", "exc"):
            problems.append((prog, status, detail))
        if args.verbose:
            print(f"{status:17} {prog}: {detail}")

    print(f"{'folder':20} {'programs':>8} {'raising':>8}")
    for folder in sorted(per_dir):
        n, e = per_dir[folder]
        print(f"{folder:20} {n:8} {e:8}")
    print(f"{'total':20} {len(progs):8} {counts.get('exc', 0):8}")
    for f in removed:
        print(f"removed orphan {f}")
    for prog, status, detail in problems:
        print(f"PROBLEM {status}: {prog}: {detail}")
    print("summary: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
