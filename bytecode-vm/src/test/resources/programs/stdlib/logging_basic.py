import sys
import io
import logging

# module-level call before configuration: root gets a stderr handler (not shown)
logging.warning("goes to stderr via basicConfig()")
print(len(logging.root.handlers), repr(logging.root.handlers[0]))
logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)   # no effect: root has handlers
logging.debug("not shown")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s", stream=sys.stdout, force=True)
print(len(logging.root.handlers), logging.root.level, repr(logging.root))
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warning")
logging.error("error %r", {"k": [1, 2]})
logging.critical("critical")
logging.log(logging.INFO, "log at %s", "INFO")
log = logging.getLogger("mod.sub")
log.info("from %s", log.name)
log.setLevel(logging.WARNING)
log.info("suppressed")
log.warning("kept")

try:
    1 / 0
except ZeroDivisionError as exc:
    log.error("exception: %s", exc)
log.error("with exc_info instance", exc_info=ValueError("never raised"))
log.critical("with exc_info tuple", exc_info=(KeyError, KeyError("k"), None))
try:
    raise KeyError("missing")
except KeyError as exc:
    log.warning("key problem: %s", exc)

logging.basicConfig(format="{levelname} {name}: {message}", style="{", stream=sys.stdout, force=True, level="INFO")
logging.info("brace style %s", 42)
logging.debug("hidden")
logging.basicConfig(format="$levelname $name $message", style="$", stream=sys.stdout, force=True)
logging.warning("dollar style")
logging.info("root level still INFO")

buf = io.StringIO()
h1 = logging.StreamHandler(buf)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("custom>> %(message)s"))
logging.basicConfig(handlers=[h1, h2], force=True, format="%(name)s::%(message)s")
logging.error("two handlers")
print("buf:", repr(buf.getvalue()))
for kwargs in [dict(stream=sys.stdout, handlers=[h1]), dict(style="?"), dict(bogus=1, force=True)]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
logging.basicConfig(stream=sys.stdout, force=True)
logging.warning("default format")
logging.getLogger("a.b").error("default format %s", "named")
logging.disable()
logging.critical("disabled")
logging.disable(logging.NOTSET)
logging.critical("enabled again")
logging.root.setLevel(logging.NOTSET)
logging.getLogger("x").debug("NOTSET root lets debug through")
null_logger = logging.getLogger("quiet")
null_logger.propagate = False
null_logger.addHandler(logging.NullHandler())
null_logger.error("swallowed")
print(logging.getLogger("nohandlers.x").hasHandlers())
logging.shutdown()
print("done")
