"""ast: Python's abstract syntax trees, as CPython 3.11's ast module gives them.

The tree comes from Fora's own parser (the _ast module answers it as nested tuples); the node
classes, dump, walk, the visitors, literal_eval and the location helpers are written here.
"""

import _ast
from collections import deque as _deque

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(fields)} positional argument{'' if len(fields) == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


AST.__module__ = 'ast'

# Each line: a base class, then its node classes with their fields. A field ending in '?' is
# optional (None when left out), '*' a list; an '@' after the base means its nodes have positions.
_SPEC = """
mod: Module(body*, type_ignores*) Interactive(body*) Expression(body) FunctionType(argtypes*, returns)
stmt@: FunctionDef(name, args, body*, decorator_list*, returns?, type_comment?) \
 AsyncFunctionDef(name, args, body*, decorator_list*, returns?, type_comment?) \
 ClassDef(name, bases*, keywords*, body*, decorator_list*) Return(value?) Delete(targets*) \
 Assign(targets*, value, type_comment?) AugAssign(target, op, value) \
 AnnAssign(target, annotation, value?, simple) For(target, iter, body*, orelse*, type_comment?) \
 AsyncFor(target, iter, body*, orelse*, type_comment?) While(test, body*, orelse*) If(test, body*, orelse*) \
 With(items*, body*, type_comment?) AsyncWith(items*, body*, type_comment?) Match(subject, cases*) \
 Raise(exc?, cause?) Try(body*, handlers*, orelse*, finalbody*) TryStar(body*, handlers*, orelse*, finalbody*) \
 Assert(test, msg?) Import(names*) ImportFrom(module?, names*, level?) Global(names*) Nonlocal(names*) \
 Expr(value) Pass() Break() Continue()
expr@: BoolOp(op, values*) NamedExpr(target, value) BinOp(left, op, right) UnaryOp(op, operand) \
 Lambda(args, body) IfExp(test, body, orelse) Dict(keys*, values*) Set(elts*) ListComp(elt, generators*) \
 SetComp(elt, generators*) DictComp(key, value, generators*) GeneratorExp(elt, generators*) Await(value) \
 Yield(value?) YieldFrom(value) Compare(left, ops*, comparators*) Call(func, args*, keywords*) \
 FormattedValue(value, conversion, format_spec?) JoinedStr(values*) Constant(value, kind?) \
 Attribute(value, attr, ctx) Subscript(value, slice, ctx) Starred(value, ctx) Name(id, ctx) \
 List(elts*, ctx) Tuple(elts*, ctx) Slice(lower?, upper?, step?)
expr_context: Load() Store() Del()
boolop: And() Or()
operator: Add() Sub() Mult() MatMult() Div() Mod() Pow() LShift() RShift() BitOr() BitXor() BitAnd() FloorDiv()
unaryop: Invert() Not() UAdd() USub()
cmpop: Eq() NotEq() Lt() LtE() Gt() GtE() Is() IsNot() In() NotIn()
comprehension: =(target, iter, ifs*, is_async)
excepthandler@: ExceptHandler(type?, name?, body*)
arguments: =(posonlyargs*, args*, vararg?, kwonlyargs*, kw_defaults*, kwarg?, defaults*)
arg@: =(arg, annotation?, type_comment?)
keyword@: =(arg?, value)
alias@: =(name, asname?)
withitem: =(context_expr, optional_vars?)
match_case: =(pattern, guard?, body*)
pattern@: MatchValue(value) MatchSingleton(value) MatchSequence(patterns*) MatchMapping(keys*, patterns*, rest?) \
 MatchClass(cls, patterns*, kwd_attrs*, kwd_patterns*) MatchStar(name?) MatchAs(pattern?, name?) MatchOr(patterns*)
type_ignore: TypeIgnore(lineno, tag)
"""

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def _fields_of(text):
    names = [f.strip() for f in text.split(',') if f.strip()]
    return tuple(n.rstrip('?*') for n in names), [n[:-1] for n in names if n.endswith('?')]


def _make_class(name, base, fields, optional, attributes):
    ns = {'_fields': fields, '__match_args__': fields, '__module__': 'ast'}
    if attributes:
        ns['_attributes'] = attributes
    for f in optional:
        ns[f] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _build():
    for line in _SPEC.replace('\\\n', ' ').strip().splitlines():
        head, _, rest = line.partition(':')
        positioned = head.endswith('@')
        base_name = head.rstrip('@')
        attributes = _POSITIONS if positioned else ()
        rest = rest.strip()
        if rest.startswith('='):
            fields, optional = _fields_of(rest[2:-1])
            cls = _make_class(base_name, AST, fields, optional, attributes)
            if positioned:
                cls.end_lineno = None
                cls.end_col_offset = None
            continue
        base = _make_class(base_name, AST, (), [], attributes)
        if positioned:
            base.end_lineno = None
            base.end_col_offset = None
        for part in rest.split(')'):
            part = part.strip()
            if not part:
                continue
            name, _, inner = part.partition('(')
            fields, optional = _fields_of(inner)
            _make_class(name.strip(), base, fields, optional, attributes)


_build()


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Unused in Python 3.9+."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _c in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _c.__module__ = 'ast'


# The old node classes of constants (deprecated since 3.8): calling one makes a Constant, and a
# Constant whose value has the right type counts as an instance of it.
class _ConstantKind(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _KINDS.get(cls)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        if not hasattr(inst, 'value'):
            return False
        value = inst.value
        return isinstance(value, kinds) and not (cls is Num and isinstance(value, bool))


def _make_constant(cls, *args, **kwargs):
    if cls in _KINDS:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls)


class Num(Constant, metaclass=_ConstantKind):
    """Deprecated AST node class. Use ast.Constant instead"""
    _fields = ('n',)
    __new__ = _make_constant


class Str(Constant, metaclass=_ConstantKind):
    """Deprecated AST node class. Use ast.Constant instead"""
    _fields = ('s',)
    __new__ = _make_constant


class Bytes(Constant, metaclass=_ConstantKind):
    """Deprecated AST node class. Use ast.Constant instead"""
    _fields = ('s',)
    __new__ = _make_constant


class NameConstant(Constant, metaclass=_ConstantKind):
    """Deprecated AST node class. Use ast.Constant instead"""
    __new__ = _make_constant


class Ellipsis(Constant, metaclass=_ConstantKind):
    """Deprecated AST node class. Use ast.Constant instead"""
    _fields = ()

    def __new__(cls, *args, **kwargs):
        return Constant(..., *args, **kwargs) if cls is Ellipsis else Constant.__new__(cls)


for _c in (Num, Str, Bytes, NameConstant, Ellipsis):
    _c.__module__ = 'ast'

_KINDS = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
          NameConstant: (type(None), bool), Ellipsis: (type(...),)}

# A parsed tree shares one instance of each context and operator, as CPython's does.
_SHARED = {}


def _node(t):
    name = t[0]
    if len(t) == 1:
        node = _SHARED.get(name)
        if node is None:
            node = _SHARED[name] = globals()[name]()
        return node
    cls = globals()[name]
    node = cls.__new__(cls)
    for field, value in zip(cls._fields, t[2:]):
        setattr(node, field, _value(value))
    pos = t[1]
    if pos is not None:
        node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = pos
    return node


def _value(v):
    if type(v) is tuple and v and type(v[0]) is str and (len(v) == 1 or v[1] is None or type(v[1]) is tuple):
        return _node(v)
    if type(v) is list:
        return [_value(x) for x in v]
    return v


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """The tree of source (a str or bytes): a Module ('exec'), Expression ('eval') or Interactive ('single')."""
    if isinstance(source, AST):
        return source
    if not isinstance(source, (str, bytes, bytearray)):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if mode == 'func_type':
        raise ValueError("Fora's ast does not parse function type comments")
    return _node(_ast.parse(source, str(filename), mode))


def literal_eval(node_or_string):
    """The value of a literal written as a string or a node: numbers, strings, bytes, tuples, lists,
    dicts, sets, True, False, None and Ellipsis (and a complex number as a sum); anything else is a
    ValueError."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = "malformed node or string"
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(convert(e) for e in node.elts)
        if isinstance(node, List):
            return [convert(e) for e in node.elts]
        if isinstance(node, Set):
            return {convert(e) for e in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip([convert(k) for k in node.keys], [convert(v) for v in node.values]))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as text, as CPython writes it: field names unless annotate_fields is false,
    positions with include_attributes, one node per line under indent (spaces or a string)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(value, level):
        # answers (text, simple): simple when the value needs no line of its own
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = annotate_fields
            for name in value._fields:
                if not hasattr(value, name):
                    named = True
                    continue
                v = getattr(value, name)
                if v is None and getattr(cls, name, ...) is None:
                    named = True
                    continue
                text, s = fmt(v, level)
                simple = simple and s
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    if not hasattr(value, name):
                        continue
                    v = getattr(value, name)
                    if v is None and getattr(cls, name, ...) is None:
                        continue
                    text, s = fmt(v, level)
                    simple = simple and s
                    parts.append(f'{name}={text}')
            if simple and len(parts) <= 3:
                return f"{cls.__name__}({', '.join(parts)})", not parts
            return f'{cls.__name__}({prefix}{sep.join(parts)})', False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + prefix + sep.join(fmt(x, level)[0] for x in value) + ']', False
        return repr(value), True

    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copies the source positions of old_node to new_node (where both have them); answers new_node."""
    for name in _POSITIONS:
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        value = getattr(old_node, name, None)
        # the end positions are optional: a None there is copied too
        if value is not None or (name.startswith('end_') and hasattr(old_node, name)):
            setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node under node that lacks a position its parent's; answers node."""
    def fill(node, inherited):
        own = []
        for name, parent_value in zip(_POSITIONS, inherited):
            if name not in node._attributes:
                own.append(parent_value)
                continue
            value = getattr(node, name, None)
            missing = value is None if name.startswith('end_') else not hasattr(node, name)
            if missing:
                setattr(node, name, parent_value)
                own.append(parent_value)
            else:
                own.append(value)
        for child in iter_child_nodes(node):
            fill(child, own)
    fill(node, [1, 0, 1, 0])
    return node


def increment_lineno(node, n=1):
    """Moves node and every node under it n lines down; answers node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            # its line number is a field, not a position
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """(name, value) for each of node's fields that it has."""
    for name in node._fields:
        if hasattr(node, name):
            yield name, getattr(node, name)


def iter_child_nodes(node):
    """The nodes directly under node: fields that are nodes, and the nodes in fields that are lists."""
    for _, value in iter_fields(node):
        if isinstance(value, list):
            yield from (item for item in value if isinstance(item, AST))
        elif isinstance(value, AST):
            yield value


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None; cleaned as inspect.cleandoc does unless clean is false."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    first = node.body[0] if node.body else None
    if not isinstance(first, Expr) or not isinstance(first.value, Constant) or not isinstance(first.value.value, str):
        return None
    text = first.value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _source_lines(source):
    # lines with their ends; only \r, \n and \r\n end one (not form feeds)
    lines, start, i, n = [], 0, 0, len(source)
    while i < n:
        c = source[i]
        i += 1
        if c == '\r' and i < n and source[i] == '\n':
            i += 1
        if c in '\r\n':
            lines.append(source[start:i])
            start = i
    if start < n:
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of source that node was parsed from, or None when node lacks a position.
    With padded, the first line keeps its indentation (as spaces, tabs and form feeds kept)."""
    try:
        first, last = node.lineno - 1, node.end_lineno - 1
        start, end = node.col_offset, node.end_col_offset
    except (AttributeError, TypeError):
        return None
    if end is None:
        return None
    lines = _source_lines(source)
    if first == last:
        return lines[first].encode()[start:end].decode()
    head = lines[first].encode()
    pad = ''
    if padded:
        pad = ''.join(c if c in '\f\t' else ' ' for c in head[:start].decode())
    middle = lines[first + 1:last]
    return ''.join([pad + head[start:].decode()] + middle + [lines[last].encode()[:end].decode()])


def walk(node):
    """node and every node under it, breadth first."""
    todo = _deque([node])
    while todo:
        current = todo.popleft()
        todo.extend(iter_child_nodes(current))
        yield current


class NodeVisitor(object):
    """Walks a tree: visit(node) calls self.visit_<ClassName>(node) when there is one, else
    generic_visit(node), which visits the node's children."""

    def visit(self, node):
        return getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)(node)

    def generic_visit(self, node):
        for child in iter_child_nodes(node):
            self.visit(child)

    def visit_Constant(self, node):
        # a visitor written for the old constant classes (visit_Num...) still gets its calls
        old = None
        for kind, name in _OLD_VISITS:
            if isinstance(node.value, kind):
                old = getattr(self, 'visit_' + name, None)
                if old is not None:
                    import warnings
                    warnings.warn(f"visit_{name} is deprecated; add visit_Constant", DeprecationWarning, 2)
                break
        return old(node) if old is not None else self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods answer what replaces the node they visited: the node
    itself, another node, None to remove it, or (in a list) a list of nodes to put in its place."""

    def generic_visit(self, node):
        for name, value in list(iter_fields(node)):
            if isinstance(value, list):
                kept = []
                for item in value:
                    if not isinstance(item, AST):
                        kept.append(item)
                        continue
                    new = self.visit(item)
                    if new is None:
                        continue
                    if isinstance(new, AST):
                        kept.append(new)
                    else:
                        kept.extend(new)
                value[:] = kept
            elif isinstance(value, AST):
                new = self.visit(value)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


_OLD_VISITS = ((bool, 'NameConstant'), (type(None), 'NameConstant'), ((int, float, complex), 'Num'),
               (str, 'Str'), (bytes, 'Bytes'), (type(...), 'Ellipsis'))


# ---- unparse: source text for a tree, as CPython's ast.unparse writes it ----

# binding strength of the expression forms, weakest first (| shares a level with the expression level)
_NAMED, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _BOR, _BXOR, _BAND, _SHIFT, _ARITH, _TERM, \
    _FACTOR, _POWER, _AWAIT, _ATOM = range(18)

_BINOPS = {'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM), 'MatMult': ('@', _TERM),
           'Div': ('/', _TERM), 'Mod': ('%', _TERM), 'FloorDiv': ('//', _TERM), 'Pow': ('**', _POWER),
           'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT), 'BitOr': ('|', _BOR),
           'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND)}
_UNARY = {'Invert': ('~', _FACTOR), 'Not': ('not ', _NOT), 'UAdd': ('+', _FACTOR), 'USub': ('-', _FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
           'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}


class _Unparser:
    def __init__(self):
        self.out = []
        self.level = 0

    # -- output helpers
    def write(self, *texts):
        self.out.extend(texts)

    def newline_unless_first(self):
        if self.out:
            self.write('\n')

    def fill(self, text=''):
        self.newline_unless_first()
        self.write('    ' * self.level + text)

    def block(self, body):
        self.write(':')
        self.level += 1
        for s in body:
            self.stmt(s)
        self.level -= 1

    def body_with_docstring(self, body):
        if body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant) \
                and isinstance(body[0].value.value, str):
            self.write(':')
            self.level += 1
            self.fill()
            self.docstring(body[0].value.value)
            for s in body[1:]:
                self.stmt(s)
            self.level -= 1
        else:
            self.block(body)

    def docstring(self, text):
        escaped = text.replace('\\', '\\\\')
        if '"""' not in escaped and not escaped.endswith('"'):
            self.write('"""', escaped, '"""')
        elif "'''" not in escaped and not escaped.endswith("'"):
            self.write("'''", escaped, "'''")
        else:
            self.write(repr(text))

    def commas(self, items, each):
        for i, item in enumerate(items):
            if i:
                self.write(', ')
            each(item)

    # -- expressions: expr(node, level) writes node, in brackets when it binds less than level
    def expr(self, node, level=_TEST):
        getattr(self, 'x_' + type(node).__name__)(node, level)

    def bracketed(self, needed, inner):
        if needed:
            self.write('(')
        inner()
        if needed:
            self.write(')')

    def x_Name(self, node, level):
        self.write(node.id)

    def x_Constant(self, node, level):
        self.write(self.constant(node.value))

    def constant(self, value):
        if value is ...:
            return '...'
        if isinstance(value, float) and value in (float('inf'), float('-inf')):
            return repr(value).replace('inf', '1e309')
        if isinstance(value, complex):
            return repr(value).replace('inf', '1e309')
        if isinstance(value, tuple):
            inner = ', '.join(self.constant(v) for v in value)
            return '(' + inner + (',)' if len(value) == 1 else ')')
        return repr(value)

    def x_BinOp(self, node, level):
        symbol, mine = _BINOPS[type(node.op).__name__]
        left, right = (mine + 1, mine) if mine == _POWER else (mine, mine + 1)

        def inner():
            self.expr(node.left, left)
            self.write(' ', symbol, ' ')
            self.expr(node.right, right)
        self.bracketed(level > mine, inner)

    def x_UnaryOp(self, node, level):
        symbol, mine = _UNARY[type(node.op).__name__]

        def inner():
            self.write(symbol)
            self.expr(node.operand, mine)
        self.bracketed(level > mine, inner)

    def x_BoolOp(self, node, level):
        mine = _AND if isinstance(node.op, And) else _OR
        word = ' and ' if mine == _AND else ' or '

        def inner():
            # CPython binds each operand one level tighter than the one before it
            operand_level = mine
            for i, value in enumerate(node.values):
                if i:
                    self.write(word)
                operand_level = min(operand_level + 1, _ATOM)
                self.expr(value, operand_level)
        self.bracketed(level > mine, inner)

    def x_Compare(self, node, level):
        def inner():
            self.expr(node.left, _CMP + 1)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ', _CMPOPS[type(op).__name__], ' ')
                self.expr(right, _CMP + 1)
        self.bracketed(level > _CMP, inner)

    def x_NamedExpr(self, node, level):
        def inner():
            self.expr(node.target, _ATOM)
            self.write(' := ')
            self.expr(node.value, _ATOM)
        self.bracketed(level > _NAMED, inner)

    def x_IfExp(self, node, level):
        def inner():
            self.expr(node.body, _TEST + 1)
            self.write(' if ')
            self.expr(node.test, _TEST + 1)
            self.write(' else ')
            self.expr(node.orelse, _TEST)
        self.bracketed(level > _TEST, inner)

    def x_Lambda(self, node, level):
        def inner():
            self.write('lambda')
            text = _Unparser()
            text.arguments(node.args)
            if text.out:
                self.write(' ', ''.join(text.out))
            self.write(': ')
            self.expr(node.body, _TEST)
        self.bracketed(level > _TEST, inner)

    def x_Await(self, node, level):
        def inner():
            self.write('await')
            if node.value:
                self.write(' ')
                self.expr(node.value, _ATOM)
        self.bracketed(level > _AWAIT, inner)

    def x_Yield(self, node, level):
        def inner():
            self.write('yield')
            if node.value:
                self.write(' ')
                self.expr(node.value, _ATOM)
        self.bracketed(level > _YIELD, inner)

    def x_YieldFrom(self, node, level):
        def inner():
            self.write('yield from ')
            self.expr(node.value, _ATOM)
        self.bracketed(level > _YIELD, inner)

    def x_Call(self, node, level):
        self.expr(node.func, _ATOM)
        self.write('(')
        self.commas(list(node.args) + list(node.keywords), self.argument)
        self.write(')')

    def argument(self, node):
        if isinstance(node, keyword):
            if node.arg is None:
                self.write('**')
            else:
                self.write(node.arg, '=')
            self.expr(node.value)
        else:
            self.expr(node)

    def x_Attribute(self, node, level):
        self.expr(node.value, _ATOM)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.', node.attr)

    def x_Subscript(self, node, level):
        self.expr(node.value, _ATOM)
        self.write('[')
        s = node.slice
        if isinstance(s, Tuple) and s.elts:
            self.items(s.elts)
        else:
            self.expr(s)
        self.write(']')

    def x_Slice(self, node, level):
        if node.lower:
            self.expr(node.lower)
        self.write(':')
        if node.upper:
            self.expr(node.upper)
        if node.step:
            self.write(':')
            self.expr(node.step)

    def x_Starred(self, node, level):
        self.write('*')
        self.expr(node.value, _BOR)

    def items(self, elts):
        if len(elts) == 1:
            self.expr(elts[0])
            self.write(',')
        else:
            self.commas(elts, self.expr)

    def x_Tuple(self, node, level):
        self.bracketed(not node.elts or level > _TUPLE, lambda: self.items(node.elts))

    def x_List(self, node, level):
        self.write('[')
        self.commas(node.elts, self.expr)
        self.write(']')

    def x_Set(self, node, level):
        if not node.elts:
            self.write('{*()}')
            return
        self.write('{')
        self.commas(node.elts, self.expr)
        self.write('}')

    def x_Dict(self, node, level):
        def entry(pair):
            k, v = pair
            if k is None:
                self.write('**')
                self.expr(v, _BOR)
            else:
                self.expr(k)
                self.write(': ')
                self.expr(v)
        self.write('{')
        self.commas(list(zip(node.keys, node.values)), entry)
        self.write('}')

    def generators(self, gens):
        for g in gens:
            self.write(' async for ' if g.is_async else ' for ')
            self.expr(g.target, _TUPLE)
            self.write(' in ')
            self.expr(g.iter, _TEST + 1)
            for cond in g.ifs:
                self.write(' if ')
                self.expr(cond, _TEST + 1)

    def x_ListComp(self, node, level):
        self.write('[')
        self.expr(node.elt)
        self.generators(node.generators)
        self.write(']')

    def x_SetComp(self, node, level):
        self.write('{')
        self.expr(node.elt)
        self.generators(node.generators)
        self.write('}')

    def x_GeneratorExp(self, node, level):
        self.write('(')
        self.expr(node.elt)
        self.generators(node.generators)
        self.write(')')

    def x_DictComp(self, node, level):
        self.write('{')
        self.expr(node.key)
        self.write(': ')
        self.expr(node.value)
        self.generators(node.generators)
        self.write('}')

    def fstring_body(self, node):
        parts = []
        for value in node.values:
            if isinstance(value, Constant):
                parts.append(value.value.replace('{', '{{').replace('}', '}}'))
            elif isinstance(value, FormattedValue):
                inner = _Unparser()
                inner.expr(value.value, _TEST + 1)
                text = ''.join(inner.out)
                field = '{' + (' ' if text.startswith('{') else '') + text
                if value.conversion != -1:
                    field += '!' + chr(value.conversion)
                if value.format_spec is not None:
                    field += ':' + self.fstring_body(value.format_spec)
                parts.append(field + '}')
        return ''.join(parts)

    def x_JoinedStr(self, node, level):
        self.write('f' + repr(self.fstring_body(node)))

    def x_FormattedValue(self, node, level):
        self.write('f' + repr(self.fstring_body(JoinedStr([node]))))

    # -- arguments
    def arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.expr(node.annotation)

    def arguments(self, node):
        first = True

        def comma():
            nonlocal first
            if not first:
                self.write(', ')
            first = False
        positional = list(node.posonlyargs) + list(node.args)
        defaults = [None] * (len(positional) - len(node.defaults)) + list(node.defaults)
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            comma()
            self.arg(a)
            if d:
                self.write('=')
                self.expr(d)
            if i == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            comma()
            self.write('*')
            if node.vararg:
                self.arg(node.vararg)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            comma()
            self.arg(a)
            if d:
                self.write('=')
                self.expr(d)
        if node.kwarg:
            comma()
            self.write('**')
            self.arg(node.kwarg)

    # -- statements
    def stmt(self, node):
        getattr(self, 's_' + type(node).__name__)(node)

    def s_Expr(self, node):
        self.fill()
        self.expr(node.value, _YIELD)

    def s_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.expr(target, _TUPLE)
            self.write(' = ')
        self.expr(node.value)

    def s_AugAssign(self, node):
        self.fill()
        self.expr(node.target)
        self.write(' ', _BINOPS[type(node.op).__name__][0], '= ')
        self.expr(node.value)

    def s_AnnAssign(self, node):
        self.fill()
        self.bracketed(not node.simple and isinstance(node.target, Name), lambda: self.expr(node.target))
        self.write(': ')
        self.expr(node.annotation)
        if node.value:
            self.write(' = ')
            self.expr(node.value)

    def s_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.expr(node.value)

    def s_Pass(self, node):
        self.fill('pass')

    def s_Break(self, node):
        self.fill('break')

    def s_Continue(self, node):
        self.fill('continue')

    def s_Delete(self, node):
        self.fill('del ')
        self.commas(node.targets, self.expr)

    def s_Assert(self, node):
        self.fill('assert ')
        self.expr(node.test)
        if node.msg:
            self.write(', ')
            self.expr(node.msg)

    def s_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def s_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ', node.asname)

    def s_Import(self, node):
        self.fill('import ')
        self.commas(node.names, self.alias)

    def s_ImportFrom(self, node):
        self.fill('from ' + '.' * (node.level or 0) + (node.module or '') + ' import ')
        self.commas(node.names, self.alias)

    def s_Raise(self, node):
        self.fill('raise')
        if node.exc:
            self.write(' ')
            self.expr(node.exc)
            if node.cause:
                self.write(' from ')
                self.expr(node.cause)

    def s_If(self, node):
        self.fill('if ')
        self.expr(node.test)
        self.block(node.body)
        while len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.expr(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def loop_else(self, node):
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def s_For(self, node, word='for '):
        self.fill(word)
        self.expr(node.target, _TUPLE)
        self.write(' in ')
        self.expr(node.iter)
        self.block(node.body)
        self.loop_else(node)

    def s_AsyncFor(self, node):
        self.s_For(node, 'async for ')

    def s_While(self, node):
        self.fill('while ')
        self.expr(node.test)
        self.block(node.body)
        self.loop_else(node)

    def withitem(self, node):
        self.expr(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.expr(node.optional_vars)

    def s_With(self, node, word='with '):
        self.fill(word)
        self.commas(node.items, self.withitem)
        self.block(node.body)

    def s_AsyncWith(self, node):
        self.s_With(node, 'async with ')

    def s_Try(self, node, star=''):
        self.fill('try')
        self.block(node.body)
        for h in node.handlers:
            self.fill('except' + star)
            if h.type:
                self.write(' ')
                self.expr(h.type)
            if h.name:
                self.write(' as ', h.name)
            self.block(h.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def s_TryStar(self, node):
        self.s_Try(node, '*')

    def decorators(self, node):
        self.newline_unless_first()
        for d in node.decorator_list:
            self.fill('@')
            self.expr(d)

    def s_FunctionDef(self, node, word='def '):
        self.decorators(node)
        self.fill(word + node.name + '(')
        self.arguments(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.expr(node.returns)
        self.body_with_docstring(node.body)

    def s_AsyncFunctionDef(self, node):
        self.s_FunctionDef(node, 'async def ')

    def s_ClassDef(self, node):
        self.decorators(node)
        self.fill('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.commas(list(node.bases) + list(node.keywords), self.argument)
            self.write(')')
        self.body_with_docstring(node.body)

    def s_Match(self, node):
        self.fill('match ')
        self.expr(node.subject)
        self.write(':')
        self.level += 1
        for case in node.cases:
            self.fill('case ')
            self.pattern(case.pattern)
            if case.guard:
                self.write(' if ')
                self.expr(case.guard)
            self.block(case.body)
        self.level -= 1

    def pattern(self, node, level=_TEST):
        kind = type(node).__name__
        if kind == 'MatchValue':
            self.expr(node.value)
        elif kind == 'MatchSingleton':
            self.write(repr(node.value))
        elif kind == 'MatchSequence':
            self.write('[')
            self.commas(node.patterns, self.pattern)
            self.write(']')
        elif kind == 'MatchStar':
            self.write('*' + (node.name or '_'))
        elif kind == 'MatchMapping':
            self.write('{')
            entries = [('k', k, p) for k, p in zip(node.keys, node.patterns)]
            if node.rest:
                entries.append(('rest', None, node.rest))

            def entry(e):
                if e[0] == 'rest':
                    self.write('**' + e[2])
                else:
                    self.expr(e[1])
                    self.write(': ')
                    self.pattern(e[2])
            self.commas(entries, entry)
            self.write('}')
        elif kind == 'MatchClass':
            self.expr(node.cls, _ATOM)
            self.write('(')
            parts = [('p', p) for p in node.patterns] + list(zip(node.kwd_attrs, node.kwd_patterns))

            positional = len(node.patterns)

            def part(i):
                name, p = parts[i]
                if i >= positional:
                    self.write(name + '=')
                self.pattern(p)
            self.commas(range(len(parts)), part)
            self.write(')')
        elif kind == 'MatchAs':
            if node.pattern is None:
                self.write(node.name or '_')
            else:
                def inner():
                    self.pattern(node.pattern, _BOR)
                    self.write(' as ' + node.name)
                self.bracketed(level > _TEST, inner)
        elif kind == 'MatchOr':
            def inner():
                for i, p in enumerate(node.patterns):
                    if i:
                        self.write(' | ')
                    self.pattern(p, _BOR + 1)
            self.bracketed(level > _BOR, inner)

    def s_Module(self, node):
        body = node.body
        if body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant) \
                and isinstance(body[0].value.value, str):
            self.fill()
            self.docstring(body[0].value.value)
            body = body[1:]
        for s in body:
            self.stmt(s)

    def s_Interactive(self, node):
        for s in node.body:
            self.stmt(s)

    def s_Expression(self, node):
        self.expr(node.body)


def unparse(ast_obj):
    """Python source for the tree ast_obj, as CPython's ast.unparse writes it."""
    u = _Unparser()
    kind = type(ast_obj).__name__
    if isinstance(ast_obj, (mod, stmt)):
        u.stmt(ast_obj)
    elif isinstance(ast_obj, expr):
        u.expr(ast_obj)
    elif kind == 'arguments':
        u.arguments(ast_obj)
    elif isinstance(ast_obj, pattern):
        u.pattern(ast_obj)
    else:
        getattr(u, kind)(ast_obj)
    return ''.join(u.out)
