#!/usr/bin/env python3
"""Generates cases.jsonl for StrMethodsTest from CPython 3.11.

Each line: {"m": method, "s": receiver, "a": [args], "k": {kwargs}, then "r": result or
"e": exception class name}. Values: JSON strings are str, ints int, null None, true/false bool,
arrays lists, {"tuple": [...]} tuples, floats float. Pseudo-methods __repeat__, __contains__,
__slice__ (start, stop, step) and __getitem__ exercise the static helpers.
"""
import json
import random
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
rnd = random.Random(20240611)

RECEIVERS = [
    "", " ", "a", "A", "abc", "Hello, World!", "hello world", "  hello  world  ", "\t\n x \r\n y \x0b\x0c",
    "a,b,,c,", ",a,b,", "aaa", "aaaa", "abcabcabc", "mississippi", "1,2,3", "a b c d e",
    "line1\nline2\r\nline3\rline4", "x\x1cy\x1dz\x1ew\x85v\u2028u\u2029t", "trailing\n", "\n\n", "\r\n\r\n",
    "a\tb\tc", "12\t345\t6\n\t7", "\t", "  \t  ", "\u3000\u2003x\u00a0y\u205f", "\x1f\x1cab\x1d",
    "-42", "+7", "42", "007", "-", "0", "\u0663\u0664", "\u00b2\u00b3", "\u2155\u2160", "\u4e00\u4e8c\u4e09",
    "\u2460\u2461", "12abc", "abc123", "ABC", "Abc Def", "ABC def", "aBC dEF", "they're bill's friends",
    "hello_world", "_x", "1x", "x1", "class", "caf\u00e9", "CAF\u00c9", "na\u00efve r\u00e9sum\u00e9",
    "e\u0301t\u00e9", "stra\u00dfe", "STRASSE", "\u00df", "\ufb01ne \ufb02ow", "\u0149", "\u1e9e",
    "\u03a3\u0391\u03a3", "\u03b1\u03c3", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3", "\u03a3",
    "A\u03a3", "A\u03a3.", "A\u03a3'B", "\u03a3a", "x \u03a3 y", "A.\u03a3", "\u0130stanbul", "\u0131\u0130",
    "\u01c5ungla", "\u01c4\u01c5\u01c6", "\u1f80\u1f88", "\u0390", "\u13a0\uab70", "\u2126\u212a",
    "\U0001F600", "a\U0001F600b", "\U0001F600\U0001F601\U0001F600", "x\U0001D400y", "\U00010400\U00010428",
    "\U0001F600 \U0001F601  \U0001F602", "\u0300abc", "a\u0300b\u0301", "\u200b", "\x00\x07",
    "\u00ad", "tab\there", "Mixed CASE text", "ALL CAPS", "lower case", "Title Case Words",
    "\u0394\u03b5\u03bb\u03c4\u03b1", "\u041f\u0440\u0438\u0432\u0435\u0442", "\u65e5\u672c\u8a9e", "\u0905\u0906",
    "\u05e9\u05dc\u05d5\u05dd", "ab\u00a0cd", "a\u2028b", "\ud7ff\ue000", "\uffff", "\U0010FFFD", "\u0345",
    "\u02b0\u02b1", "\u2160\u2161", "\u24b6\u24d0", "x" * 20, "ab" * 7,
]

SUBS = ["", "a", "b", "ab", "abc", "x", " ", ",", "\n", "ss", "s", "l", "lo", "o", "\u03a3", "\U0001F600",
        "\u00e9", "e\u0301", "is", "iss", "A", "1", "\t", "\r\n", "World", "aa", "zz", "\U0001F601"]
INDEXES = [None, 0, 1, 2, -1, -2, -3, 3, 5, 10, 100, -100, 2**70, -2**70, True]

cases = []
keep = 1.0  # fraction of generated cases kept (the per-receiver sweep is sampled)


def enc(v):
    if isinstance(v, tuple):
        return {"tuple": [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    return v


def add(m, s, *args, **kw):
    if keep < 1.0 and rnd.random() >= keep:
        return
    try:
        if m == "__repeat__":
            r = s * args[0]
        elif m == "__contains__":
            r = args[0] in s
        elif m == "__slice__":
            r = s[args[0]:args[1]:args[2]]
        elif m == "__getitem__":
            r = s[args[0]]
        else:
            r = getattr(s, m)(*args, **kw)
        out = {"r": enc(r)}
    except Exception as e:  # noqa
        out = {"e": type(e).__name__}
    c = {"m": m, "s": s, "a": [enc(a) for a in args], "k": {k: enc(v) for k, v in kw.items()}}
    c.update(out)
    cases.append(c)


def pick(seq, n):
    return [rnd.choice(seq) for _ in range(n)]


def subs_for(s):
    out = list(pick(SUBS, 4))
    if s:
        i = rnd.randrange(len(s))
        j = rnd.randrange(i, len(s) + 1)
        out.append(s[i:j])
        out.append(s[j:])
    return out


keep = 0.3
for s in RECEIVERS:
    for m in ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isdigit", "isdecimal",
              "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier",
              "isprintable", "isascii", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines",
              "expandtabs"]:
        add(m, s)
    add("splitlines", s, True)
    add("splitlines", s, keepends=True)
    add("splitlines", s, 0)
    for sep in [None, " ", ",", "a", "\U0001F600"] + subs_for(s)[-1:]:
        for mx in [-1, 1]:
            add("split", s, sep, mx)
            add("rsplit", s, sep, mx)
        add("split", s, sep)
        add("rsplit", s, sep=sep, maxsplit=1)
        add("split", s, maxsplit=1)
    for chars in [None, "", " a", "xyz\U0001F600", "-+0\u03a3", "lo\t\n"]:
        add(rnd.choice(["strip", "lstrip", "rstrip"]), s, chars)
    for sub in subs_for(s)[-3:]:
        add("replace", s, sub, rnd.choice(["", "-", "XY", "\U0001F601"]))
        add("replace", s, sub, "_", rnd.choice([-1, 0, 1, 2, 3]))
        for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
            add(m, s, sub)
            add(m, s, sub, rnd.choice(INDEXES), rnd.choice(INDEXES))
        add("partition", s, sub)
        add("rpartition", s, sub)
        add("removeprefix", s, sub)
        add("removesuffix", s, sub)
        add("__contains__", s, sub)
    add("startswith", s, tuple(subs_for(s)[:3]))
    add("endswith", s, tuple(subs_for(s)[:3]), 1)
    add("startswith", s, ())
    for w in [-1, 0, 3, 8, 9]:
        add("zfill", s, w)
        add("center", s, w)
        add("center", s, w, rnd.choice(["*", "\U0001F600", "\u00e9", "-"]))
        add("ljust", s, w, "*")
        add("rjust", s, w, "\U0001F600")
    for t in [-1, 0, 4]:
        add("expandtabs", s, t)
    add("expandtabs", s, tabsize=3)
    for n in [-1, 0, 3]:
        add("__repeat__", s, n)
    for i in [0, -1, 2, len(s), -len(s) - 1]:
        add("__getitem__", s, i)
    for _ in range(4):
        add("__slice__", s, rnd.choice(INDEXES[:-3]), rnd.choice(INDEXES[:-3]),
            rnd.choice([None, 1, 2, 3, -1, -2, -3]))
    parts = s.split() or ["x"]
    add("join", s, parts)
    add("join", s, tuple(parts))
    add("join", s, [])
    add("join", s, ["only"])
    add("join", s, "xyz\U0001F600")

# joins and argument errors
keep = 1.0
add("join", ",", ["a", 1, "b"])
add("join", ",", [1])
add("join", ",", 5)
add("join", ",", None)
add("join", "", ["a", "\U0001F600", "", "b"])
add("split", "a b", 1)
add("split", "a b", "")
add("rsplit", "a b", "")
add("split", "a b", " ", "1")
add("split", "a b", " ", 1.0)
add("split", "a b", " ", 1, 2)
add("split", "a b", foo=1)
add("split", "a b", " ", sep=" ")
add("split", "a b c", " ", 2**70)
add("split", "a b c", None, -2**70)
add("strip", "abc", 1)
add("strip", "abc", "a", "b")
add("replace", "abc", 1, "x")
add("replace", "abc", "a", 1)
add("replace", "abc", "a")
add("replace", "abc", "a", "b", "c")
add("replace", "", "", "x")
add("replace", "", "", "x", 0)
add("replace", "", "", "x", 5)
add("replace", "abc", "", "x", 10)
add("find", "abc", 1)
add("find", "abc")
add("find", "abc", "a", "1")
add("find", "abc", "a", 1.5)
add("find", "abc", "a", 0, 1, 2)
add("find", "abc", sub="a")
add("count", "abc", None)
add("count", "", "")
add("count", "abc", "", 3)
add("count", "abc", "", 4)
add("count", "abc", "", -10, -5)
add("find", "abc", "", 3)
add("find", "abc", "", 4)
add("rfind", "abc", "", 4)
add("rfind", "abc", "", 1, 2)
add("startswith", "abc", 1)
add("startswith", "abc", ("a", 1))
add("startswith", "abc", ["a"])
add("startswith", "abc", "", 3)
add("startswith", "abc", "", 4)
add("endswith", "abc", "", 4)
add("endswith", "abc", "c", -1, 2**70)
add("zfill", "1")
add("zfill", "1", "5")
add("zfill", "1", 2.0)
add("center", "a", 5, "")
add("center", "a", 5, "ab")
add("center", "a", 5, 1)
add("center", "a")
add("center", "a", None)
add("partition", "abc", "")
add("partition", "abc", None)
add("rpartition", "abc", 1)
add("removeprefix", "abc", None)
add("removesuffix", "abc", 1)
add("removesuffix", "abc", "")
add("expandtabs", "a\tb", "4")
add("expandtabs", "a\tb", tabsize=None)
add("splitlines", "a\nb", "x")
add("splitlines", "a\nb", 2.0)
add("splitlines", "a\nb", None)
add("upper", "a", "b")
add("isdigit", "1", 2)
add("lower", "A", x=1)
add("__getitem__", "", 0)
add("__repeat__", "ab", 0)
add("__contains__", "", "")
add("__contains__", "abc", "")

# random mixtures for case mapping and predicates
POOL = list("aAzZ09 _-.'\t\n") + ["\u00df", "\u03a3", "\u03c3", "\u03c2", "\u0130", "\u0131", "\u01c5",
        "\u0300", "\u0345", "\u1e9e", "\ufb01", "\u0149", "\u1f80", "\u1f88", "\U0001F600", "\U00010400",
        "\U00010428", "\u00e9", "\u00c9", "\u2160", "\u00b2", "\u0663", "\u4e00", "\u02b0", "\u00ad",
        "\u13a0", "\uab70", "\u0390", "\u2126", "\u212a", "\u00a0", "\u2028", "\u0085", "\u0f0c"]
for _ in range(150):
    s = "".join(pick(POOL, rnd.randrange(0, 7)))
    for m in ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "istitle", "isupper",
              "islower", "isalnum", "isidentifier", "isprintable", "split", "splitlines", "strip"]:
        add(m, s)

# code points sampled: one random char per 1024-block through planes 0-2 (CPython and this
# implementation were also compared on every code point, offline)
for block in range(0, 0x32000, 1024):
    c = block + rnd.randrange(256)
    if 0xD800 <= c <= 0xDFFF:
        continue
    s = chr(c)
    for m in ["upper", "lower", "casefold", "title", "swapcase", "isalpha", "isdigit", "isdecimal",
              "isnumeric", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable"]:
        add(m, s)
    add("isidentifier", "a" + s)
    add("lower", "A" + s + "\u03a3")
    add("lower", "A\u03a3" + s)

with open(sys.argv[1] if len(sys.argv) > 1 else "cases.jsonl", "w") as f:
    for c in cases:
        f.write(json.dumps(c) + "\n")
print(len(cases), "cases", file=sys.stderr)
