# SPDX-License-Identifier: Apache-2.0
"""warnings for Fora: warn() with CPython's filters (the default action shows a warning once per
place); shown warnings go to sys.stderr (not the computation's output), and catch_warnings can
record them. The place is the caller's file and line (stacklevel frames up), as tier 0 knows
them: a caller running compiled code is not on that stack, and the nearest interpreted caller
stands for it."""

import sys
import _fora_traceback as _vm

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings',
           'simplefilter', 'resetwarnings', 'catch_warnings']

filters = []
defaultaction = 'default'
_onceregistry = set()
_seen = set()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = _vm.source_line(filename, lineno)
    if line:
        s += '  %s\n' % line.strip()
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    (file or sys.stderr).write(formatwarning(message, category, filename, lineno, line))


def _add(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError('invalid action: %r' % (action,))
    import re
    _add((action, re.compile(message, re.I) if message else None, category,
          re.compile(module) if module else None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ('error', 'ignore', 'always', 'default', 'module', 'once'):
        raise ValueError('invalid action: %r' % (action,))
    _add((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or ln == lineno)):
            return action
    if issubclass(category, DeprecationWarning) and module == '__main__':
        return 'default'  # CPython's default::DeprecationWarning:__main__
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return 'ignore'
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    stack = _vm.stack()  # outermost first; the last entry is this function's own frame
    if stacklevel < 1:
        stacklevel = 1
    if stacklevel < len(stack):
        filename, lineno, _ = stack[-1 - stacklevel]
        module = '__main__' if filename == stack[0][0] else filename.rsplit('/', 1)[-1].rsplit('.', 1)[0]
    else:
        filename, lineno, module = 'sys', 1, 'sys'
    warn_explicit(message, category, filename, lineno, module)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module or '__main__', lineno)
    if action == 'error':
        raise message
    if action == 'ignore':
        return
    key = (text, category, lineno)
    if action == 'once':
        if (text, category) in _onceregistry:
            return
        _onceregistry.add((text, category))
    elif action in ('default', 'module'):
        if key in _seen:
            return
        _seen.add(key)
    showwarning(message, category, filename, lineno)


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = (action, category, lineno, append) if action else None

    def __enter__(self):
        global showwarning
        self._filters = filters[:]
        self._showwarning = showwarning
        self._seen = set(_seen)
        _seen.clear()
        if self._action:
            simplefilter(*self._action)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc):
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _seen.clear()
        _seen.update(self._seen)
