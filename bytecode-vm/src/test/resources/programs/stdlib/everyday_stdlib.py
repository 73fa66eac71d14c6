# the standard library as people use it: itertools, functools, collections, operator, string, re, json, math, statistics, heapq, bisect, formatting
import itertools, functools, collections, operator, string, re, json, math, statistics, heapq, bisect
from functools import singledispatch, lru_cache, reduce
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
show("groupby", lambda: [(k, len(list(g))) for k, g in itertools.groupby(sorted("mississippi"))])
show("product", lambda: list(itertools.product("ab", repeat=2)))
show("perm", lambda: list(itertools.permutations(range(3), 2)))
show("cwr", lambda: list(itertools.combinations_with_replacement("abc", 2)))
show("compress", lambda: list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
show("dropwhile", lambda: list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1, 5])))
show("takewhile", lambda: list(itertools.takewhile(lambda x: x < 3, [1, 2, 4, 1])))
show("filterfalse", lambda: list(itertools.filterfalse(None, [0, 1, "", "a"])))
show("starmap", lambda: list(itertools.starmap(pow, [(2, 3), (3, 2)])))
show("tee", lambda: [list(t) for t in itertools.tee([1, 2, 3], 2)])
show("count", lambda: list(itertools.islice(itertools.count(1.5, 0.5), 4)))
show("repeat", lambda: list(itertools.repeat("x", 3)))
show("batched?", lambda: hasattr(itertools, "batched"))
show("accumulate init", lambda: list(itertools.accumulate([1, 2, 3], initial=10)))
show("chain", lambda: list(itertools.chain("ab", [1], (2,))))
@singledispatch
def kind(x):
    return "obj"
@kind.register(int)
def _(x):
    return "int"
@kind.register(list)
def _(x):
    return "list"
show("singledispatch", lambda: [kind(1), kind([1]), kind("s"), kind(True)])
@lru_cache(maxsize=2)
def sq(x):
    return x * x
show("lru", lambda: ([sq(i % 3) for i in range(6)], sq.cache_info()))
show("partial", lambda: functools.partial(int, base=2)("101"))
show("cmp_to_key", lambda: sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
c = collections.Counter("abracadabra")
show("counter ops", lambda: (c + collections.Counter("aab"), c - collections.Counter("aaaaaaa"), c & collections.Counter("ab"), +c))
show("counter misc", lambda: (c.most_common(2), sorted(c.elements())[:5], c.total(), c["z"]))
d = collections.deque(range(5), maxlen=4)
d.rotate(1); d.appendleft(9)
show("deque", lambda: (d, d.maxlen, d.count(2), list(reversed(d))))
od = collections.OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); 
show("od", lambda: (od, od.popitem(last=False), list(od)))
Pt = collections.namedtuple("Pt", "x y z", defaults=[0])
show("nt", lambda: (Pt(1, 2), Pt._make([4, 5, 6]), Pt(1, 2)._replace(x=7), Pt._field_defaults))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
show("chainmap", lambda: (cm["a"], cm["b"], len(cm), dict(cm.new_child({"c": 4}))))
show("itemgetter", lambda: (operator.itemgetter(1, 0)([5, 6]), operator.attrgetter("real")(3), operator.methodcaller("upper")("a")))
show("template", lambda: string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
show("safe_sub", lambda: string.Template("$who $x").safe_substitute(who="a"))
show("formatter", lambda: string.Formatter().format("{0}-{x}", 1, x=2))
show("capwords", lambda: string.capwords("hello   world"))
show("re named", lambda: re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05").groupdict())
show("re finditer", lambda: [m.span() for m in re.finditer(r"a+", "caaabaa")])
show("re split groups", lambda: re.split(r"(,)", "a,b,c"))
show("re flags", lambda: re.findall(r"^\w", "ab\ncd", re.M | re.I))
show("re lookaround", lambda: re.findall(r"(?<=a)b(?!c)", "ab abc xb ab"))
show("re sub count", lambda: re.subn(r"\s+", "_", "a b  c", count=1))
show("json opts", lambda: json.dumps({"b": [1, 2], "a": None}, indent=1, separators=(",", ": "), sort_keys=True))
show("json default", lambda: json.dumps({"s": {1, 2}}, default=sorted))
show("json hook", lambda: json.loads('{"a": 1.5}', object_hook=lambda d: sorted(d.items()), parse_float=str))
show("json err", lambda: json.loads('{"a": }'))
show("math", lambda: (math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.gcd(12, 18, 24), math.lcm(4, 6, 10), math.dist((0, 0), (3, 4)), math.nextafter(1.0, 2.0), math.ulp(1.0)))
show("stats", lambda: (statistics.mode([1, 1, 2]), statistics.pstdev([1, 2, 3, 4]), statistics.harmonic_mean([1, 2, 4]), statistics.quantiles(range(1, 11), n=4), statistics.median_low([1, 2, 3, 4])))
show("heapq", lambda: (heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8], key=lambda v: -v), list(heapq.merge([1, 4], [2, 3]))))
show("bisect key", lambda: bisect.bisect_left([(1, "a"), (3, "b")], 2, key=lambda t: t[0]))
show("fmt", lambda: (format(1234.5678, ",.2f"), format(0.000123, ".2e"), format(255, "08b"), format("x", "^5"), format(-3.5, "+g"), f"{12345.678:_.1f}", f"{0.5:%}", format(1e21, "g"), f"{'a'!a}", "{:{w}.{p}f}".format(3.14159, w=8, p=2)))
show("round", lambda: (round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2), round(0.1 + 0.2, 15)))
show("floats", lambda: (repr(1e-7), repr(1.0e16), str(123456789012345678.0), float("nan") == float("nan"), 0.1 * 3, divmod(-7.5, 2), -7 // 2, 7 % -3, int("0x1f", 0), int("0b101", 0), float("-inf")))
