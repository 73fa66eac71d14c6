# SPDX-License-Identifier: Apache-2.0
"""xml.etree.ElementTree for Fora: the ElementTree API of CPython 3.11 in pure Python.

What a program sees is what CPython 3.11 shows with its C accelerator (_elementtree) and
Expat 2.5.0: Element's methods and their error messages, keys()/items() as lists, copy.copy
sharing a non-empty attribute dict, itertext() yielding the text of comments and processing
instructions, the parser's data chunks as a custom target receives them, and ParseError's
"message: line L, column C" with .code and .position. The XML parser is written here: a regular
expression reads the common tokens (text, start and end tags) and a slower scanner takes over
for everything else (references, comments, CDATA, PIs, the DOCTYPE and its internal subset,
namespaces) and finds the position of an error as Expat reports it. Fora has no files, so
parse()/write() take file objects (io.BytesIO, io.StringIO, or anything with read/write).
"""

import re as _re
import sys as _sys
import io as _io

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def _parse_error(code, msg, line, col):
    text = "%s: line %d, column %d" % (msg, line, col)
    err = ParseError(text)
    err.code = code
    err.position = (line, col)
    # SyntaxError's own fields (Fora's SyntaxError instances lack them; CPython has these values)
    err.msg = text
    err.filename = None
    err.lineno = None
    err.offset = None
    err.text = None
    return err


def iselement(element):
    return hasattr(element, 'tag')


# ---------------------------------------------------------------------------------------------
# Element

def _type_name(obj):
    return type(obj).__name__


class Element:
    __slots__ = ('tag', 'attrib', 'text', 'tail', '_children', '__weakref__')

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("Element() argument 2 must be dict, not %s" % _type_name(attrib))
        self.tag = tag
        if extra:
            self.attrib = {**attrib, **extra}
        else:
            self.attrib = {**attrib}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        if not isinstance(attrib, dict):
            raise TypeError("makeelement() argument 2 must be dict, not %s" % _type_name(attrib))
        return _new_element(tag, {**attrib})

    def __copy__(self):
        attrib = self.attrib
        e = _new_element(self.tag, attrib if attrib else {})
        e.text = self.text
        e.tail = self.tail
        e._children = list(self._children)
        return e

    def __deepcopy__(self, memo):
        from copy import deepcopy
        tag = self.tag
        if tag.__class__ is not str:
            tag = deepcopy(tag, memo)
        attrib = self.attrib
        attrib = deepcopy(attrib, memo) if attrib else {}
        e = _new_element(tag, attrib)
        text = self.text
        if text is not None and text.__class__ is not str:
            text = deepcopy(text, memo)
        e.text = text
        tail = self.tail
        if tail is not None and tail.__class__ is not str:
            tail = deepcopy(tail, memo)
        e.tail = tail
        kids = e._children
        for child in self._children:
            kids.append(child.__deepcopy__(memo) if type(child) is Element else deepcopy(child, memo))
        memo[id(self)] = e
        return e

    def __getstate__(self):
        return {'tag': self.tag, '_children': list(self._children), 'attrib': self.attrib,
                'text': self.text, 'tail': self.tail}

    def __setstate__(self, state):
        self.tag = state['tag']
        self.attrib = state.get('attrib') or {}
        self.text = state.get('text')
        self.tail = state.get('tail')
        self._children = list(state.get('_children') or ())

    def __reduce_ex__(self, protocol):
        return (_rebuild_element, (), self.__getstate__())

    def __len__(self):
        return len(self._children)

    def __iter__(self):
        return iter(self._children)

    def __getitem__(self, index):
        kids = self._children
        if index.__class__ is int:
            n = len(kids)
            if -n <= index < n:
                return kids[index]
            raise IndexError("child index out of range")
        return self._getitem_other(index)

    def _getitem_other(self, index):
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None
        except TypeError:
            raise TypeError("element indices must be integers") from None

    def __setitem__(self, index, element):
        if index.__class__ is int and isinstance(element, Element):
            kids = self._children
            n = len(kids)
            if -n <= index < n:
                kids[index] = element
                return
            raise IndexError("child assignment index out of range")
        self._setitem_other(index, element)

    def _setitem_other(self, index, element):
        if isinstance(index, slice):
            try:
                items = list(element)
            except TypeError:
                raise TypeError('expected sequence, not "%s"' % _type_name(element)) from None
            for e in items:
                if not isinstance(e, Element):
                    raise TypeError('expected an Element, not "%s"' % _type_name(e))
            self._children[index] = items
            return
        if not isinstance(index, int) and not hasattr(type(index), '__index__'):
            raise TypeError("element indices must be integers")
        if not isinstance(element, Element):
            raise TypeError('expected an Element, not "%s"' % _type_name(element))
        try:
            self._children[index] = element
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None
        except TypeError:
            raise TypeError("element indices must be integers") from None

    def append(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("append() argument must be xml.etree.ElementTree.Element, not %s"
                            % _type_name(subelement))
        self._children.append(subelement)

    def extend(self, elements):
        items = list(elements)
        for e in items:
            if not isinstance(e, Element):
                raise TypeError('expected an Element, not "%s"' % _type_name(e))
        self._children.extend(items)

    def insert(self, index, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("insert() argument 2 must be xml.etree.ElementTree.Element, not %s"
                            % _type_name(subelement))
        self._children.insert(index, subelement)

    def remove(self, subelement):
        if not isinstance(subelement, Element):
            raise TypeError("remove() argument must be xml.etree.ElementTree.Element, not %s"
                            % _type_name(subelement))
        kids = self._children
        for i in range(len(kids)):
            if kids[i] is subelement:
                del kids[i]
                return
        for i in range(len(kids)):
            if kids[i] == subelement:
                del kids[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        if namespaces is None and path.__class__ is str and not _checkpath(path):
            for e in self._children:
                if e.tag == path:
                    return e
            return None
        return _path_find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if namespaces is None and path.__class__ is str and not _checkpath(path):
            for e in self._children:
                if e.tag == path:
                    text = e.text
                    return "" if text is None else text
            return default
        return _path_findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        if namespaces is None and path.__class__ is str and not _checkpath(path):
            found = []
            for e in self._children:
                if e.tag == path:
                    found.append(e)
            return found
        return _path_findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return _path_iterfind(self, path, namespaces)

    def clear(self):
        self.attrib = {}
        del self._children[:]
        self.text = None
        self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib)

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        kids = self._children
        idx = 0
        stack = []
        while True:
            if idx < len(kids):
                e = kids[idx]
                idx += 1
                if tag is None or e.tag == tag:
                    yield e
                sub = e._children
                if sub:
                    stack.append((kids, idx))
                    kids = sub
                    idx = 0
            elif stack:
                kids, idx = stack.pop()
            else:
                return

    def itertext(self):
        text = self.text
        if text:
            yield text
        kids = self._children
        idx = 0
        stack = []
        while True:
            if idx < len(kids):
                e = kids[idx]
                idx += 1
                text = e.text
                if text:
                    yield text
                sub = e._children
                if sub:
                    stack.append((kids, idx, e))
                    kids = sub
                    idx = 0
                else:
                    text = e.tail
                    if text:
                        yield text
            elif stack:
                kids, idx, e = stack.pop()
                text = e.tail
                if text:
                    yield text
            else:
                return


def _new_element(tag, attrib):
    e = object.__new__(Element)
    e.tag = tag
    e.attrib = attrib
    e.text = None
    e.tail = None
    e._children = []
    return e


def _rebuild_element():
    return object.__new__(Element)


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(parent, Element):
        raise TypeError("SubElement() argument 1 must be xml.etree.ElementTree.Element, not %s"
                        % _type_name(parent))
    if not isinstance(attrib, dict):
        raise TypeError("SubElement() argument 3 must be dict, not %s" % _type_name(attrib))
    if extra:
        attrib = {**attrib, **extra}
    else:
        attrib = {**attrib}
    e = _new_element(tag, attrib)
    parent._children.append(e)
    return e


def Comment(text=None):
    element = _new_element(Comment, {})
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = _new_element(ProcessingInstruction, {})
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __le__(self, other):
        if isinstance(other, QName):
            return self.text <= other.text
        return self.text <= other

    def __lt__(self, other):
        if isinstance(other, QName):
            return self.text < other.text
        return self.text < other

    def __ge__(self, other):
        if isinstance(other, QName):
            return self.text >= other.text
        return self.text >= other

    def __gt__(self, other):
        if isinstance(other, QName):
            return self.text > other.text
        return self.text > other

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other


# ---------------------------------------------------------------------------------------------
# ElementPath: the XPath subset of find(), findall(), findtext() and iterfind()

_PATH_SPECIAL = _re.compile(r'[/*\[@.]')


def _checkpath(path):
    # True when the path needs the path engine (C accelerator's rule)
    if '{' in path:
        if len(path) >= 3 and path[0] == '{' and (path[1] == '}' or (path[1] == '*' and path[2] == '}')):
            return True
        inside = False
        for ch in path:
            if ch == '{':
                inside = True
            elif ch == '}':
                inside = False
            elif not inside and ch in '/*[@.':
                return True
        return False
    return _PATH_SPECIAL.search(path) is not None


_PATH_TOKEN = _re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _path_tokens(pattern, namespaces):
    default_ns = namespaces.get('') if namespaces else None
    after_at = False
    out = []
    for op, tag in _PATH_TOKEN.findall(pattern):
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, local = tag.split(":", 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                out.append((op, "{%s}%s" % (namespaces[prefix], local)))
            elif default_ns and not after_at:
                out.append((op, "{%s}%s" % (default_ns, tag)))
            else:
                out.append((op, tag))
            after_at = False
        else:
            out.append((op, tag))
            after_at = op == "@"
    return out


class _PathContext:
    __slots__ = ('root', 'parents')

    def __init__(self, root):
        self.root = root
        self.parents = None

    def parent_map(self):
        pm = self.parents
        if pm is None:
            pm = {}
            for p in self.root.iter():
                for e in p:
                    pm[e] = p
            self.parents = pm
        return pm


def _is_wildcard(tag):
    return tag[:3] == '{*}' or tag[-2:] == '}*'


def _tag_filter(tag):
    # a predicate on an element's tag for the wildcard forms {*}*, {}*, {*}name, {ns}*
    if tag == '{*}*':
        return lambda t: isinstance(t, str)
    if tag == '{}*':
        return lambda t: isinstance(t, str) and t[0] != '{'
    if tag[:3] == '{*}':
        name = tag[3:]
        suffix = tag[2:]
        n = len(suffix)
        return lambda t: t == name or (isinstance(t, str) and t[-n:] == suffix)
    if tag[-2:] == '}*':
        ns = tag[:-1]
        n = len(ns)
        return lambda t: isinstance(t, str) and t[:n] == ns
    raise RuntimeError("internal parser error, got %s" % tag)


def _step_child(tag):
    if _is_wildcard(tag):
        ok = _tag_filter(tag)

        def select(ctx, result):
            for elem in result:
                for e in elem:
                    if ok(e.tag):
                        yield e
        return select
    if tag[:2] == '{}':
        tag = tag[2:]

    def select(ctx, result):
        for elem in result:
            for e in elem:
                if e.tag == tag:
                    yield e
    return select


def _step_star(ctx, result):
    for elem in result:
        yield from elem


def _step_self(ctx, result):
    yield from result


def _step_parent(ctx, result):
    pm = ctx.parent_map()
    seen = {}
    for elem in result:
        if elem in pm:
            p = pm[elem]
            if p not in seen:
                seen[p] = None
                yield p


def _step_descendant(tag):
    if _is_wildcard(tag):
        ok = _tag_filter(tag)

        def select(ctx, result):
            for elem in result:
                for e in elem.iter():
                    if e is not elem and ok(e.tag):
                        yield e
        return select
    if tag[:2] == '{}':
        tag = tag[2:]

    def select(ctx, result):
        for elem in result:
            for e in elem.iter(tag):
                if e is not elem:
                    yield e
    return select


_INDEX = _re.compile(r"\-?\d+$")


def _step_predicate(tokens, k):
    # tokens[k] is the token after '['; returns (select, next k), or (None, k) at the end
    sig = []
    args = []
    n = len(tokens)
    while True:
        if k >= n:
            return None, k
        tok = tokens[k]
        k += 1
        if tok[0] == "]":
            break
        if tok == ('', ''):
            continue
        if tok[0] and tok[0][:1] in "'\"":
            tok = ("'", tok[0][1:-1])
        sig.append(tok[0] or "-")
        args.append(tok[1])
    sig = "".join(sig)
    if sig == "@-":
        key = args[1]

        def select(ctx, result):
            for elem in result:
                if elem.get(key) is not None:
                    yield elem
        return select, k
    if sig == "@-='" or sig == "@-!='":
        key = args[1]
        value = args[-1]
        if '!=' in sig:
            def select(ctx, result):
                for elem in result:
                    v = elem.get(key)
                    if v is not None and v != value:
                        yield elem
        else:
            def select(ctx, result):
                for elem in result:
                    if elem.get(key) == value:
                        yield elem
        return select, k
    if sig == "-" and not _INDEX.match(args[0]):
        sub = args[0]

        def select(ctx, result):
            for elem in result:
                if elem.find(sub) is not None:
                    yield elem
        return select, k
    if sig == ".='" or sig == ".!='" or ((sig == "-='" or sig == "-!='") and not _INDEX.match(args[0])):
        sub = args[0]
        value = args[-1]
        neg = '!=' in sig
        if sub:
            if neg:
                def select(ctx, result):
                    for elem in result:
                        for e in elem.iterfind(sub):
                            if "".join(e.itertext()) != value:
                                yield elem
                                break
            else:
                def select(ctx, result):
                    for elem in result:
                        for e in elem.findall(sub):
                            if "".join(e.itertext()) == value:
                                yield elem
                                break
        else:
            if neg:
                def select(ctx, result):
                    for elem in result:
                        if "".join(elem.itertext()) != value:
                            yield elem
            else:
                def select(ctx, result):
                    for elem in result:
                        if "".join(elem.itertext()) == value:
                            yield elem
        return select, k
    if sig == "-" or sig == "-()" or sig == "-()-":
        if sig == "-":
            index = int(args[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if args[0] != "last":
                raise SyntaxError("unsupported function")
            if sig == "-()-":
                try:
                    index = int(args[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1

        def select(ctx, result):
            pm = ctx.parent_map()
            for elem in result:
                try:
                    parent = pm[elem]
                    elems = list(parent.findall(elem.tag))
                    if elems[index] is elem:
                        yield elem
                except (IndexError, KeyError):
                    pass
        return select, k
    raise SyntaxError("invalid predicate")


def _not_callable(ctx, result):
    raise TypeError("'NoneType' object is not callable")


_path_cache = {}


def _compile_path(path, namespaces):
    if path[-1:] == "/":
        path = path + "*"
    key = (path,)
    if namespaces:
        key += tuple(sorted(namespaces.items()))
    steps = _path_cache.get(key)
    if steps is not None:
        return steps
    if len(_path_cache) > 100:
        _path_cache.clear()
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = _path_tokens(path, namespaces)
    if not tokens:
        return None
    steps = []
    n = len(tokens)
    k = 0
    while True:
        op, tag = tokens[k]
        k += 1
        if op == "":
            steps.append(_step_child(tag))
        elif op == "*":
            steps.append(_step_star)
        elif op == ".":
            steps.append(_step_self)
        elif op == "..":
            steps.append(_step_parent)
        elif op == "//":
            if k >= n:
                break
            op2, tag2 = tokens[k]
            k += 1
            if op2 == "*":
                tag2 = "*"
            elif op2:
                raise SyntaxError("invalid descendant")
            steps.append(_step_descendant(tag2))
        elif op == "[":
            sel, k = _step_predicate(tokens, k)
            if sel is None:
                steps.append(_not_callable)
                break
            steps.append(sel)
        else:
            raise KeyError(op)
        if k >= n:
            break
        if tokens[k][0] == "/":
            k += 1
            if k >= n:
                break
    _path_cache[key] = steps
    return steps


def _path_iterfind(elem, path, namespaces=None):
    steps = _compile_path(path, namespaces)
    if steps is None:
        return None
    result = [elem]
    ctx = _PathContext(elem)
    for step in steps:
        result = step(ctx, result)
    return result


def _path_find(elem, path, namespaces=None):
    return next(_path_iterfind(elem, path, namespaces), None)


def _path_findall(elem, path, namespaces=None):
    return list(_path_iterfind(elem, path, namespaces))


def _path_findtext(elem, path, default=None, namespaces=None):
    try:
        elem = next(_path_iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    text = elem.text
    return "" if text is None else text


# ---------------------------------------------------------------------------------------------
# ElementTree

class ElementTree:
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _fix(self, path):
        if path[:1] == "/":
            path = "." + path
            import warnings
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._fix(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._fix(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._fix(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._fix(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in _serialize:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        try:
            write = file_or_filename.write
        except AttributeError:
            if encoding.lower() == "unicode":
                encoding = "utf-8"
            f = open(file_or_filename, "w", encoding=encoding, errors="xmlcharrefreplace")
            with f:
                _write_to(f.write, True, f, self._root, encoding, encoding, xml_declaration,
                          default_namespace, method, short_empty_elements)
            return
        if encoding.lower() == "unicode":
            declared = getattr(file_or_filename, "encoding", None) or "utf-8"
            _write_to(write, True, file_or_filename, self._root, encoding, declared,
                      xml_declaration, default_namespace, method, short_empty_elements)
        else:
            "".encode(encoding)   # LookupError for an unknown encoding, before anything is written
            _write_to(write, False, file_or_filename, self._root, encoding, encoding,
                      xml_declaration, default_namespace, method, short_empty_elements)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


def _write_to(write, text_mode, stream, root, encoding, declared, xml_declaration,
              default_namespace, method, short_empty_elements):
    parts = []
    failure = None
    try:
        if method == "xml" and (xml_declaration or
                                (xml_declaration is None and
                                 encoding.lower() != "unicode" and
                                 declared.lower() not in ("utf-8", "us-ascii"))):
            parts.append("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == "text":
            _serialize_text(parts.append, root)
        else:
            qnames, namespaces = _namespaces(root, default_namespace)
            _serialize[method](parts.append, root, qnames, namespaces, short_empty_elements)
    except BaseException as exc:
        failure = exc
    if text_mode:
        if type(stream) is _io.StringIO or len(parts) == 1:
            if parts:
                write("".join(parts))
        else:
            for p in parts:
                write(p)
    else:
        if isinstance(stream, _io.BytesIO):
            data = "".join(parts).encode(encoding, "xmlcharrefreplace")
            if data:
                write(data)
        else:
            _write_chunked(write, parts, encoding)
    if failure is not None:
        raise failure


def _write_chunked(write, parts, encoding):
    # what io.TextIOWrapper (chunk size 8192) hands to a binary stream's write()
    pending = []
    count = 0
    first = True
    for p in parts:
        b = p.encode(encoding, "xmlcharrefreplace")
        if encoding.lower().replace('_', '-') in ('utf-16', 'utf-32') and not first:
            b = b[2:] if encoding.lower().replace('_', '-') == 'utf-16' else b[4:]
        first = False
        if count + len(b) > 8192 and pending:
            write(b"".join(pending))
            pending = []
            count = 0
        pending.append(b)
        count += len(b)
        if count >= 8192:
            write(b"".join(pending))
            pending = []
            count = 0
    if pending:
        write(b"".join(pending))


# ---------------------------------------------------------------------------------------------
# serialization

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}

_RESERVED_PREFIX = _re.compile(r"ns\d+$")


def register_namespace(prefix, uri):
    if _RESERVED_PREFIX.match(prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError("cannot serialize %r (type %s)" % (text, type(text).__name__))


def _namespaces(elem, default_namespace=None):
    # qnames: every tag and attribute name (and QName value) -> how it is written;
    # namespaces: uri -> prefix, for the declarations written on the root
    qnames = dict()
    qnames[None] = None
    namespaces = dict()
    if default_namespace:
        namespaces[default_namespace] = ""
    for e in elem.iter():
        tag = e.tag
        if tag.__class__ is str:
            if tag not in qnames:
                _add_qname(tag, qnames, namespaces, default_namespace)
        elif isinstance(tag, QName):
            if tag.text not in qnames:
                _add_qname(tag.text, qnames, namespaces, default_namespace)
        elif isinstance(tag, str):
            if tag not in qnames:
                _add_qname(tag, qnames, namespaces, default_namespace)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        attrib = e.attrib
        if attrib:
            for key in attrib:
                value = attrib[key]
                if key.__class__ is not str and isinstance(key, QName):
                    key = key.text
                if key not in qnames:
                    _add_qname(key, qnames, namespaces, default_namespace)
                if value.__class__ is not str and isinstance(value, QName) and value.text not in qnames:
                    _add_qname(value.text, qnames, namespaces, default_namespace)
        text = e.text
        if text.__class__ is not str and isinstance(text, QName) and text.text not in qnames:
            _add_qname(text.text, qnames, namespaces, default_namespace)
    return qnames, namespaces


def _add_qname(qname, qnames, namespaces, default_namespace):
    if not isinstance(qname, str):
        _raise_serialization_error(qname)
    if qname[:1] == "{":
        k = qname.rfind("}")
        if k < 0:
            # CPython unpacks qname[1:].rsplit("}", 1) and fails the same way
            raise ValueError("not enough values to unpack (expected 2, got 1)")
        uri = qname[1:k]
        local = qname[k + 1:]
        prefix = namespaces.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri)
            if prefix is None:
                prefix = "ns%d" % len(namespaces)
            if prefix != "xml":
                namespaces[uri] = prefix
        if prefix:
            qnames[qname] = "%s:%s" % (prefix, local)
        else:
            qnames[qname] = local
    else:
        if default_namespace:
            raise ValueError("cannot use non-qualified names with default_namespace option")
        qnames[qname] = qname


def _escape_cdata(text):
    if text.__class__ is not str:
        return _escape_cdata_any(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_cdata_any(text):
    try:
        if "&" in text:
            text = text.replace("&", "&amp;")
        if "<" in text:
            text = text.replace("<", "&lt;")
        if ">" in text:
            text = text.replace(">", "&gt;")
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


_ATTR_SPECIAL = _re.compile('[&<>"\n\r\t]')


def _escape_attrib(text):
    if text.__class__ is not str:
        return _escape_attrib_any(text)
    if _ATTR_SPECIAL.search(text) is None:
        return text
    return _escape_attrib_str(text)


def _escape_attrib_str(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\"" in text:
        text = text.replace("\"", "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _escape_attrib_any(text):
    try:
        for old, new in _ATTR_REPLACEMENTS:
            if old in text:
                text = text.replace(old, new)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


_ATTR_REPLACEMENTS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"),
                      ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))
_HTML_REPLACEMENTS = (("&", "&amp;"), (">", "&gt;"), ("\"", "&quot;"))


def _escape_attrib_html(text):
    if text.__class__ is not str:
        try:
            for old, new in _HTML_REPLACEMENTS:
                if old in text:
                    text = text.replace(old, new)
            return text
        except (TypeError, AttributeError):
            _raise_serialization_error(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\"" in text:
        text = text.replace("\"", "&quot;")
    return text


def _ns_decls(write, namespaces, escape):
    # the namespace declarations, sorted by prefix
    items = sorted(namespaces.items(), key=_second)
    for item in items:
        k = item[1]
        if k:
            k = ":" + k
        write(" xmlns%s=\"%s\"" % (k, escape(item[0])))


def _second(item):
    return item[1]


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, *args):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements)
        else:
            _write_start(write, elem, tag, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _write_start(write, elem, tag, qnames, namespaces, escape):
    """An element's start tag without its closing '>': namespace declarations, then attributes."""
    write("<" + tag)
    attrib = elem.attrib
    if attrib or namespaces:
        if namespaces:
            _ns_decls(write, namespaces, escape)
        for k in list(attrib):
            v = attrib[k]
            if k.__class__ is not str and isinstance(k, QName):
                k = k.text
            if v.__class__ is not str and isinstance(v, QName):
                v = qnames[v.text]
            else:
                v = escape(v)
            write(" %s=\"%s\"" % (qnames[k], v))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, *args):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
        else:
            _write_start(write, elem, tag, qnames, namespaces, _escape_attrib_html)
            write(">")
            ltag = tag.lower()
            if text:
                if ltag == "script" or ltag == "style":
                    write(text)
                else:
                    write(_escape_cdata(text))
            for e in elem:
                _serialize_html(write, e, qnames, None)
            if ltag not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem, *args):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_serialize = {
    "xml": _serialize_xml,
    "html": _serialize_html,
    "text": _serialize_text,
}


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = _io.StringIO() if encoding == 'unicode' else _io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


class _ListDataStream(_io.BufferedIOBase):
    def __init__(self, lst):
        self.lst = lst

    def writable(self):
        return True

    def seekable(self):
        return True

    def write(self, b):
        self.lst.append(b)

    def tell(self):
        return len(self.lst)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    lst = []
    stream = _ListDataStream(lst)
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return lst


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(_sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        _sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def _indent_children(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


# ---------------------------------------------------------------------------------------------
# TreeBuilder

class TreeBuilder:
    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = False
        self._factory = element_factory
        self._comment_factory = Comment if comment_factory is None else comment_factory
        self._pi_factory = ProcessingInstruction if pi_factory is None else pi_factory
        self._insert_comments = insert_comments
        self._insert_pis = insert_pis

    def close(self):
        return self._root

    def _flush(self):
        data = self._data
        last = self._last
        if last is not None:
            text = data[0] if len(data) == 1 else "".join(data)
            if self._tail:
                old = last.tail
                last.tail = text if old is None else old + text
            else:
                old = last.text
                last.text = text if old is None else old + text
        data.clear()

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        if self._data:
            self._flush()
        factory = self._factory
        if factory is None:
            if attrs.__class__ is not dict:
                attrs = dict(attrs)
            elem = _new_element(tag, attrs)
        else:
            elem = factory(tag, attrs)
        stack = self._elem
        if stack:
            stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        else:
            raise ParseError("multiple elements on top level")
        stack.append(elem)
        self._last = elem
        self._tail = False
        return elem

    def end(self, tag):
        if self._data:
            self._flush()
        stack = self._elem
        if not stack:
            raise IndexError("pop from empty stack")
        last = self._last = stack.pop()
        self._tail = True
        return last

    def comment(self, text):
        elem = self._comment_factory(text)
        if self._insert_comments and self._elem:
            if self._data:
                self._flush()
            self._elem[-1].append(elem)
            self._last = elem
            self._tail = True
        return elem

    def pi(self, target, text=None):
        elem = self._pi_factory(target, text)
        if self._insert_pis and self._elem:
            if self._data:
                self._flush()
            self._elem[-1].append(elem)
            self._last = elem
            self._tail = True
        return elem


# ---------------------------------------------------------------------------------------------
# XMLParser: an XML 1.0 parser with namespaces, reporting what Expat reports

_NAME_START = (':A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF'
               '\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD'
               '\U00010000-\U000EFFFF')
_NAME_MORE = _NAME_START + '\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040'
_NAME_PAT = '[%s][%s]*' % (_NAME_START, _NAME_MORE)
_NAME = _re.compile(_NAME_PAT)
_NAME_START_CHAR = _re.compile('[%s]' % _NAME_START)
_NAME_RUN = _re.compile('[%s]+' % _NAME_MORE)
_WSP = _re.compile('[ \t\r\n]+')
_ATTRS_PAT = ('((?:[ \t\r\n]+%s[ \t\r\n]*=[ \t\r\n]*(?:"[^<"]*"|\'[^<\']*\'))*)'
              % _NAME_PAT)
_ANAME_PAT = '[A-Za-z_:][-.0-9A-Za-z_:]*'     # the ASCII names the fast path takes
_TOKEN = _re.compile('((?:[^<&\\]\r]|&(?:amp|lt|gt|quot|apos);)*)'
                     '<(?:(%s)((?:[ \t\r\n]+%s[ \t\r\n]*=[ \t\r\n]*(?:"[^<"]*"|\'[^<\']*\'))*)'
                     '[ \t\r\n]*(/?)>|/(%s)[ \t\r\n]*>)'
                     % (_ANAME_PAT, _ANAME_PAT, _ANAME_PAT))
_FAST_ATTR = _re.compile('(%s)[ \t\r\n]*=[ \t\r\n]*(?:"([^<"]*)"|\'([^<\']*)\')' % _ANAME_PAT)
_BAD_AMP = _re.compile('&(?!(?:amp|lt|gt|quot|apos);)')


def _unescape(text):
    # the five predefined entities (the only references the fast path lets through)
    if '&l' in text:
        text = text.replace('&lt;', '<')
    if '&g' in text:
        text = text.replace('&gt;', '>')
    if '&q' in text:
        text = text.replace('&quot;', '"')
    if '&ap' in text:
        text = text.replace('&apos;', "'")
    return text.replace('&amp;', '&')
_STARTTAG = _re.compile('<(%s)%s[ \t\r\n]*(/?)>' % (_NAME_PAT, _ATTRS_PAT))
_ATTR = _re.compile('(%s)[ \t\r\n]*=[ \t\r\n]*(?:"([^<"]*)"|\'([^<\']*)\')' % _NAME_PAT)
_ENDTAG = _re.compile('</(%s)[ \t\r\n]*>' % _NAME_PAT)
_ILLEGAL = _re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_ASTRAL = _re.compile('[\U00010000-\U0010FFFF]')
_ILLEGAL_LOW = _re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f]')    # one bit set: fast in java.util.regex


def _first_illegal(s, i):
    # where the first character that XML forbids is in s[i:], or len(s) + 1
    n = len(s)
    bad = n + 1
    m = _ILLEGAL_LOW.search(s, i)
    if m is not None:
        bad = m.start()
    k = s.find('\ufffe', i)
    if 0 <= k < bad:
        bad = k
    k = s.find('\uffff', i)
    if 0 <= k < bad:
        bad = k
    return bad
_TEXT_SPECIAL = _re.compile('[&\\]\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_ATTV_SPECIAL = _re.compile('[&\t\n\r]')
_DECL_ATTR = _re.compile('[ \t\r\n]+([A-Za-z]+)[ \t\r\n]*=[ \t\r\n]*("[^"]*"|\'[^\']*\')')
_ENC_DECL = _re.compile(rb'encoding[ \t\r\n]*=[ \t\r\n]*["\']([A-Za-z][A-Za-z0-9._-]*)["\']')
_HEX = _re.compile('[0-9a-fA-F]*')
_DEC = _re.compile('[0-9]*')

_PREDEFINED = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_XML_NS = 'http://www.w3.org/XML/1998/namespace'
_XMLNS_NS = 'http://www.w3.org/2000/xmlns/'
_EXTERNAL = object()

(_E_SYNTAX, _E_NO_ELEMENTS, _E_INVALID, _E_UNCLOSED, _E_MISMATCH, _E_DUP_ATTR, _E_JUNK,
 _E_UNDEF_ENTITY, _E_RECURSIVE, _E_ASYNC, _E_BAD_CHARREF, _E_MISPLACED_PI, _E_UNCLOSED_CDATA,
 _E_UNBOUND, _E_UNDECLARING, _E_XMLDECL, _E_FINISHED, _E_RES_XML, _E_RES_XMLNS,
 _E_RES_URI) = (2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 14, 17, 20, 27, 28, 30, 36, 38, 39, 40)

_MESSAGES = {
    _E_SYNTAX: "syntax error",
    _E_NO_ELEMENTS: "no element found",
    _E_INVALID: "not well-formed (invalid token)",
    _E_UNCLOSED: "unclosed token",
    _E_MISMATCH: "mismatched tag",
    _E_DUP_ATTR: "duplicate attribute",
    _E_JUNK: "junk after document element",
    _E_UNDEF_ENTITY: "undefined entity",
    _E_RECURSIVE: "recursive entity reference",
    _E_ASYNC: "asynchronous entity",
    _E_BAD_CHARREF: "reference to invalid character number",
    _E_MISPLACED_PI: "XML or text declaration not at start of entity",
    _E_UNCLOSED_CDATA: "unclosed CDATA section",
    _E_UNBOUND: "unbound prefix",
    _E_UNDECLARING: "must not undeclare prefix",
    _E_XMLDECL: "XML declaration not well-formed",
    _E_FINISHED: "parsing finished",
    _E_RES_XML: "reserved prefix (xml) must not be undeclared or bound to another namespace name",
    _E_RES_XMLNS: "reserved prefix (xmlns) must not be declared or undeclared",
    _E_RES_URI: "prefix must not be bound to one of the reserved namespace names",
}


class _NeedMore(Exception):
    pass


def _valid_char(code):
    if code < 0x20:
        return code == 9 or code == 10 or code == 13
    return code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _newlines(text):
    if '\r' in text:
        return text.replace('\r\n', '\n').replace('\r', '\n')
    return text


def _utf8_cut(raw):
    # length of the prefix of raw that holds no incomplete trailing UTF-8 sequence
    n = len(raw)
    i = n - 1
    k = 0
    while i >= 0 and k < 3 and (raw[i] & 0xC0) == 0x80:
        i -= 1
        k += 1
    if i < 0:
        return n
    b = raw[i]
    if b >= 0xC0:
        need = 2 if b < 0xE0 else (3 if b < 0xF0 else 4)
        if n - i < need:
            return i
    return n


def _decode_bytes(data, codec):
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        err = exc
    out = []
    while True:
        out.append(data[:err.start].decode(codec))
        out.append('\x00')    # an invalid character: the parser reports it where it stands
        data = data[max(err.end, err.start + 1):]
        try:
            out.append(data.decode(codec))
            return "".join(out)
        except UnicodeDecodeError as exc:
            err = exc


def _codec_for(name):
    low = name.lower()
    if low in ('utf-8', 'utf8'):
        return 'utf-8'
    if low in ('us-ascii', 'ascii'):
        return 'ascii'
    if low in ('iso-8859-1', 'iso8859-1', 'latin-1', 'latin1'):
        return 'latin-1'
    if low in ('utf-16', 'utf16'):
        return 'utf-16-le'
    b''.decode(name)    # LookupError: unknown encoding
    return name


class XMLParser:
    def __init__(self, *, target=None, encoding=None):
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._encoding = encoding
        self._tb = type(target) is TreeBuilder
        get = getattr
        self._h_start = get(target, 'start', None)
        self._h_end = get(target, 'end', None)
        self._h_data = get(target, 'data', None)
        self._h_comment = get(target, 'comment', None)
        self._h_pi = get(target, 'pi', None)
        self._h_start_ns = get(target, 'start_ns', None)
        self._h_end_ns = get(target, 'end_ns', None)
        self._h_doctype = get(target, 'doctype', None)
        self._h_close = get(target, 'close', None)
        self._ev_append = None
        self._ev_start = self._ev_end = self._ev_comment = self._ev_pi = None
        self._ev_start_ns = self._ev_end_ns = None
        # input
        self._s = ''
        self._raw = b''
        self._codec = None
        self._line = 1
        self._col = 0
        self._fresh = True
        self._closed = False
        # document
        self._state = 0          # 0 before the root element, 1 inside it, 2 after it
        self._stack = []         # raw names of the open elements
        self._tags = []          # their expanded tags
        self._nsmap = None       # prefix -> uri in scope ('' is the default namespace)
        self._nsrestore = []     # (depth, previous map, declared prefixes)
        self._names = {}         # raw element name -> expanded tag under the current map
        self._doctype_seen = False
        self._ents = None        # general entities of the internal subset
        self._ext_dtd = False    # external subset or parameter entity: undefined entities allowed
        self._attdefs = None     # element name -> {attribute: (is_cdata, default or None)}
        self._open_ents = None   # names of the entities being expanded
        self._ent_at = None      # (text, position) of the outermost reference being expanded
        # rarely taken paths, called through bound methods so that tier 1 does not compile
        # them into the hot loop's class
        self._k_content_token = self._content_token
        self._k_prolog_token = self._prolog_token
        self._k_epilog_token = self._epilog_token
        self._k_start_general = self._start_general
        self._k_elem_tag = self._elem_tag
        self._k_end_elem = self._end_elem
        self._k_error = self._error
        self._k_text = self._text
        self._k_fast_tb = self._fast_tb
        self._k_fast_any = self._fast_any

    # -- events (XMLPullParser) -------------------------------------------------------------

    def _setevents(self, events_queue, events_to_report):
        if type(self.target) is not TreeBuilder:
            raise TypeError("event handling only supported for ElementTree.TreeBuilder targets")
        self._ev_start = self._ev_end = self._ev_comment = self._ev_pi = None
        self._ev_start_ns = self._ev_end_ns = None
        self._ev_append = None
        try:
            seq = list(events_to_report)
        except TypeError:
            raise TypeError("events must be a sequence") from None
        self._ev_append = events_queue.append
        for ev in seq:
            if isinstance(ev, str):
                name = ev
            elif isinstance(ev, bytes):
                name = ev.decode('latin-1')
            else:
                raise ValueError("invalid events sequence")
            if name == "start":
                self._ev_start = ev
            elif name == "end":
                self._ev_end = ev
            elif name == "start-ns":
                self._ev_start_ns = ev
            elif name == "end-ns":
                self._ev_end_ns = ev
            elif name == "comment":
                self._ev_comment = ev
            elif name == "pi":
                self._ev_pi = ev
            else:
                raise ValueError("unknown event '%s'" % name)

    # -- feeding ----------------------------------------------------------------------------

    def feed(self, data):
        if self._closed:
            raise self._error_here(_E_FINISHED)
        if isinstance(data, str):
            if self._fresh and not self._s and data[:1] == '\ufeff':
                data = data[1:]
            self._run(data, False)
        elif isinstance(data, (bytes, bytearray)):
            text = self._decode(bytes(data), False)
            if text:
                self._run(text, False)
        else:
            raise TypeError("a bytes-like object is required, not '%s'" % _type_name(data))

    def close(self):
        if self._closed:
            raise self._error_here(_E_FINISHED)
        self._closed = True
        text = ''
        if self._raw or (self._codec is None and self._raw):
            text = self._decode(b'', True)
        self._run(text, True)
        if self._state != 2:
            raise self._error_here(_E_NO_ELEMENTS)
        h = self._h_close
        if h is not None:
            return h()
        return None

    def _parse_whole(self, file):
        while True:
            data = file.read(65536)
            if not data:
                break
            self.feed(data)
        return self.close()

    def _decode(self, data, final):
        raw = self._raw + data if self._raw else data
        codec = self._codec
        if codec is None:
            codec, skip = self._detect(raw, final)
            if codec is None:
                self._raw = raw
                return ''
            self._codec = codec
            if skip:
                raw = raw[skip:]
        cut = len(raw)
        if not final:
            if codec == 'utf-8':
                cut = _utf8_cut(raw)
            elif codec in ('utf-16-le', 'utf-16-be'):
                cut &= ~1
                if cut >= 2:
                    hi = raw[cut - 1] if codec == 'utf-16-le' else raw[cut - 2]
                    if 0xD8 <= hi <= 0xDB:
                        cut -= 2
        if cut < len(raw):
            self._raw = raw[cut:]
            raw = raw[:cut]
        else:
            self._raw = b''
        return _decode_bytes(raw, codec)

    def _detect(self, raw, final):
        if raw[:3] == b'\xef\xbb\xbf':
            return 'utf-8', 3
        if raw[:2] == b'\xff\xfe':
            return 'utf-16-le', 2
        if raw[:2] == b'\xfe\xff':
            return 'utf-16-be', 2
        if raw[:2] == b'<\x00':
            return 'utf-16-le', 0
        if raw[:2] == b'\x00<':
            return 'utf-16-be', 0
        if self._encoding:
            return _codec_for(self._encoding), 0
        if len(raw) < 5:
            if not final and (b'<?xml'.startswith(raw) or b'\xef\xbb\xbf'.startswith(raw)
                              or raw in (b'\xff', b'\xfe', b'\x00')):
                return None, 0
            return 'utf-8', 0
        if raw.startswith(b'<?xml'):
            end = raw.find(b'?>')
            if end < 0:
                if not final and len(raw) < 4096:
                    return None, 0
                return 'utf-8', 0
            m = _ENC_DECL.search(raw, 0, end)
            if m is not None:
                return _codec_for(m.group(1).decode('latin-1')), 0
        return 'utf-8', 0

    # -- positions and errors ---------------------------------------------------------------

    def _where(self, s, p):
        line = self._line
        col = self._col
        nl = s.count('\n', 0, p)
        cr = s.count('\r', 0, p)
        if nl or cr:
            if cr:
                breaks = nl + cr - s.count('\r\n', 0, p)
                last = max(s.rfind('\n', 0, p), s.rfind('\r', 0, p))
            else:
                breaks = nl
                last = s.rfind('\n', 0, p)
            return (line + breaks, p - last - 1)
        return (line, col + p)

    def _error(self, code, s, p, message=None):
        at = self._ent_at
        if at is not None:
            s, p = at
        line, col = self._where(s, p)
        return _parse_error(code, message or _MESSAGES[code], line, col)

    def _error_here(self, code):
        return _parse_error(code, _MESSAGES[code], self._line, self._col)

    def _partial(self, s, i, final):
        if final:
            raise self._error(_E_UNCLOSED, s, i)
        return -1

    # -- the main loop ------------------------------------------------------------------------

    def _run(self, data, final):
        if len(data) > 32768 and _ASTRAL.search(data) is not None:
            # Fora's re rebuilds index maps of the whole subject on every call when it holds a
            # character outside the BMP: parse such text in windows to keep that cost bounded
            k = 0
            n = len(data)
            while k < n:
                self._run_window(data[k:k + 16384], final and k + 16384 >= n)
                k += 16384
            return
        self._run_window(data, final)

    def _run_window(self, data, final):
        s = self._s + data if self._s else data
        i = self._loop(s, 0, final)
        if i:
            self._fresh = False
            if i >= len(s):
                self._advance(s, len(s))
                s = ''
            else:
                self._advance(s, i)
                s = s[i:]
        self._s = s
        if final and s:
            # a token left incomplete at the end of the document
            raise self._error(_E_UNCLOSED, s, 0)

    def _advance(self, s, i):
        where = self._where(s, i)
        self._line = where[0]
        self._col = where[1]

    def _loop(self, s, i, final):
        n = len(s)
        bad = _first_illegal(s, i)
        if self._tb and self.target._factory is None:
            fast = self._k_fast_tb
        else:
            fast = self._k_fast_any
        while i < n:
            state = self._state
            if state == 1:
                r = fast(s, i, bad)
                if r == i:
                    r = self._k_content_token(s, i, n, final, bad)
            elif state == 0:
                r = self._k_prolog_token(s, i, n, final)
            else:
                r = self._k_epilog_token(s, i, n, final)
            if r < 0:
                break
            i = r
        return i

    def _fast_attrs(self, attrs):
        # the attribute dict of a start tag read by the fast path, or None when the general
        # path must read it (entities other than the predefined ones, white space to
        # normalise, namespaces, duplicates, DTD defaults)
        if ('\n' in attrs or '\t' in attrs or '\r' in attrs or ':' in attrs or 'xmlns' in attrs
                or self._attdefs is not None):
            return None
        attrib = dict()
        pairs = _FAST_ATTR.findall(attrs)
        if '&' in attrs:
            if _BAD_AMP.search(attrs) is not None:
                return None
            for p in pairs:
                v = p[1] or p[2]
                if '&' in v:
                    v = _unescape(v)
                attrib[p[0]] = v
        else:
            for p in pairs:
                attrib[p[0]] = p[1] or p[2]
        if len(attrib) != len(pairs):
            return None
        return attrib

    def _fast_tb(self, s, i, bad):
        # the common tokens (text, start and end tags) for the default TreeBuilder, building
        # its elements in place; returns where it stopped
        token = _TOKEN.match
        stack = self._stack
        tags = self._tags
        target = self.target
        tbdata = target._data
        tbstack = target._elem
        while True:
            m = token(s, i)
            if m is None or m.end() > bad:
                return i
            g = m.groups()
            text = g[0]
            if text:
                if '&' in text:
                    text = _unescape(text)
                tbdata.append(text)
            name = g[1]
            if name is not None:
                attrs = g[2]
                if attrs or self._attdefs is not None:
                    attrib = self._fast_attrs(attrs)
                    if attrib is None:
                        i = self._k_start_general(s, i + len(g[0]), bad)
                        if self._state != 1:
                            return i
                        continue
                else:
                    attrib = dict()
                tag = self._names.get(name)
                if tag is None:
                    tag = self._k_elem_tag(name, s, i + len(g[0]))
                if tbdata:
                    target._flush()
                elem = _new_element(tag, attrib)
                if tbstack:
                    tbstack[-1]._children.append(elem)
                elif target._root is None:
                    target._root = elem
                else:
                    raise ParseError("multiple elements on top level")
                stack.append(name)
                tags.append(tag)
                tbstack.append(elem)
                target._last = elem
                target._tail = False
                if self._ev_start is not None:
                    self._ev_append((self._ev_start, elem))
                if g[3]:
                    self._k_end_elem()
                    if self._state != 1:
                        return m.end()
            else:
                if stack[-1] != g[4]:
                    raise self._k_error(_E_MISMATCH, s, i + len(g[0]) + 2)
                if len(stack) == 1 or self._nsrestore or self._ev_end is not None:
                    self._k_end_elem()
                    if self._state != 1:
                        return m.end()
                else:
                    stack.pop()
                    tags.pop()
                    if tbdata:
                        target._flush()
                    target._last = tbstack.pop()
                    target._tail = True
            i = m.end()

    def _fast_any(self, s, i, bad):
        # the common tokens for any other target
        token = _TOKEN.match
        tb = self._tb
        h_data = self._h_data
        if h_data is not None and not tb:
            h_data = self._emit_split
        while True:
            m = token(s, i)
            if m is None or m.end() > bad:
                return i
            g = m.groups()
            text = g[0]
            if text:
                if '&' in text:
                    if not tb:
                        # a custom target sees each reference as its own data chunk
                        return self._k_text(s, i, len(s), False)
                    text = _unescape(text)
                if h_data is not None:
                    h_data(text)
            name = g[1]
            if name is not None:
                attrs = g[2]
                if attrs or self._attdefs is not None:
                    attrib = self._fast_attrs(attrs)
                    if attrib is None:
                        i = self._k_start_general(s, i + len(g[0]), bad)
                        if self._state != 1:
                            return i
                        continue
                else:
                    attrib = dict()
                tag = self._names.get(name)
                if tag is None:
                    tag = self._k_elem_tag(name, s, i + len(g[0]))
                self._stack.append(name)
                self._tags.append(tag)
                h = self._h_start
                if h is not None:
                    r = h(tag, attrib)
                    if self._ev_start is not None:
                        self._ev_append((self._ev_start, r))
                if g[3]:
                    self._k_end_elem()
            else:
                if self._stack[-1] != g[4]:
                    raise self._k_error(_E_MISMATCH, s, i + len(g[0]) + 2)
                self._k_end_elem()
            if self._state != 1:
                return m.end()
            i = m.end()

    # -- elements -----------------------------------------------------------------------------

    def _elem_tag(self, name, s, pos):
        # the expanded tag of an element name under the namespaces in scope (cached)
        c = name.find(':')
        if c >= 0:
            self._check_qname(name, s, pos + 1)
            prefix = name[:c]
            if prefix == 'xml':
                uri = _XML_NS
            else:
                nsmap = self._nsmap
                uri = nsmap.get(prefix) if nsmap else None
            if not uri:
                raise self._error(_E_UNBOUND, s, pos)
            tag = '{%s}%s' % (uri, name[c + 1:])
        else:
            nsmap = self._nsmap
            uri = nsmap.get('') if nsmap else None
            tag = '{%s}%s' % (uri, name) if uri else name
        self._names[name] = tag
        return tag

    def _check_qname(self, name, s, pos):
        c = name.find(':')
        if c == 0:
            raise self._error(_E_INVALID, s, pos)
        rest = name[c + 1:]
        if not rest:
            raise self._error(_E_INVALID, s, pos + c + 1)
        d = rest.find(':')
        if d >= 0:
            raise self._error(_E_INVALID, s, pos + c + 1 + d)
        if _NAME_START_CHAR.match(rest) is None:
            raise self._error(_E_INVALID, s, pos + c + 1)

    def _start_general(self, s, m_or_pos, bad):
        if isinstance(m_or_pos, int):
            m = _STARTTAG.match(s, m_or_pos)
        else:
            m = m_or_pos
        tpos = m.start()
        name = m.group(1)
        empty = m.group(3)
        check = m.end() > bad
        pairs = []
        seen = set()
        for am in _ATTR.finditer(s, m.start(2), m.end(2)):
            aname = am.group(1)
            v = am.group(2)
            if v is None:
                v = am.group(3)
                vpos = am.start(3)
            else:
                vpos = am.start(2)
            if check:
                x = _ILLEGAL.search(v)
                if x is not None:
                    raise self._error(_E_INVALID, s, vpos + x.start())
            if aname in seen:
                raise self._error(_E_DUP_ATTR, s, am.start(1))
            seen.add(aname)
            if _ATTV_SPECIAL.search(v) is not None:
                v = self._attr_value(s, vpos, vpos + len(v), tpos)
            pairs.append((aname, v, am.start(1)))
        defs = self._attdefs
        if defs is not None and name in defs:
            for aname, (is_cdata, dflt) in defs[name].items():
                if aname in seen:
                    if not is_cdata:
                        for k in range(len(pairs)):
                            if pairs[k][0] == aname:
                                pairs[k] = (aname, ' '.join(pairs[k][1].split(' ')).strip(' ')
                                            if False else _collapse(pairs[k][1]), pairs[k][2])
                elif dflt is not None:
                    pairs.append((aname, dflt, tpos))
                    seen.add(aname)
        # namespace declarations
        decls = None
        for aname, v, apos in pairs:
            if aname[:5] == 'xmlns' and (len(aname) == 5 or aname[5] == ':'):
                if decls is None:
                    decls = []
                if len(aname) == 5:
                    prefix = ''
                    if v == _XML_NS or v == _XMLNS_NS:
                        raise self._error(_E_RES_URI, s, tpos)
                else:
                    prefix = aname[6:]
                    self._check_qname(aname, s, apos)
                    if prefix == 'xmlns':
                        raise self._error(_E_RES_XMLNS, s, tpos)
                    if prefix == 'xml':
                        if v != _XML_NS:
                            raise self._error(_E_RES_XML, s, tpos)
                    elif v == _XML_NS or v == _XMLNS_NS:
                        raise self._error(_E_RES_URI, s, tpos)
                    if v == '':
                        raise self._error(_E_UNDECLARING, s, tpos)
                decls.append((prefix, v))
        if decls is not None:
            old = self._nsmap
            new = dict(old) if old else {}
            for prefix, uri in decls:
                new[prefix] = uri
            self._nsrestore.append((len(self._stack), old, [p for p, u in decls]))
            self._nsmap = new
            self._names = {}
            attrib = {}
            for aname, v, apos in pairs:
                if aname[:5] == 'xmlns' and (len(aname) == 5 or aname[5] == ':'):
                    continue
                self._attr_key(attrib, aname, v, s, apos, tpos)
        else:
            attrib = {}
            for aname, v, apos in pairs:
                if ':' in aname:
                    self._attr_key(attrib, aname, v, s, apos, tpos)
                else:
                    attrib[aname] = v
        tag = self._names.get(name)
        if tag is None:
            tag = self._elem_tag(name, s, tpos)
        if decls is not None:
            h = self._h_start_ns
            ev = self._ev_start_ns
            for prefix, uri in decls:
                if h is not None:
                    r = h(prefix, uri)
                else:
                    r = (prefix or '', uri or '')
                if ev is not None:
                    self._ev_append((ev, r))
        self._stack.append(name)
        self._tags.append(tag)
        h = self._h_start
        if h is not None:
            r = h(tag, attrib)
            if self._ev_start is not None:
                self._ev_append((self._ev_start, r))
        if empty:
            self._end_elem()
        return m.end()

    def _attr_key(self, attrib, aname, v, s, apos, tpos):
        c = aname.find(':')
        if c >= 0:
            self._check_qname(aname, s, apos)
            prefix = aname[:c]
            if prefix == 'xml':
                uri = _XML_NS
            else:
                nsmap = self._nsmap
                uri = nsmap.get(prefix) if nsmap else None
            if not uri:
                raise self._error(_E_UNBOUND, s, tpos)
            key = '{%s}%s' % (uri, aname[c + 1:])
        else:
            key = aname
        if key in attrib:
            raise self._error(_E_DUP_ATTR, s, apos)
        attrib[key] = v

    def _end_elem(self):
        stack = self._stack
        stack.pop()
        tag = self._tags.pop()
        h = self._h_end
        if h is not None:
            r = h(tag)
            if self._ev_end is not None:
                self._ev_append((self._ev_end, r))
        rs = self._nsrestore
        if rs and rs[-1][0] == len(stack):
            entry = rs.pop()
            self._nsmap = entry[1]
            prefixes = entry[2]
            self._names = dict()
            h = self._h_end_ns
            ev = self._ev_end_ns
            for prefix in reversed(prefixes):
                r = h(prefix) if h is not None else None
                if ev is not None:
                    self._ev_append((ev, r))
        if not stack:
            self._state = 2

    # -- character data and references --------------------------------------------------------

    def _emit_split(self, text):
        h = self._h_data
        if '\n' not in text:
            h(text)
            return
        first = True
        for piece in text.split('\n'):
            if first:
                first = False
            else:
                h('\n')
            if piece:
                h(piece)

    def _emit(self, pieces):
        h = self._h_data
        if h is None or not pieces:
            return
        if self._tb:
            h(pieces[0] if len(pieces) == 1 else "".join(pieces))
        else:
            for p in pieces:
                if p:
                    self._emit_split(p)

    def _scan_ref(self, s, p, lim, final):
        # at '&': (kind, value, end) with kind 'c' (a character) or 'n' (an entity name);
        # None when the reference is cut by the end of the data
        q = p + 1
        if q >= lim:
            if lim < len(s):
                raise self._error(_E_INVALID, s, q)
            return None
        if s[q] == '#':
            q += 1
            if q >= lim:
                if lim < len(s):
                    raise self._error(_E_INVALID, s, q)
                return None
            if s[q] == 'x':
                q += 1
                e = _HEX.match(s, q, lim).end()
                base = 16
            else:
                e = _DEC.match(s, q, lim).end()
                base = 10
            if e >= lim:
                if lim < len(s):
                    raise self._error(_E_INVALID, s, e)
                return None
            if e == q or s[e] != ';':
                raise self._error(_E_INVALID, s, e)
            code = int(s[q:e], base)
            if not _valid_char(code):
                raise self._error(_E_BAD_CHARREF, s, p)
            return 'c', chr(code), e + 1
        m = _NAME.match(s, q, lim)
        if m is None:
            raise self._error(_E_INVALID, s, q)
        e = m.end()
        if e >= lim:
            if lim < len(s):
                raise self._error(_E_INVALID, s, e)
            return None
        if s[e] != ';':
            raise self._error(_E_INVALID, s, e)
        return 'n', m.group(), e + 1

    def _attr_value(self, s, a, b, tpos):
        out = []
        k = a
        while k < b:
            m = _ATTV_SPECIAL.search(s, k, b)
            if m is None:
                out.append(s[k:b])
                break
            p = m.start()
            if p > k:
                out.append(s[k:p])
            c = s[p]
            if c == '&':
                kind, val, k = self._scan_ref(s, p, b, True)
                if kind == 'c':
                    out.append(val)
                else:
                    out.append(self._attr_entity(val, s, tpos))
            elif c == '\r':
                out.append(' ')
                k = p + 2 if s.startswith('\r\n', p) else p + 1
            else:
                out.append(' ')
                k = p + 1
        return "".join(out)

    def _attr_entity(self, name, s, tpos):
        v = _PREDEFINED.get(name)
        if v is not None:
            return v
        ents = self._ents
        v = ents.get(name) if ents else None
        if v is None or v is _EXTERNAL:
            if self._ext_dtd and name in self.entity:
                return self.entity[name]
            raise self._error(_E_UNDEF_ENTITY, s, tpos)
        if '&' in v or '\t' in v or '\n' in v or '\r' in v:
            opened = self._open_ents
            if opened is None:
                opened = self._open_ents = set()
            if name in opened:
                raise self._error(_E_RECURSIVE, s, tpos)
            opened.add(name)
            try:
                v = self._attr_value(v, 0, len(v), 0) if '&' in v else \
                    v.replace('\r\n', ' ').replace('\r', ' ').replace('\n', ' ').replace('\t', ' ')
            finally:
                opened.discard(name)
        return v

    def _text(self, s, i, n, final):
        j = s.find('<', i)
        if j < 0:
            j = n
        pieces = []
        run = []
        k = i
        while True:
            m = _TEXT_SPECIAL.search(s, k, j)
            if m is None:
                if k < j:
                    run.append(s[k:j])
                k = j
                break
            p = m.start()
            if p > k:
                run.append(s[k:p])
            c = s[p]
            if c == '&':
                r = self._scan_ref(s, p, j, final)
                if r is None:
                    if final:
                        raise self._error(_E_UNCLOSED, s, p)
                    k = p
                    break
                kind, val, e = r
                if run:
                    pieces.append("".join(run))
                    run = []
                if kind == 'c':
                    pieces.append(val)
                else:
                    v = _PREDEFINED.get(val)
                    if v is not None:
                        pieces.append(v)
                    else:
                        self._emit(pieces)
                        pieces = []
                        self._content_entity(val, s, p)
                k = e
            elif c == '\r':
                if p + 1 < n:
                    run.append('\n')
                    k = p + 2 if s[p + 1] == '\n' else p + 1
                elif final:
                    run.append('\n')
                    k = p + 1
                else:
                    k = p
                    break
            elif c == ']':
                if s.startswith(']]>', p):
                    raise self._error(_E_INVALID, s, p + 2)
                if not final and j == n and n - p < 3 and ']]>'.startswith(s[p:n]):
                    k = p
                    break
                run.append(']')
                k = p + 1
            else:
                raise self._error(_E_INVALID, s, p)
        if run:
            pieces.append("".join(run))
        self._emit(pieces)
        if k == i:
            return -1
        return k

    def _content_entity(self, name, s, p):
        ents = self._ents
        v = ents.get(name) if ents else None
        if v is None or v is _EXTERNAL:
            if self._ext_dtd or v is _EXTERNAL:
                if name in self.entity:
                    self._emit([self.entity[name]])
                    return
                raise self._error(_E_UNDEF_ENTITY, s, p, "undefined entity &%s;" % name)
            raise self._error(_E_UNDEF_ENTITY, s, p)
        if '<' not in v and '&' not in v and '\r' not in v:
            self._emit([v])
            return
        opened = self._open_ents
        if opened is None:
            opened = self._open_ents = set()
        if name in opened:
            raise self._error(_E_RECURSIVE, s, p)
        opened.add(name)
        outer = self._ent_at
        if outer is None:
            self._ent_at = (s, p)
        depth = len(self._stack)
        try:
            self._loop(v, 0, True)
            if len(self._stack) != depth or self._state != 1:
                raise self._error(_E_ASYNC, s, p)
        finally:
            self._ent_at = outer
            opened.discard(name)

    # -- markup in content --------------------------------------------------------------------

    def _content_token(self, s, i, n, final, bad):
        if s[i] != '<':
            return self._text(s, i, n, final)
        if i + 1 >= n:
            return self._partial(s, i, final)
        c2 = s[i + 1]
        if c2 == '/':
            m = _ENDTAG.match(s, i)
            if m is None:
                return self._bad_endtag(s, i, n, final)
            stack = self._stack
            if self._ent_at is not None and len(stack) <= 0:
                raise self._error(_E_ASYNC, s, i)
            if stack[-1] != m.group(1):
                raise self._error(_E_MISMATCH, s, i + 2)
            self._end_elem()
            return m.end()
        if c2 == '!':
            if s.startswith('<!--', i):
                return self._comment(s, i, n, final)
            if s.startswith('<![CDATA[', i):
                return self._cdata(s, i, n, final)
            if not final and n - i < 9 and ('<!--'.startswith(s[i:]) or '<![CDATA['.startswith(s[i:])):
                return -1
            raise self._error(_E_INVALID, s, i + 2)
        if c2 == '?':
            return self._pi(s, i, n, final)
        m = _STARTTAG.match(s, i)
        if m is not None:
            return self._start_general(s, m, bad)
        return self._bad_starttag(s, i, n, final)

    def _skip_ws(self, s, k, n):
        if k < n and s[k] in ' \t\r\n':
            return _WSP.match(s, k).end()
        return k

    def _bad_starttag(self, s, i, n, final):
        # the start tag at i did not match: find where Expat reports the problem
        m = _NAME.match(s, i + 1)
        if m is None:
            if i + 1 >= n:
                return self._partial(s, i, final)
            raise self._error(_E_INVALID, s, i + 1)
        j = m.end()
        while True:
            k = self._skip_ws(s, j, n)
            if k >= n:
                return self._partial(s, i, final)
            c = s[k]
            if c == '/':
                if k + 1 >= n:
                    return self._partial(s, i, final)
                raise self._error(_E_INVALID, s, k + 1)
            if c == '>' or k == j:
                raise self._error(_E_INVALID, s, k)
            am = _NAME.match(s, k)
            if am is None:
                raise self._error(_E_INVALID, s, k)
            k = self._skip_ws(s, am.end(), n)
            if k >= n:
                return self._partial(s, i, final)
            if s[k] != '=':
                raise self._error(_E_INVALID, s, k)
            k = self._skip_ws(s, k + 1, n)
            if k >= n:
                return self._partial(s, i, final)
            q = s[k]
            if q != '"' and q != "'":
                raise self._error(_E_INVALID, s, k)
            e = s.find(q, k + 1)
            stop = n if e < 0 else e
            x = _ILLEGAL.search(s, k + 1, stop)
            lt = s.find('<', k + 1, stop)
            if x is not None and (lt < 0 or x.start() < lt):
                raise self._error(_E_INVALID, s, x.start())
            if lt >= 0:
                raise self._error(_E_INVALID, s, lt)
            amp = s.find('&', k + 1, stop)
            while amp >= 0:
                if self._scan_ref(s, amp, stop, final or e >= 0) is None:
                    return self._partial(s, i, final)
                amp = s.find('&', amp + 1, stop)
            if e < 0:
                return self._partial(s, i, final)
            j = e + 1

    def _bad_endtag(self, s, i, n, final):
        m = _NAME.match(s, i + 2)
        if m is None:
            if i + 2 >= n:
                return self._partial(s, i, final)
            raise self._error(_E_INVALID, s, i + 2)
        k = self._skip_ws(s, m.end(), n)
        if k >= n:
            return self._partial(s, i, final)
        raise self._error(_E_INVALID, s, k)

    def _comment(self, s, i, n, final):
        e = s.find('-->', i + 4)
        d = s.find('--', i + 4)
        if d >= 0 and d != e:
            if d + 2 < n:
                raise self._error(_E_INVALID, s, d + 2)
        if e < 0:
            x = _ILLEGAL.search(s, i + 4)
            if x is not None:
                raise self._error(_E_INVALID, s, x.start())
            return self._partial(s, i, final)
        x = _ILLEGAL.search(s, i + 4, e)
        if x is not None:
            raise self._error(_E_INVALID, s, x.start())
        text = _newlines(s[i + 4:e])
        h = self._h_comment
        if h is not None:
            r = h(text)
            if self._ev_comment is not None:
                self._ev_append((self._ev_comment, r))
        return e + 3

    def _cdata(self, s, i, n, final):
        e = s.find(']]>', i + 9)
        if e < 0:
            x = _ILLEGAL.search(s, i + 9)
            if x is not None:
                raise self._error(_E_INVALID, s, x.start())
            if final:
                raise self._error(_E_UNCLOSED_CDATA, s, n)
            return -1
        x = _ILLEGAL.search(s, i + 9, e)
        if x is not None:
            raise self._error(_E_INVALID, s, x.start())
        text = s[i + 9:e]
        if text:
            self._emit([_newlines(text)])
        return e + 3

    def _pi(self, s, i, n, final):
        m = _NAME.match(s, i + 2)
        if m is None:
            if i + 2 >= n:
                return self._partial(s, i, final)
            raise self._error(_E_INVALID, s, i + 2)
        target = m.group()
        e = m.end()
        if e >= n:
            return self._partial(s, i, final)
        if target.lower() == 'xml':
            if target == 'xml':
                raise self._error(_E_MISPLACED_PI, s, i)
            raise self._error(_E_INVALID, s, e)
        c = s[e]
        if c == '?':
            if e + 1 >= n:
                return self._partial(s, i, final)
            if s[e + 1] != '>':
                raise self._error(_E_INVALID, s, e + 1)
            data = ''
            end = e + 2
        elif c in ' \t\r\n':
            q = s.find('?>', e)
            x = _ILLEGAL.search(s, e, n if q < 0 else q)
            if x is not None:
                raise self._error(_E_INVALID, s, x.start())
            if q < 0:
                return self._partial(s, i, final)
            data = _newlines(s[self._skip_ws(s, e, n):q])
            end = q + 2
        else:
            raise self._error(_E_INVALID, s, e)
        h = self._h_pi
        if h is not None:
            r = h(target, data)
            if self._ev_pi is not None:
                self._ev_append((self._ev_pi, r))
        return end

    # -- before and after the root element ------------------------------------------------------

    def _prolog_token(self, s, i, n, final):
        if i == 0 and self._fresh and s.startswith('<?xml'):
            if n < 6:
                return -1 if not final else self._partial(s, i, final)
            c = s[5]
            if c in ' \t\r\n?':
                q = s.find('?>', 5)
                if q < 0:
                    return self._partial(s, i, final)
                self._xml_decl(s, 5, q)
                return q + 2
        c = s[i]
        if c in ' \t\r\n':
            return _WSP.match(s, i).end()
        if c == '<':
            if i + 1 >= n:
                return self._partial(s, i, final)
            c2 = s[i + 1]
            if c2 == '?':
                return self._pi(s, i, n, final)
            if c2 == '!':
                if s.startswith('<!--', i):
                    return self._comment(s, i, n, final)
                if s.startswith('<!DOCTYPE', i):
                    if self._doctype_seen:
                        raise self._error(_E_SYNTAX, s, i)
                    return self._doctype(s, i, n, final)
                if not final and n - i < 9 and ('<!DOCTYPE'.startswith(s[i:]) or '<!--'.startswith(s[i:])):
                    return -1
                raise self._error(_E_SYNTAX, s, i)
            if _NAME_START_CHAR.match(c2) is not None:
                self._state = 1
                return i
            raise self._error(_E_INVALID, s, i + 1)
        if c == '&' or _ILLEGAL.match(c) is not None:
            raise self._error(_E_INVALID, s, i)
        m = _NAME_RUN.match(s, i)
        if m is not None:
            e = m.end()
            if e >= n:
                if not final:
                    return -1
                raise self._error(_E_SYNTAX, s, i)
            if s[e] in ' \t\r\n':
                raise self._error(_E_SYNTAX, s, i)
            raise self._error(_E_INVALID, s, e)
        raise self._error(_E_SYNTAX, s, i)

    def _epilog_token(self, s, i, n, final):
        c = s[i]
        if c in ' \t\r\n':
            return _WSP.match(s, i).end()
        if c == '<':
            if i + 1 >= n:
                return self._partial(s, i, final)
            c2 = s[i + 1]
            if c2 == '?':
                if s.startswith('xml', i + 2) and i + 5 < n and s[i + 5] in ' \t\r\n?':
                    raise self._error(_E_JUNK, s, i)
                return self._pi(s, i, n, final)
            if c2 == '!':
                if s.startswith('<!--', i):
                    return self._comment(s, i, n, final)
                if not final and n - i < 4 and '<!--'.startswith(s[i:]):
                    return -1
                raise self._error(_E_JUNK, s, i)
            if _NAME_START_CHAR.match(c2) is not None:
                raise self._error(_E_JUNK, s, i)
            raise self._error(_E_INVALID, s, i + 1)
        if c == '&' or _ILLEGAL.match(c) is not None:
            raise self._error(_E_INVALID, s, i)
        raise self._error(_E_JUNK, s, i)

    def _xml_decl(self, s, a, q):
        k = a
        seen = 0
        while True:
            m = _DECL_ATTR.match(s, k, q)
            if m is None:
                break
            name = m.group(1)
            value = m.group(2)[1:-1]
            if name == 'version' and seen == 0:
                seen = 1
            elif name == 'encoding' and seen == 1:
                seen = 2
            elif name == 'standalone' and 1 <= seen <= 2 and value in ('yes', 'no'):
                seen = 3
            else:
                raise self._error(_E_XMLDECL, s, m.start(1))
            k = m.end()
        k2 = self._skip_ws(s, k, q)
        if seen == 0 or k2 < q:
            raise self._error(_E_XMLDECL, s, k2)

    # -- the document type declaration ---------------------------------------------------------

    def _doctype(self, s, i, n, final):
        actions = []
        try:
            end, name, pubid, system = self._scan_doctype(s, i, n, actions)
        except _NeedMore:
            if final:
                raise self._error(_E_NO_ELEMENTS, s, n)
            return -1
        self._doctype_seen = True
        if system is not None:
            self._ext_dtd = True
        h = self._h_doctype
        if h is not None:
            h(name, pubid, system)
        for act in actions:
            kind = act[0]
            if kind == 'entity':
                if self._ents is None:
                    self._ents = {}
                if act[1] not in self._ents:
                    self._ents[act[1]] = act[2]
            elif kind == 'pe':
                self._ext_dtd = True
            elif kind == 'att':
                if self._attdefs is None:
                    self._attdefs = {}
                d = self._attdefs.setdefault(act[1], {})
                if act[2] not in d:
                    d[act[2]] = (act[3], act[4])
            elif kind == 'comment':
                h = self._h_comment
                if h is not None:
                    r = h(act[1])
                    if self._ev_comment is not None:
                        self._ev_append((self._ev_comment, r))
            elif kind == 'pi':
                h = self._h_pi
                if h is not None:
                    r = h(act[1], act[2])
                    if self._ev_pi is not None:
                        self._ev_append((self._ev_pi, r))
        return end

    def _need(self, k, n):
        if k >= n:
            raise _NeedMore()

    def _req_ws(self, s, k, n):
        self._need(k, n)
        if s[k] not in ' \t\r\n':
            raise self._error(_E_SYNTAX, s, k)
        k = _WSP.match(s, k).end()
        self._need(k, n)
        return k

    def _dname(self, s, k, n):
        self._need(k, n)
        m = _NAME.match(s, k)
        if m is None:
            raise self._error(_E_SYNTAX, s, k)
        if m.end() >= n:
            raise _NeedMore()
        return m.group(), m.end()

    def _literal(self, s, k, n):
        self._need(k, n)
        q = s[k]
        if q != '"' and q != "'":
            raise self._error(_E_SYNTAX, s, k)
        e = s.find(q, k + 1)
        if e < 0:
            raise _NeedMore()
        return s[k + 1:e], e + 1

    def _keyword(self, s, k, n, word):
        if s.startswith(word, k):
            return True
        if n - k < len(word) and word.startswith(s[k:n]):
            raise _NeedMore()
        return False

    def _external_id(self, s, k, n):
        if self._keyword(s, k, n, 'SYSTEM'):
            k = self._req_ws(s, k + 6, n)
            system, k = self._literal(s, k, n)
            return None, system, k
        if self._keyword(s, k, n, 'PUBLIC'):
            k = self._req_ws(s, k + 6, n)
            pubid, k = self._literal(s, k, n)
            self._need(k, n)
            if s[k] not in ' \t\r\n':
                raise self._error(_E_SYNTAX, s, k)
            k = self._req_ws(s, k, n)
            system, k = self._literal(s, k, n)
            return pubid, system, k
        return None, None, k

    def _scan_doctype(self, s, i, n, actions):
        k = self._req_ws(s, i + 9, n)
        name, k = self._dname(s, k, n)
        k = self._skip_ws(s, k, n)
        self._need(k, n)
        pubid, system, k = self._external_id(s, k, n)
        k = self._skip_ws(s, k, n)
        self._need(k, n)
        if s[k] == '[':
            k = self._scan_subset(s, k + 1, n, actions)
            k = self._skip_ws(s, k, n)
            self._need(k, n)
        if s[k] != '>':
            raise self._error(_E_SYNTAX, s, k)
        return k + 1, name, pubid, system

    def _scan_subset(self, s, k, n, actions):
        while True:
            k = self._skip_ws(s, k, n)
            self._need(k, n)
            c = s[k]
            if c == ']':
                return k + 1
            if c == '%':
                pe, k = self._dname(s, k + 1, n)
                if s[k] != ';':
                    raise self._error(_E_SYNTAX, s, k)
                actions.append(('pe', pe))
                k += 1
            elif self._keyword(s, k, n, '<!--'):
                e = s.find('-->', k + 4)
                if e < 0:
                    raise _NeedMore()
                actions.append(('comment', _newlines(s[k + 4:e])))
                k = e + 3
            elif self._keyword(s, k, n, '<!ENTITY'):
                k = self._scan_entity(s, k + 8, n, actions)
            elif self._keyword(s, k, n, '<!ATTLIST'):
                k = self._scan_attlist(s, k + 9, n, actions)
            elif self._keyword(s, k, n, '<!ELEMENT') or self._keyword(s, k, n, '<!NOTATION'):
                k = self._skip_decl(s, k, n)
            elif self._keyword(s, k, n, '<?'):
                target, k2 = self._dname(s, k + 2, n)
                e = s.find('?>', k2)
                if e < 0:
                    raise _NeedMore()
                actions.append(('pi', target, _newlines(s[self._skip_ws(s, k2, n):e])))
                k = e + 2
            else:
                raise self._error(_E_SYNTAX, s, k)

    def _skip_decl(self, s, k, n):
        while True:
            self._need(k, n)
            c = s[k]
            if c == '>':
                return k + 1
            if c == '"' or c == "'":
                e = s.find(c, k + 1)
                if e < 0:
                    raise _NeedMore()
                k = e + 1
            else:
                k += 1

    def _scan_entity(self, s, k, n, actions):
        k = self._req_ws(s, k, n)
        pe = False
        if s[k] == '%':
            pe = True
            k = self._req_ws(s, k + 1, n)
        name, k = self._dname(s, k, n)
        k = self._req_ws(s, k, n)
        if s[k] == '"' or s[k] == "'":
            start = k + 1
            value, k = self._literal(s, k, n)
            value = self._entity_literal(value, s, start)
            kind_value = value
        else:
            pubid, system, k = self._external_id(s, k, n)
            if system is None:
                raise self._error(_E_SYNTAX, s, k)
            k = self._skip_ws(s, k, n)
            if self._keyword(s, k, n, 'NDATA'):
                k = self._req_ws(s, k + 5, n)
                nd, k = self._dname(s, k, n)
            kind_value = _EXTERNAL
        k = self._skip_ws(s, k, n)
        self._need(k, n)
        if s[k] != '>':
            raise self._error(_E_SYNTAX, s, k)
        if not pe:
            actions.append(('entity', name, kind_value))
        return k + 1

    def _entity_literal(self, value, s, start):
        # character references are replaced where the entity is declared
        if '&#' not in value:
            return value
        out = []
        k = 0
        n = len(value)
        while True:
            p = value.find('&#', k)
            if p < 0:
                out.append(value[k:])
                break
            out.append(value[k:p])
            r = self._scan_ref(value, p, n, True)
            out.append(r[1])
            k = r[2]
        return "".join(out)

    def _scan_attlist(self, s, k, n, actions):
        k = self._req_ws(s, k, n)
        ename, k = self._dname(s, k, n)
        while True:
            k0 = k
            k = self._skip_ws(s, k, n)
            self._need(k, n)
            if s[k] == '>':
                return k + 1
            if k == k0:
                raise self._error(_E_SYNTAX, s, k)
            aname, k = self._dname(s, k, n)
            k = self._req_ws(s, k, n)
            if s[k] == '(':
                e = s.find(')', k)
                if e < 0:
                    raise _NeedMore()
                atype = 'ENUM'
                k = e + 1
            else:
                atype, k = self._dname(s, k, n)
                if atype == 'NOTATION':
                    k = self._req_ws(s, k, n)
                    e = s.find(')', k)
                    if e < 0:
                        raise _NeedMore()
                    k = e + 1
            k = self._req_ws(s, k, n)
            dflt = None
            if s[k] == '#':
                word, k = self._dname(s, k + 1, n)
                if word == 'FIXED':
                    k = self._req_ws(s, k, n)
                    start = k + 1
                    raw, k = self._literal(s, k, n)
                    dflt = self._attr_value(raw, 0, len(raw), 0) if raw else raw
            else:
                raw, k = self._literal(s, k, n)
                dflt = self._attr_value(raw, 0, len(raw), 0) if raw else raw
            is_cdata = atype == 'CDATA'
            if dflt is not None and not is_cdata:
                dflt = _collapse(dflt)
            actions.append(('att', ename, aname, is_cdata, dflt))


def _collapse(value):
    return ' '.join([p for p in value.split(' ') if p])


# ---------------------------------------------------------------------------------------------
# pull parsing and the module-level parse functions

class XMLPullParser:
    def __init__(self, events=None, *, _parser=None):
        from collections import deque
        self._events_queue = deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ("end",)
        self._parser._setevents(self._events_queue, events)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.popleft()
            if isinstance(event, Exception):
                raise event
            yield event


class IterParseIterator:
    def __init__(self, source, pullparser):
        self.root = None
        self._gen = self._events(source, pullparser)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def _events(self, source, pullparser):
        close_source = False
        try:
            if not hasattr(source, "read"):
                source = open(source, "rb")
                close_source = True
            yield None
            while True:
                yield from pullparser.read_events()
                data = source.read(16 * 1024)
                if not data:
                    break
                pullparser.feed(data)
            root = pullparser._close_and_return_root()
            yield from pullparser.read_events()
            self.root = root
        finally:
            if close_source:
                source.close()


def iterparse(source, events=None, parser=None):
    pullparser = XMLPullParser(events=events, _parser=parser)
    it = IterParseIterator(source, pullparser)
    next(it)
    return it


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


# ---------------------------------------------------------------------------------------------
# Canonical XML (C14N 2.0): the common options; rewrite_prefixes and the qname-aware options are
# not supported

def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    if xml_data is None and from_file is None:
        raise ValueError("Either 'xml_data' or 'from_file' must be provided as input")
    sio = None
    if out is None:
        sio = out = _io.StringIO()
    parser = XMLParser(target=C14NWriterTarget(out.write, **options))
    if xml_data is not None:
        parser.feed(xml_data)
        parser.close()
    elif from_file is not None:
        parse(from_file, parser=parser)
    return sio.getvalue() if sio is not None else None


def _escape_cdata_c14n(text):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    if '\r' in text:
        text = text.replace('\r', '&#xD;')
    return text


def _escape_attrib_c14n(text):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '"' in text:
        text = text.replace('"', '&quot;')
    if '\t' in text:
        text = text.replace('\t', '&#x9;')
    if '\n' in text:
        text = text.replace('\n', '&#xA;')
    if '\r' in text:
        text = text.replace('\r', '&#xD;')
    return text


def _split_universal(name):
    if name[:1] == '{':
        k = name.rfind('}')
        return name[1:k], name[k + 1:]
    return '', name


class C14NWriterTarget:
    def __init__(self, write, *, with_comments=False, strip_text=False, rewrite_prefixes=False,
                 qname_aware_tags=None, qname_aware_attrs=None, exclude_attrs=None,
                 exclude_tags=None):
        if rewrite_prefixes or qname_aware_tags or qname_aware_attrs:
            raise NotImplementedError("rewrite_prefixes and the qname-aware options are not "
                                      "supported by Fora's C14NWriterTarget")
        self._write = write
        self._data = []
        self._with_comments = with_comments
        self._strip_text = strip_text
        self._exclude_attrs = set(exclude_attrs) if exclude_attrs else None
        self._exclude_tags = set(exclude_tags) if exclude_tags else None
        # namespaces declared in the input, (uri, prefix) per element, innermost last
        self._ns_stack = [list(_namespace_map.items()), []]
        # namespaces declared in the output
        self._declared_ns_stack = [[(_XML_NS, 'xml')]]
        self._ignored_depth = 0
        self._preserve_space = [False]
        self._root_seen = False
        self._root_done = False

    def _iter_namespaces(self, stack):
        for namespaces in reversed(stack):
            for item in namespaces:
                yield item

    def _resolve(self, qname):
        uri, tag = _split_universal(qname)
        seen = set()
        for u, prefix in self._iter_namespaces(self._declared_ns_stack):
            if u == uri and prefix not in seen:
                return (prefix + ':' + tag if prefix else tag), tag, uri
            seen.add(prefix)
        if not uri and '' not in seen:
            return tag, tag, uri
        for u, prefix in self._iter_namespaces(self._ns_stack):
            if u == uri:
                self._declared_ns_stack[-1].append((uri, prefix))
                return (prefix + ':' + tag if prefix else tag), tag, uri
        if not uri:
            return tag, tag, uri
        raise ValueError('Namespace "%s" is not declared in scope' % uri)

    def data(self, data):
        if not self._ignored_depth:
            self._data.append(data)

    def _flush(self):
        data = ''.join(self._data)
        del self._data[:]
        if self._strip_text and not self._preserve_space[-1]:
            data = data.strip()
        if data:
            self._write(_escape_cdata_c14n(data))

    def start_ns(self, prefix, uri):
        if self._ignored_depth:
            return
        if self._data:
            self._flush()
        self._ns_stack[-1].append((uri, prefix))

    def start(self, tag, attrs):
        if self._exclude_tags is not None and (self._ignored_depth or tag in self._exclude_tags):
            self._ignored_depth += 1
            return
        if self._data:
            self._flush()
        new_namespaces = []
        self._declared_ns_stack.append(new_namespaces)
        if self._exclude_attrs is not None and attrs:
            attrs = {k: v for k, v in attrs.items() if k not in self._exclude_attrs}
        names = [tag] + list(attrs)
        resolved = {}
        for name in sorted(names, key=_split_universal):
            resolved[name] = self._resolve(name)
        out = []
        if new_namespaces:
            decls = [('xmlns:' + prefix if prefix else 'xmlns', uri) for uri, prefix in new_namespaces]
            decls.sort()
            out.extend(decls)
        if attrs:
            for k, v in sorted(attrs.items()):
                qn, local, uri = resolved[k]
                out.append((qn if uri else local, v))
        space = attrs.get('{http://www.w3.org/XML/1998/namespace}space')
        self._preserve_space.append(space == 'preserve' if space else self._preserve_space[-1])
        write = self._write
        write('<' + resolved[tag][0])
        if out:
            write(''.join([' %s="%s"' % (k, _escape_attrib_c14n(v)) for k, v in out]))
        write('>')
        self._ns_stack.append([])
        self._root_seen = True

    def end(self, tag):
        if self._ignored_depth:
            self._ignored_depth -= 1
            return
        if self._data:
            self._flush()
        self._write('</%s>' % self._resolve(tag)[0])
        self._preserve_space.pop()
        self._root_done = len(self._preserve_space) == 1
        self._declared_ns_stack.pop()
        self._ns_stack.pop()

    def comment(self, text):
        if not self._with_comments or self._ignored_depth:
            return
        if self._root_done:
            self._write('\n')
        elif self._root_seen and self._data:
            self._flush()
        self._write('<!--%s-->' % _escape_cdata_c14n(text))
        if not self._root_seen:
            self._write('\n')

    def pi(self, target, data):
        if self._ignored_depth:
            return
        if self._root_done:
            self._write('\n')
        elif self._root_seen and self._data:
            self._flush()
        self._write('<?%s %s?>' % (target, _escape_cdata_c14n(data)) if data else '<?%s?>' % target)
        if not self._root_seen:
            self._write('\n')
