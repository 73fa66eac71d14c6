# fnmatch for Fora: shell-style pattern matching (CPython 3.11's module).
"""Filename matching with shell patterns (pure-Python implementation)."""

import re

# POSIX semantics: a computation has no os.path (case is significant, as on POSIX)
_posix = True


def _normcase(s):
    return s


__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}
_CACHE_MAX = 32768
_group_counter = [0]


def _compile(pat):
    try:
        return _cache[pat]
    except KeyError:
        pass
    if isinstance(pat, bytes):
        text = str(pat, 'ISO-8859-1')
        res = bytes(translate(text), 'ISO-8859-1')
    else:
        res = translate(pat)
    try:
        m = re.compile(res).match
    except re.error:
        # regex engine without atomic-group support: emulate with a
        # lookahead + backreference construction
        if isinstance(pat, bytes):
            res = bytes(_translate(text, False), 'ISO-8859-1')
        else:
            res = _translate(pat, False)
        m = re.compile(res).match
    if len(_cache) >= _CACHE_MAX:
        _cache.clear()
    _cache[pat] = m
    return m


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-normalised per OS)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = _normcase(pat)
    match = _compile(pat)
    if _posix:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(_normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, case-sensitively."""
    return _compile(pat)(name) is not None


_STAR = object()


def _bracket(pat, start, end):
    """Regex for the set pat[start:end] (contents between '[' and ']')."""
    body = pat[start:end]
    if '-' not in body:
        body = body.replace('\\', r'\\')
    else:
        # split into chunks around range hyphens
        pieces = []
        lo = start
        k = start + 2 if pat[start] == '!' else start + 1
        while True:
            k = pat.find('-', k, end)
            if k < 0:
                break
            pieces.append(pat[lo:k])
            lo = k + 1
            k = k + 3
        tail = pat[lo:end]
        if tail:
            pieces.append(tail)
        else:
            pieces[-1] = pieces[-1] + '-'
        # drop empty (reversed) ranges such as z-a
        idx = len(pieces) - 1
        while idx > 0:
            if pieces[idx - 1][-1] > pieces[idx][0]:
                pieces[idx - 1] = pieces[idx - 1][:-1] + pieces[idx][1:]
                del pieces[idx]
            idx -= 1
        body = '-'.join(p.replace('\\', r'\\').replace('-', r'\-')
                        for p in pieces)
    body = re.sub(r'([&~|])', r'\\\1', body)
    if not body:
        return '(?!)'
    if body == '!':
        return '.'
    if body[0] == '!':
        body = '^' + body[1:]
    elif body[0] in ('^', '['):
        body = '\\' + body
    return '[' + body + ']'


def translate(pat):
    """Translate a shell PATTERN to a regular expression string."""
    return _translate(pat, True)


def _translate(pat, atomic):
    parts = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif c == '?':
            parts.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                parts.append('\\[')
            else:
                parts.append(_bracket(pat, i, j))
                i = j + 1
        else:
            parts.append(re.escape(c))

    # Assemble; stars between fixed pieces use a lookahead + backreference
    # construction that emulates an atomic group (avoids backtracking blowup).
    out = []
    k = 0
    m = len(parts)
    while k < m and parts[k] is not _STAR:
        out.append(parts[k])
        k += 1
    while k < m:
        k += 1  # skip the star
        if k == m:
            out.append('.*')
            break
        fixed = []
        while k < m and parts[k] is not _STAR:
            fixed.append(parts[k])
            k += 1
        fixed = ''.join(fixed)
        if k == m:
            out.append('.*')
            out.append(fixed)
        else:
            if atomic:
                out.append('(?>.*?%s)' % fixed)
            else:
                num = _group_counter[0]
                _group_counter[0] = num + 1
                out.append('(?=(?P<g%d>.*?%s))(?P=g%d)' % (num, fixed, num))
    return '(?s:%s)\\Z' % ''.join(out)
