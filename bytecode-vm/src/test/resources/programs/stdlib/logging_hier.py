import io
import logging

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET, logging.WARN, logging.FATAL)
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(15), logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))

root = logging.getLogger()
print(root is logging.root, root.name, repr(root), logging.getLogger("root") is root, logging.getLogger("") is root)
a = logging.getLogger("app")
abc = logging.getLogger("app.b.c")
print(abc.parent is a, repr(abc))
ab = logging.getLogger("app.b")
print(abc.parent is ab, ab.parent is a, a.parent is root, logging.getLogger("app.b") is ab)
print(a.getChild("b") is ab, root.getChild("app") is a)
print(a.getEffectiveLevel(), abc.getEffectiveLevel())
a.setLevel(logging.INFO)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO), repr(abc))
ab.setLevel("DEBUG")
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG))
for bad in ("LOUD", 1.5):
    try:
        ab.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

s_root = io.StringIO()
s_app = io.StringIO()
h_root = logging.StreamHandler(s_root)
h_root.setFormatter(logging.Formatter("ROOT %(levelname)s:%(name)s:%(message)s"))
h_app = logging.StreamHandler(s_app)
h_app.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s %(levelno)d %(message)r"))
root.addHandler(h_root)
a.addHandler(h_app)
print(a.hasHandlers(), abc.hasHandlers(), logging.getLogger("other").hasHandlers())
abc.debug("debug %s", "one")
abc.info("info %d/%d", 1, 2)
ab.warning("warn %(x)s and %(y)05.1f", {"x": "ex", "y": 2.25})
a.error("error plain %s")
a.log(25, "notice level")
a.critical("crit")
a.warn("old-style warn")
a.fatal("fatal")
logging.getLogger("other").warning("to root only")
logging.getLogger("other").info("dropped (root is WARNING)")
a.propagate = False
abc.warning("not propagated to root")
a.propagate = True
print("root stream:")
print(s_root.getvalue(), end="")
print("app stream:")
print(s_app.getvalue(), end="")

# levels on handlers and filters
s = io.StringIO()
h = logging.StreamHandler(s)
h.setLevel(logging.ERROR)
h.setFormatter(logging.Formatter("%(name)s|%(message)s"))
x = logging.getLogger("filt")
x.propagate = False
x.addHandler(h)
x.setLevel(logging.DEBUG)
x.warning("below handler level")
x.error("passes")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1
f = OnlyOdd()
x.addFilter(f)
for i in range(4):
    x.error("n=%d", i)
x.removeFilter(f)
h.addFilter(logging.Filter("filt.sub"))
x.error("blocked by handler filter")
sub = logging.getLogger("filt.sub")
sub.error("from sub")
logging.getLogger("filt.subway").error("subway blocked")
h.filters.clear()
h.addFilter(lambda r: "secret" not in r.getMessage())
x.critical("a secret")
x.critical("public")
x.disabled = True
x.critical("disabled logger")
x.disabled = False
print(s.getvalue(), end="")
print(repr(h), repr(x), repr(logging.NullHandler()), repr(logging.StreamHandler()))
x.removeHandler(h)
print(x.handlers, x.hasHandlers())

# styles, defaults, extra
s = io.StringIO()
h = logging.StreamHandler(s)
lg = logging.getLogger("styles")
lg.propagate = False
lg.addHandler(h)
lg.setLevel(logging.DEBUG)
for fmt, style in [("{levelname}:{name}:{message!r:>12}", "{"), ("$levelname/${name}/$message $$", "$"),
                   ("%(levelname).1s %(name)s %(message)s %(user)s", "%")]:
    h.setFormatter(logging.Formatter(fmt, style=style, defaults={"user": "nobody"}))
    lg.info("hello %s", "world")
    lg.debug("with extra", extra={"user": "alice"})
h.setFormatter(logging.Formatter("%(threadName)s %(processName)s %(message)s"))
h.terminator = "|\n"
lg.info("names")
print(s.getvalue(), end="")
for fmt, style in [("plain", "%"), ("no fields", "{"), ("none", "$"), ("%(message)s", "#")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError", e)
try:
    lg.info("x", extra={"msg": 1})
except KeyError as e:
    print("KeyError", e)
r = logging.LogRecord("n", logging.INFO, "/p/mod.py", 7, "m %s %s", (1, 2), None)
print(r.getMessage(), r.levelname, r.filename, r.module, r.lineno, r.args, r.exc_info, r.name)
print(repr(r))
r2 = logging.makeLogRecord({"msg": "made %s", "args": ("x",), "levelno": 40, "name": "mk"})
print(r2.getMessage(), r2.levelno, r2.name)
print(logging.Formatter().format(logging.LogRecord("n", 10, "p", 1, "just %s", ("this",), None)))
print(logging.Formatter("%(message)s").format(logging.LogRecord("n", 10, "p", 1, {"a": 1}, None, None)))
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([r, r2]))
logging.disable(logging.ERROR)
print(lg.isEnabledFor(logging.ERROR), lg.isEnabledFor(logging.CRITICAL))
logging.disable(logging.NOTSET)
print(lg.isEnabledFor(logging.ERROR))
try:
    lg.log("INFO", "bad")
except TypeError as e:
    print("TypeError", e)
class MyHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
mh = MyHandler()
mh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
lg.addHandler(mh)
lg.info("to my handler %r", [1, 2])
print(mh.records)
try:
    logging.Handler().emit(r)
except NotImplementedError as e:
    print("NotImplementedError", e)
ad = logging.LoggerAdapter(lg, {"user": "bob"})
h.setFormatter(logging.Formatter("adapter %(user)s %(message)s"))
ad.info("via adapter")
print(s.getvalue().splitlines()[-1], repr(ad))
