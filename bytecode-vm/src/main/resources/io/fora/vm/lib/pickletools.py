# SPDX-License-Identifier: Apache-2.0
"""Tools on pickles (pure-Python, for Fora): the opcode table, genops and optimize.

An independent implementation of what CPython 3.11's pickletools offers for
reading pickles: ``opcodes`` (each ``OpcodeInfo`` with its name, code,
argument descriptor and protocol), ``genops`` (the opcodes of a pickle with
their arguments and positions) and ``optimize`` (the pickle without the PUT
opcodes no GET reads, framed again; the same bytes as CPython's) and ``dis``
(its listing, with the same checks of the stack and the memo; without the
opcodes' documentation, so no ``annotate``).
"""

from struct import pack as _pack, unpack as _unpack
import io as _io

__all__ = ["dis", "genops", "optimize", "opcodes", "OpcodeInfo", "ArgumentDescriptor", "StackObject"]

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3
TAKEN_FROM_ARGUMENT4U = -4
TAKEN_FROM_ARGUMENT8U = -5


class ArgumentDescriptor(object):
    """How an opcode's argument is laid out in the pickle and read from it."""
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


class OpcodeInfo(object):
    """One opcode: its name, its one-character code, its argument and the protocol it came with."""
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after', 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


# ---- readers: each takes (data, pos) and returns (value, position after it) ----

def _take(data, pos, n, what):
    end = pos + n
    if end > len(data):
        raise ValueError("not enough data in stream to read " + what)
    return data[pos:end], end


def _line(data, pos):
    end = data.find(b"\n", pos)
    if end < 0:
        raise ValueError("no newline found when trying to read stringnl")
    return data[pos:end], end + 1


def _unpacked(fmt, what):
    """A reader of one fixed-size value packed as struct format fmt."""
    size = len(_pack(fmt, 0))

    def read(data, pos):
        b, pos = _take(data, pos, size, what)
        return _unpack(fmt, b)[0], pos
    return read


_read_uint1 = _unpacked("<B", "uint1")
_read_uint2 = _unpacked("<H", "uint2")
_read_int4 = _unpacked("<i", "int4")
_read_uint4 = _unpacked("<I", "uint4")
_read_uint8 = _unpacked("<Q", "uint8")
_read_float8 = _unpacked(">d", "float8")


def _unquoted(s):
    for q in (b'"', b"'"):
        if s.startswith(q):
            if not s.endswith(q):
                # CPython's message, its typo included
                raise ValueError("strinq quote %r not found at both ends of %r" % (q, s))
            return s[1:-1]
    raise ValueError("no string quotes around %r" % (s,))


def _escape_decoded(s):
    from pickle import _escape_decode
    return _escape_decode(s)


def _read_stringnl(data, pos):
    s, pos = _line(data, pos)
    return _escape_decoded(_unquoted(s)).decode("ascii"), pos


def _read_stringnl_noescape(data, pos):
    s, pos = _line(data, pos)
    return _escape_decoded(s).decode("ascii"), pos


def _read_stringnl_noescape_pair(data, pos):
    a, pos = _read_stringnl_noescape(data, pos)
    b, pos = _read_stringnl_noescape(data, pos)
    return "%s %s" % (a, b), pos


def _counted(data, pos, n, what):
    if n < 0:
        raise ValueError("%s byte count < 0: %d" % (what, n))
    end = pos + n
    if end > len(data):
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data) - pos))
    return data[pos:end], end


def _with_count(read_count, what, convert=None):
    """A reader of a count (read by read_count) and that many bytes, converted."""
    def read(data, pos):
        n, pos = read_count(data, pos)
        b, pos = _counted(data, pos, n, what)
        return (b if convert is None else convert(b)), pos
    return read


def _latin1(b):
    return b.decode("latin-1")


def _utf8(b):
    return b.decode("utf-8", "surrogatepass")


_read_string1 = _with_count(_read_uint1, "string1", _latin1)
_read_string4 = _with_count(_read_int4, "string4", _latin1)
_read_bytes1 = _with_count(_read_uint1, "bytes1")
_read_bytes4 = _with_count(_read_uint4, "bytes4")
_read_bytes8 = _with_count(_read_uint8, "bytes8")
_read_bytearray8 = _with_count(_read_uint8, "bytearray8", bytearray)
_read_unicodestring1 = _with_count(_read_uint1, "unicodestring1", _utf8)
_read_unicodestring4 = _with_count(_read_uint4, "unicodestring4", _utf8)
_read_unicodestring8 = _with_count(_read_uint8, "unicodestring8", _utf8)


def _read_unicodestringnl(data, pos):
    from pickle import _raw_unicode_unescape
    s, pos = _line(data, pos)
    return _raw_unicode_unescape(s), pos


def _read_decimalnl_short(data, pos):
    s, pos = _line(data, pos)
    if s == b"00":
        return False, pos
    if s == b"01":
        return True, pos
    return int(s), pos


def _read_decimalnl_long(data, pos):
    s, pos = _line(data, pos)
    if s[-1:] == b"L":
        s = s[:-1]
    return int(s), pos


def _read_floatnl(data, pos):
    s, pos = _line(data, pos)
    return float(s), pos


def _read_long1(data, pos):
    n, pos = _read_uint1(data, pos)
    b, pos = _take(data, pos, n, "long1")
    return int.from_bytes(b, "little", signed=True), pos


def _read_long4(data, pos):
    n, pos = _read_int4(data, pos)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    b, pos = _take(data, pos, n, "long4")
    return int.from_bytes(b, "little", signed=True), pos


def _arg(name, n, reader):
    return ArgumentDescriptor(name, n, reader, "")


uint1 = _arg("uint1", 1, _read_uint1)
uint2 = _arg("uint2", 2, _read_uint2)
int4 = _arg("int4", 4, _read_int4)
uint4 = _arg("uint4", 4, _read_uint4)
uint8 = _arg("uint8", 8, _read_uint8)
stringnl = _arg("stringnl", UP_TO_NEWLINE, _read_stringnl)
stringnl_noescape = _arg("stringnl_noescape", UP_TO_NEWLINE, _read_stringnl_noescape)
stringnl_noescape_pair = _arg("stringnl_noescape_pair", UP_TO_NEWLINE, _read_stringnl_noescape_pair)
string1 = _arg("string1", TAKEN_FROM_ARGUMENT1, _read_string1)
string4 = _arg("string4", TAKEN_FROM_ARGUMENT4, _read_string4)
bytes1 = _arg("bytes1", TAKEN_FROM_ARGUMENT1, _read_bytes1)
bytes4 = _arg("bytes4", TAKEN_FROM_ARGUMENT4U, _read_bytes4)
bytes8 = _arg("bytes8", TAKEN_FROM_ARGUMENT8U, _read_bytes8)
bytearray8 = _arg("bytearray8", TAKEN_FROM_ARGUMENT8U, _read_bytearray8)
unicodestringnl = _arg("unicodestringnl", UP_TO_NEWLINE, _read_unicodestringnl)
unicodestring1 = _arg("unicodestring1", TAKEN_FROM_ARGUMENT1, _read_unicodestring1)
unicodestring4 = _arg("unicodestring4", TAKEN_FROM_ARGUMENT4U, _read_unicodestring4)
unicodestring8 = _arg("unicodestring8", TAKEN_FROM_ARGUMENT8U, _read_unicodestring8)
decimalnl_short = _arg("decimalnl_short", UP_TO_NEWLINE, _read_decimalnl_short)
decimalnl_long = _arg("decimalnl_long", UP_TO_NEWLINE, _read_decimalnl_long)
floatnl = _arg("floatnl", UP_TO_NEWLINE, _read_floatnl)
float8 = _arg("float8", 8, _read_float8)
long1 = _arg("long1", TAKEN_FROM_ARGUMENT1, _read_long1)
long4 = _arg("long4", TAKEN_FROM_ARGUMENT4, _read_long4)

class StackObject(object):
    """A kind of value on the unpickling stack, as dis names it."""
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        self.name = name
        self.obtype = obtype
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = pylong = StackObject("int", int, "")
pyinteger_or_bool = StackObject("int_or_bool", (int, bool), "")
pybool = StackObject("bool", bool, "")
pyfloat = StackObject("float", float, "")
pybytes_or_str = pystring = StackObject("bytes_or_str", (bytes, str), "")
pybytes = StackObject("bytes", bytes, "")
pybytearray = StackObject("bytearray", bytearray, "")
pyunicode = StackObject("str", str, "")
pynone = StackObject("None", type(None), "")
pytuple = StackObject("tuple", tuple, "")
pylist = StackObject("list", list, "")
pydict = StackObject("dict", dict, "")
pyset = StackObject("set", set, "")
pyfrozenset = StackObject("frozenset", set, "")
pybuffer = StackObject("buffer", object, "")
anyobject = StackObject("any", object, "")
markobject = StackObject("mark", StackObject, "")
stackslice = StackObject("stackslice", StackObject, "")

_A, _M, _S = anyobject, markobject, stackslice

# name, code, argument, stack before, stack after, protocol
_TABLE = [
    ("INT", "I", decimalnl_short, [], [pyinteger_or_bool], 0),
    ("BININT", "J", int4, [], [pyint], 1),
    ("BININT1", "K", uint1, [], [pyint], 1),
    ("BININT2", "M", uint2, [], [pyint], 1),
    ("LONG", "L", decimalnl_long, [], [pyint], 0),
    ("LONG1", "\x8a", long1, [], [pyint], 2),
    ("LONG4", "\x8b", long4, [], [pyint], 2),
    ("STRING", "S", stringnl, [], [pybytes_or_str], 0),
    ("BINSTRING", "T", string4, [], [pybytes_or_str], 1),
    ("SHORT_BINSTRING", "U", string1, [], [pybytes_or_str], 1),
    ("BINBYTES", "B", bytes4, [], [pybytes], 3),
    ("SHORT_BINBYTES", "C", bytes1, [], [pybytes], 3),
    ("BINBYTES8", "\x8e", bytes8, [], [pybytes], 4),
    ("BYTEARRAY8", "\x96", bytearray8, [], [pybytearray], 5),
    ("NEXT_BUFFER", "\x97", None, [], [pybuffer], 5),
    ("READONLY_BUFFER", "\x98", None, [pybuffer], [pybuffer], 5),
    ("NONE", "N", None, [], [pynone], 0),
    ("NEWTRUE", "\x88", None, [], [pybool], 2),
    ("NEWFALSE", "\x89", None, [], [pybool], 2),
    ("UNICODE", "V", unicodestringnl, [], [pyunicode], 0),
    ("SHORT_BINUNICODE", "\x8c", unicodestring1, [], [pyunicode], 4),
    ("BINUNICODE", "X", unicodestring4, [], [pyunicode], 1),
    ("BINUNICODE8", "\x8d", unicodestring8, [], [pyunicode], 4),
    ("FLOAT", "F", floatnl, [], [pyfloat], 0),
    ("BINFLOAT", "G", float8, [], [pyfloat], 1),
    ("EMPTY_LIST", "]", None, [], [pylist], 1),
    ("APPEND", "a", None, [pylist, _A], [pylist], 0),
    ("APPENDS", "e", None, [pylist, _M, _S], [pylist], 1),
    ("LIST", "l", None, [_M, _S], [pylist], 0),
    ("EMPTY_TUPLE", ")", None, [], [pytuple], 1),
    ("TUPLE", "t", None, [_M, _S], [pytuple], 0),
    ("TUPLE1", "\x85", None, [_A], [pytuple], 2),
    ("TUPLE2", "\x86", None, [_A, _A], [pytuple], 2),
    ("TUPLE3", "\x87", None, [_A, _A, _A], [pytuple], 2),
    ("EMPTY_DICT", "}", None, [], [pydict], 1),
    ("DICT", "d", None, [_M, _S], [pydict], 0),
    ("SETITEM", "s", None, [pydict, _A, _A], [pydict], 0),
    ("SETITEMS", "u", None, [pydict, _M, _S], [pydict], 1),
    ("EMPTY_SET", "\x8f", None, [], [pyset], 4),
    ("ADDITEMS", "\x90", None, [pyset, _M, _S], [pyset], 4),
    ("FROZENSET", "\x91", None, [_M, _S], [pyfrozenset], 4),
    ("POP", "0", None, [_A], [], 0),
    ("DUP", "2", None, [_A], [_A, _A], 0),
    ("MARK", "(", None, [], [_M], 0),
    ("POP_MARK", "1", None, [_M, _S], [], 1),
    ("GET", "g", decimalnl_short, [], [_A], 0),
    ("BINGET", "h", uint1, [], [_A], 1),
    ("LONG_BINGET", "j", uint4, [], [_A], 1),
    ("PUT", "p", decimalnl_short, [], [], 0),
    ("BINPUT", "q", uint1, [], [], 1),
    ("LONG_BINPUT", "r", uint4, [], [], 1),
    ("MEMOIZE", "\x94", None, [_A], [_A], 4),
    ("EXT1", "\x82", uint1, [], [_A], 2),
    ("EXT2", "\x83", uint2, [], [_A], 2),
    ("EXT4", "\x84", int4, [], [_A], 2),
    ("GLOBAL", "c", stringnl_noescape_pair, [], [_A], 0),
    ("STACK_GLOBAL", "\x93", None, [pyunicode, pyunicode], [_A], 4),
    ("REDUCE", "R", None, [_A, _A], [_A], 0),
    ("BUILD", "b", None, [_A, _A], [_A], 0),
    ("INST", "i", stringnl_noescape_pair, [_M, _S], [_A], 0),
    ("OBJ", "o", None, [_M, _A, _S], [_A], 1),
    ("NEWOBJ", "\x81", None, [_A, _A], [_A], 2),
    ("NEWOBJ_EX", "\x92", None, [_A, _A, _A], [_A], 4),
    ("PROTO", "\x80", uint1, [], [], 2),
    ("STOP", ".", None, [_A], [], 0),
    ("FRAME", "\x95", uint8, [], [], 4),
    ("PERSID", "P", stringnl_noescape, [], [_A], 0),
    ("BINPERSID", "Q", None, [_A], [_A], 1),
]

opcodes = [OpcodeInfo(name, code, arg, before, after, proto, "") for name, code, arg, before, after, proto in _TABLE]

_BY_BYTE = {}
for _op in opcodes:
    _BY_BYTE[ord(_op.code)] = _op
del _op


def _bytes_of(pickle):
    if isinstance(pickle, (bytes, bytearray)):
        return bytes(pickle), 0
    if hasattr(pickle, "read"):
        base = pickle.tell() if hasattr(pickle, "tell") else 0
        return pickle.read(), base
    raise TypeError("genops() expects a bytes-like object or a readable file, not %r" % type(pickle).__name__)


def _genops(pickle, yield_end_pos=False):
    data, base = _bytes_of(pickle)
    pos = 0
    while True:
        if pos >= len(data):
            raise ValueError("pickle exhausted before seeing STOP")
        op = _BY_BYTE.get(data[pos])
        if op is None:
            raise ValueError("at position %s, opcode %r unknown" % (base + pos, data[pos:pos + 1]))
        start = pos
        pos += 1
        arg = None
        if op.arg is not None:
            arg, pos = op.arg.reader(data, pos)
        if yield_end_pos:
            yield op, arg, base + start, base + pos
        else:
            yield op, arg, base + start
        if op.name == "STOP":
            break


def genops(pickle):
    """The opcodes of a pickle as (opcode, argument, position) triples, up to and including STOP."""
    return _genops(pickle)


_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


class _Frames:
    """Writes as the pickler does: in frames of about 64 KiB from protocol 4 on."""

    def __init__(self, out, framing):
        self.out = out
        self.frame = bytearray() if framing else None

    def commit(self, force):
        f = self.frame
        if f is None or not (len(f) >= _FRAME_SIZE_TARGET or force):
            return
        if len(f) >= _FRAME_SIZE_MIN:
            self.out += b"\x95" + _pack("<Q", len(f))
        self.out += f
        self.frame = bytearray()

    def write(self, data):
        if self.frame is not None:
            self.frame += data
        else:
            self.out += data

    def end(self):
        if self.frame is not None and len(self.frame) > 0:
            self.commit(True)
        self.frame = None


def _put(idx, proto):
    if proto >= 4:
        return b"\x94"
    if proto >= 1:
        return b"q" + _pack("<B", idx) if idx < 256 else b"r" + _pack("<I", idx)
    return b"p" + repr(idx).encode("ascii") + b"\n"


def _get(idx, proto):
    if proto >= 1:
        return b"h" + _pack("<B", idx) if idx < 256 else b"j" + _pack("<I", idx)
    return b"g" + repr(idx).encode("ascii") + b"\n"


def optimize(p):
    """The pickle without the PUT opcodes that no GET reads (memo indices renumbered, framed again)."""
    stored = set()
    read = {}
    steps = []               # ("put", id), ("get", id) or (start, end) of an opcode copied as it is
    proto = 0
    header = b""
    for op, arg, pos, end in _genops(p, yield_end_pos=True):
        name = op.name
        if "PUT" in name:
            stored.add(arg)
            steps.append(("put", arg))
        elif name == "MEMOIZE":
            idx = len(stored)
            stored.add(idx)
            steps.append(("put", idx))
        elif "FRAME" in name:
            pass
        elif "GET" in name:
            if op.proto > proto:
                proto = op.proto
            read[arg] = None
            steps.append(("get", arg))
        elif name == "PROTO":
            if arg > proto:
                proto = arg
            if pos == 0:
                header = p[pos:end]
            else:
                steps.append((pos, end))
        else:
            steps.append((pos, end))
    out = bytearray(header)
    frames = _Frames(out, proto >= 4)
    idx = 0
    for a, b in steps:
        whole = False
        if a == "put":
            if b not in read:
                continue
            data = _put(idx, proto)
            read[b] = idx
            idx += 1
        elif a == "get":
            data = _get(read[b], proto)
        else:
            data = p[a:b]
            whole = len(data) > _FRAME_SIZE_TARGET
        frames.commit(whole)
        if whole:
            out += data
        else:
            frames.write(data)
    frames.end()
    return bytes(out)


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Prints a listing of the pickle's opcodes to out (stdout), checking the stack and the memo as it goes."""
    if annotate:
        raise NotImplementedError("pickletools.dis(annotate=...) is not available in Fora: it has no opcode documentation")
    stack = []
    if memo is None:
        memo = {}
    highest = -1
    marks = []               # where each MARK still on the stack was
    indent = " " * indentlevel
    problem = None
    for op, arg, pos in genops(pickle):
        print("%5d:" % pos, end=" ", file=out)
        line = "%-4s %s%s" % (repr(op.code)[1:-1], indent * len(marks), op.name)
        if op.proto > highest:
            highest = op.proto
        before = op.stack_before
        after = op.stack_after
        popped = len(before)
        note = None
        if markobject in before or (op.name == "POP" and stack and stack[-1] is markobject):
            if marks:
                at = marks.pop()
                note = "(MARK at unknown opcode offset)" if at is None else "(MARK at %d)" % at
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                popped = before.index(markobject) if markobject in before else 0
            else:
                problem = note = "no MARK exists on stack"
        if op.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if op.name == "MEMOIZE":
                key = len(memo)
                note = "(as %d)" % key
            else:
                key = arg
            if key in memo:
                problem = "memo key %r already defined" % arg
            elif not stack:
                problem = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                problem = "can't store markobject in the memo"
            else:
                memo[key] = stack[-1]
        elif op.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                problem = "memo key %r has never been stored into" % arg
        if arg is not None or note:
            line += " " * (10 - len(op.name))
            if arg is not None:
                line += " " + repr(arg)
            if note:
                line += " " + note
        print(line, file=out)
        if problem:
            raise ValueError(problem)
        if len(stack) < popped:
            raise ValueError("tries to pop %d items from stack with only %d items" % (popped, len(stack)))
        if popped:
            del stack[-popped:]
        if markobject in after:
            marks.append(pos)
        stack.extend(after)
    print("highest protocol among opcodes =", highest, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
