// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * Something of a standard module Fora does not provide ({@code time.perf_counter},
 * {@code os.path}): importing the module, or a name from it, works as in CPython; using the name
 * (calling it, reading its attributes, indexing or iterating it) raises, naming it and why. So a
 * program fails where it reaches what is refused, never because of an import it does not use.
 */
public record RefusedName(String qualified, String why) implements PyObject {
    @Override public PyClass pyClass() { return Types.REFUSED; }

    /** The error a use of this name raises. */
    public PyError refusal() {
        return Errors.invalidOperation("'" + qualified + "' is not available in Fora: " + why);
    }

    @Override public String toString() { return "<refused " + qualified + ">"; }

    /** CPython 3.11's standard modules (sys.stdlib_module_names without the private ones). */
    private static final Set<String> STANDARD = Set.of(
            "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore",
            "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile",
            "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections",
            "colorsys", "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy",
            "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal",
            "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
            "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools",
            "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib",
            "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect",
            "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging",
            "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib",
            "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers",
            "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools",
            "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile",
            "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue",
            "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched",
            "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd",
            "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants",
            "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau",
            "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile",
            "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize",
            "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing",
            "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref",
            "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile",
            "zipimport", "zlib", "zoneinfo");

    /** Whether a module is one of CPython's own: importing it works, using it does not. */
    public static boolean standard(String module) { return STANDARD.contains(module.split("\\.")[0]); }

    /** The module object {@code import name} gives for a standard module Fora lacks. */
    public static PyModule module(String name) {
        return new PyModule(name, new Attrs(name, Refusals.module(name), Map.of()));
    }

    /**
     * A standard module of which Fora provides a part ({@code os}: its path functions and
     * constants): the names in {@code provided} are real, every other is refused.
     */
    public static PyModule partial(String name, Map<String, Object> provided) {
        return new PyModule(name, new Attrs(name, Refusals.module(name), Map.copyOf(provided)));
    }

    /** A refused module's attributes: every name is there, and refused. */
    private static final class Attrs extends AbstractMap<String, Object> {
        private final String module;
        private final String why;
        private final Map<String, Object> provided;

        Attrs(String module, String why, Map<String, Object> provided) {
            this.module = module;
            this.why = why;
            this.provided = provided;
        }

        @Override public Object get(Object key) {
            String name = (String) key;
            Object v = provided.get(name);
            if (v != null) return v;
            return switch (name) {
                case "__name__" -> PyStr.of(module);
                case "__all__", "__path__", "__spec__", "__loader__", "__file__", "__getattr__" -> null;
                // a name CPython's module lacks is an AttributeError (hasattr false), as there
                default -> CPythonNames.lacks(module, name) ? null : new RefusedName(module + "." + name, why);
            };
        }

        @Override public boolean containsKey(Object key) { return get(key) != null; }

        @Override public Set<Map.Entry<String, Object>> entrySet() { return provided.entrySet(); }
    }

    /**
     * The names each standard module of CPython 3.11 has (stdlib-names.txt, written by
     * tools/gen_stdlib_names.py), read at the first question.
     */
    private static final class CPythonNames {
        private static final Map<String, Set<String>> NAMES = read();

        /** True when CPython's module {@code module} is known and has no attribute {@code name}. */
        static boolean lacks(String module, String name) {
            Set<String> names = NAMES.get(module.equals("os.path") ? "posixpath" : module);
            return names != null && !names.contains(name);
        }

        private static Map<String, Set<String>> read() {
            Map<String, Set<String>> out = new java.util.HashMap<>();
            try (java.io.InputStream in = RefusedName.class.getResourceAsStream("stdlib-names.txt")) {
                if (in == null) return out;
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) out.put(line.substring(0, tab), Set.of(line.substring(tab + 1).split(" ")));
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                return Map.of(); // without the table every name of a refused module is refused, as before
            }
            return out;
        }
    }
}
