#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes bytecode-vm/src/main/resources/io/fora/vm/runtime/stdlib-names.txt: the names each
standard module of CPython 3.11 has (dir() of it, run with python3.11 on Linux), one module a
line: 'NAME<TAB>name name ...'. A module Fora does not provide imports as a refused module; a name
it really has is refused where the program uses it, any other is an AttributeError, as CPython's.
Packages' submodules are listed too (email.mime.text, concurrent.futures), not the test suites."""
import importlib
import pkgutil
import sys
import warnings
from pathlib import Path

assert sys.version_info[:2] == (3, 11), "generate the table with CPython 3.11"

SKIP = {'idlelib', 'lib2to3', 'tkinter', 'turtledemo', 'test', 'ensurepip', 'distutils', 'pydoc_data',
        'antigravity', 'this', 'turtle', 'msilib', 'msvcrt', 'winreg', 'winsound', 'nt', 'ntpath',
        'nturl2path', 'venv', 'site'}


def modules():
    for name in sorted(sys.stdlib_module_names):
        if name.startswith('_') or name in SKIP:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('ignore')
                m = importlib.import_module(name)
        except Exception:
            continue
        yield name, m
        if hasattr(m, '__path__'):
            for info in pkgutil.walk_packages(m.__path__, name + '.'):
                parts = info.name.split('.')
                if any(p.startswith('_') or p in ('test', 'tests') for p in parts[1:]):
                    continue
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter('ignore')
                        sub = importlib.import_module(info.name)
                except Exception:
                    continue
                yield info.name, sub


def main():
    out = Path(__file__).resolve().parent.parent / 'bytecode-vm/src/main/resources/io/fora/vm/runtime/stdlib-names.txt'
    lines = []
    seen = set()
    for name, m in modules():
        if name in seen:
            continue
        seen.add(name)
        lines.append(name + '\t' + ' '.join(sorted(dir(m))))
    out.write_text('\n'.join(lines) + '\n')
    print(f'{out}: {len(lines)} modules, {out.stat().st_size} bytes')


if __name__ == '__main__':
    main()
