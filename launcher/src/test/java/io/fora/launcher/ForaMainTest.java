// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.encoding.Utf8Escape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fora command line: exit codes, output streams, and bad flags and files. */
class ForaMainTest {
    @TempDir Path dir;

    private record Result(int status, String out, String err) {}

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = ForaMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    /**
     * The training run of the client JVM's AOT cache goes the client's whole way against its
     * stand-in server (submitted, running, then ended): a client that changed its protocol would
     * fail it, and the fora script would make no cache.
     */
    @Test
    void clientTrainingSubmitsWaitsAndPrintsLikeAClient() {
        Result r = run("client-training");
        assertEquals(0, r.status(), r.err());
        assertEquals("2\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void printsReprOfTopLevelExpressionsSkippingNone() throws IOException {
        Result r = run("run", file("ok.py", "x = 2\nx ** 70\nNone\n'a' + 'b'\n[1.5, None]\n"));
        assertEquals(0, r.status());
        assertEquals("1180591620717411303424\n'ab'\n[1.5, None]\n", r.out());
    }

    @Test
    void fromImportErrorsNameTheModuleFileAndACircularImport() throws IOException {
        file("ca.py", "from cb import b_func\n");
        file("cb.py", "import ca\ndef b_func():\n    return 1\n");
        String missing = file("missing.py", "x = 1\n");
        String main = file("main.py", """
                try:
                    from missing import nope
                except ImportError as e:
                    print(e, e.name, e.path == __file__.rsplit('/', 1)[0] + '/missing.py')
                try:
                    import cb
                except ImportError as e:
                    print(e, '|', e.name)
                import missing
                print(repr(missing) == "<module 'missing' from '" + missing.__file__ + "'>", repr(missing.__package__))
                """);
        Result r = run("run", main);
        assertEquals(0, r.status(), r.err());
        String cb = Path.of(missing).resolveSibling("cb.py").toString();
        assertEquals("cannot import name 'nope' from 'missing' (" + missing + ") missing True\n"
                + "cannot import name 'b_func' from partially initialized module 'cb' (most likely due to a circular import) ("
                + cb + ") | cb\nTrue ''\n", r.out());
    }

    @Test
    void everyTierPrintsTheSameAndStatsReportTheCompiler() throws IOException {
        String program = file("t.py", """
                def f(n):
                    t = 0
                    for i in range(n):
                        t += i * i * i * 1000003
                    return t
                def g(x):
                    return 1 // (x - 3)
                print(f(100000), f(3))
                try:
                    g(3)
                except ZeroDivisionError as e:
                    print('caught', e)
                """);
        Result plain = run("run", program);
        assertEquals(0, plain.status(), plain.err());
        assertEquals("24999575001000007500000000 9000027\ncaught integer division or modulo by zero\n", plain.out());
        for (String flag : new String[] {"--tier0-only", "--tier1-force"}) {
            Result r = run("run", flag, "--stats", program);
            assertEquals(0, r.status(), flag + ": " + r.err());
            assertEquals(plain.out(), r.out(), flag);
            assertTrue(r.err().contains("tier 1 (" + (flag.equals("--tier0-only") ? "off" : "force") + ")"), r.err());
        }
        Result both = run("run", "--tier0-only", "--cluster", "http://127.0.0.1:9", program);
        assertEquals(2, both.status());
        assertTrue(both.err().contains("--tier0-only and --tier1-force are for local runs"), both.err());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsOne() throws IOException {
        String primes = file("primes.py", "def isPrime(p):\n    return p % 0\n\nisPrime(3)\n");
        Result r = run("run", primes);
        assertEquals(1, r.status());
        // the script's path as CPython prints it: absolute, as given
        assertTrue(r.err().contains("File \"" + Path.of(primes).toAbsolutePath() + "\", line 2, in isPrime"), r.err());
        assertTrue(r.err().strip().endsWith("ZeroDivisionError: integer modulo by zero"), r.err());
    }

    @Test
    void syntaxAndPurityErrorsExitTwoBeforeRunning() throws IOException {
        Result r = run("run", file("bad.py", "1\nprint(2)\nif x = 3:\n    pass\n"));
        assertEquals(2, r.status());
        assertEquals("", r.out(), "nothing runs");
        assertTrue(r.err().contains("line 3"), r.err());
    }

    @Test
    void relativeImportsResolveInTheProgramsPackagesAsInCPython() throws IOException {
        // from . / from .. / from .m import x inside a package beside the script; in the script
        // itself (no package) an ImportError when it runs, not a refusal before: a function that
        // is never called may hold one
        Files.createDirectories(dir.resolve("relpkg/sub"));
        file("relpkg/__init__.py", "from .consts import X\nfrom . import helpers\n");
        file("relpkg/consts.py", "X = 42\nY = 'y'\n");
        file("relpkg/helpers.py", "from .consts import Y as why\nfrom . import consts\ndef double(v):\n    return 2 * v + consts.X\n");
        file("relpkg/sub/__init__.py", "");
        file("relpkg/sub/deep.py", "from .. import consts\nfrom ..helpers import double\nfrom ..consts import *\n"
                + "def run():\n    return consts.X, double(1), X, __package__, __name__\n");
        file("relpkg/sub/bad.py", "from ... import nothing\n");
        String main = file("main.py", "import relpkg\nfrom relpkg.sub import deep\nprint(relpkg.X, relpkg.helpers.why)\nprint(deep.run())\n"
                + "try:\n    import relpkg.sub.bad\nexcept ImportError as e:\n    print(e)\n"
                + "def never():\n    from .helpers import g\n"
                + "print(__package__)\nfrom . import something\n");
        Result r = run("run", main);
        assertEquals(1, r.status(), r.err());
        assertEquals("42 y\n(42, 44, 42, 'relpkg.sub', 'relpkg.sub.deep')\nattempted relative import beyond top-level package\nNone\n", r.out());
        assertTrue(r.err().endsWith("ImportError: attempted relative import with no known parent package\n"), r.err());
        Result c = run("check", main);
        assertEquals(0, c.status(), c.err());
        assertFalse(c.out().contains("PurityError"), c.out());
    }

    @Test
    void printAndInPlaceChangesRunAsInCPython() throws IOException {
        Result r = run("run", file("m.py", "v = [3, 1, 2]\nv.sort()\nv[0] = 10\nprint(v, end='!')\nprint()\nprint('a', 'b', sep='-')\n"));
        assertEquals(0, r.status(), r.err());
        assertEquals("[10, 2, 3]!\na-b\n", r.out());
    }

    @Test
    void theScriptKnowsItsPathAsInCPython() throws IOException {
        // __file__ is absolute, sys.argv[0] as the command line gave it; argparse's prog comes from it
        String path = file("where.py", "import sys, argparse\nprint(__file__)\nprint(sys.argv)\nprint(argparse.ArgumentParser().prog)\n");
        Result r = run("run", path);
        assertEquals(0, r.status(), r.err());
        assertEquals(path + "\n['" + path + "']\nwhere.py\n", r.out());
    }

    @Test
    void whatFollowsTheScriptIsItsArguments() throws IOException {
        // as python3 SCRIPT ARG...: options after the script are the script's, not fora's
        String path = file("args.py", "import sys\nprint(sys.argv[1:])\nprint(int(sys.argv[1]) * 2 if len(sys.argv) > 1 else 0)\n");
        Result r = run("run", "--cores", "1", path, "21", "--stats", "-x", "");
        assertEquals(0, r.status(), r.err());
        assertEquals("['21', '--stats', '-x', '']\n42\n", r.out());
        assertEquals("", r.err(), "--stats after the script is the script's");
        Result none = run("run", path);
        assertEquals("[]\n0\n", none.out());
        Result remote = run("run", "--cluster", "http://127.0.0.1:9", path, "1");
        assertEquals(2, remote.status());
        assertTrue(remote.err().contains("arguments after FILE.py are for local runs"), remote.err());
    }

    @Test
    void aScriptImportsTheModulesBesideItFirst() throws IOException {
        // as CPython's sys.path[0]: a module beside the script, a package, and a module that
        // shadows the standard library's; the bodies print in program order
        file("tools.py", "print('tools loaded')\ncount = 0\ndef bump():\n    global count\n    count += 1\n    return count\n");
        Files.createDirectories(dir.resolve("shapes"));
        file("shapes/__init__.py", "KIND = 'pkg'\n");
        file("shapes/area.py", "import tools\ndef square(s):\n    tools.bump()\n    return s * s\n");
        file("bisect.py", "def insort(a, x):\n    return 'mine'\n");
        file("broken.py", "def f(:\n");
        String main = file("main.py", "print('start')\nimport tools\nfrom shapes import area\nimport shapes.area, bisect\n"
                + "print(area.square(3), shapes.KIND, tools.count, tools.bump(), bisect.insort([], 1))\n"
                + "try:\n    import broken\nexcept SyntaxError:\n    print('SyntaxError')\n"
                + "import sys\nprint('broken' in sys.modules, sys.modules['tools'] is tools)\n");
        Result r = run("run", main);
        assertEquals(0, r.status(), r.err());
        assertEquals("start\ntools loaded\n9 pkg 1 2 mine\nSyntaxError\nFalse True\n", r.out());
        // fora check knows them too: no warning that importing them fails
        Result c = run("check", main);
        assertEquals(0, c.status(), c.err());
        assertFalse(c.out().contains("tools") || c.out().contains("shapes"), c.out());
    }

    @Test
    void stderrGoesToStderrAndSysExitSetsTheStatus() throws IOException {
        Result r = run("run", file("e.py", "import sys\nprint('out')\nprint('warn', file=sys.stderr)\nsys.stderr.write('more\\n')\nsys.exit(3)\nprint('never')\n"));
        assertEquals(3, r.status());
        assertEquals("out\n", r.out());
        assertEquals("warn\nmore\n", r.err());
        Result quiet = run("run", file("q.py", "raise SystemExit\n"));
        assertEquals(0, quiet.status());
        assertEquals("", quiet.err());
        Result msg = run("run", file("m2.py", "import sys\nsys.exit('bad input')\n"));
        assertEquals(1, msg.status());
        assertEquals("bad input\n", msg.err());
    }

    @Test
    void outputIsPrintedAsWrittenWithoutANewlineAdded() throws IOException {
        Result r = run("run", file("end.py", "print('a', end='')\nprint('b', end='|')\n"));
        assertEquals(0, r.status(), r.err());
        assertEquals("ab|", r.out());
        Result lines = run("run", file("lines.py", "print('x')\nprint('y', end='')\nprint()\nprint('z', end='')\n"));
        assertEquals("x\ny\nz", lines.out());
    }

    @Test
    void bytesWrittenToStdoutsBufferComeOutAsWritten() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        String program = file("pbm.py", """
                import sys
                w = sys.stdout.buffer.write
                print(w(b"P4\\n2 2\\n"))
                w(bytes([0xff, 0x80, 0x41]))
                sys.stdout.buffer.writelines([bytearray(b"\\xc3\\xa9"), b"\\n"])
                sys.stdout.write("text\\n")
                sys.stderr.buffer.write(b"e\\xfe\\n")
                try:
                    w("str")
                except TypeError as e:
                    print(e)
                """);
        int status = ForaMain.run(new String[] {"run", program}, new PrintStream(out, true, Utf8Escape.INSTANCE),
                new PrintStream(err, true, Utf8Escape.INSTANCE));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("P4\n2 2\n7\n".getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(new byte[] {(byte) 0xff, (byte) 0x80, 'A', (byte) 0xc3, (byte) 0xa9, '\n'});
        expected.writeBytes("text\na bytes-like object is required, not 'str'\n".getBytes(StandardCharsets.US_ASCII));
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected.toByteArray(), out.toByteArray());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {'e', (byte) 0xfe, '\n'}, err.toByteArray());
    }

    @Test
    void checkListsWhatFailsWhenItRunsWithLineAndColumn() throws IOException {
        Result r = run("check", file("c.py", "import os\ndef f():\n    return eval('1')\n"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("line 1, col 1: Warning: import of 'os'"), r.out());
        assertTrue(r.out().contains("line 3, col 12: Warning: 'eval'"), r.out());
        Result bad = run("check", file("s.py", "if x = 1:\n    pass\n"));
        assertEquals(1, bad.status());
        assertTrue(bad.out().contains("SyntaxError"), bad.out());
    }

    @Test
    void outputPastItsBoundIsCutWithAMarker() throws IOException {
        Result r = run("run", "--max-output", "20", file("o.py", "for i in range(100):\n    print('line', i)\nprint('done')\n"));
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("line 0\nline 1\nline 2\n"), r.out());
        assertTrue(r.out().contains("[fora: output truncated after 20 characters]"), r.out());
        assertFalse(r.out().contains("done"), r.out());
    }

    @Test
    void aRefusedCallFailsOnlyWhenItRuns() throws IOException {
        Result r = run("run", file("r.py", "def never():\n    return open('x')\nprint('ran')\nopen('y')\n"));
        assertEquals(1, r.status());
        assertEquals("ran\n", r.out());
        assertTrue(r.err().contains("'open' is not available in Fora"), r.err());
    }

    @Test
    void rejectsBadUsage() throws IOException {
        assertEquals(2, run().status());
        assertEquals(2, run("launch").status());
        assertEquals(2, run("run").status());
        assertEquals(2, run("run", "--recursion-limit").status());
        assertEquals(2, run("run", "--recursion-limit", "lots", "x.py").status());
        assertEquals(2, run("run", "--recursion-limit", "1", "x.py").status());
        assertEquals(2, run("run", "--frobnicate", "x.py").status());
        assertEquals(2, run("run", "a.py", "b.py").status());
        Result missing = run("run", dir.resolve("nope.py").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("No such file"), missing.err());
        assertEquals(0, run("help").status());
    }

    @Test
    void hostileFilesGetClearErrors() throws IOException {
        Path binary = dir.resolve("bin.py");
        Files.write(binary, new byte[] {0, (byte) 0xff, (byte) 0xfe, 10, 0, 1, 2});
        Result r = run("run", binary.toString());
        assertEquals(2, r.status());
        Result deep = run("run", file("deep.py", "(".repeat(5000) + "1" + ")".repeat(5000) + "\n"));
        assertEquals(2, deep.status());
        assertTrue(deep.err().contains("too many nested parentheses"), deep.err());
        Result directory = run("run", dir.toString());
        assertEquals(2, directory.status());
    }

    @Test
    void recursionLimitIsConfigurable() throws IOException {
        String prog = file("rec.py", "def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nd(3000)\n");
        Result low = run("run", prog);
        assertEquals(1, low.status());
        assertTrue(low.err().strip().endsWith("RecursionError: maximum recursion depth exceeded"), low.err());
        Result high = run("run", "--recursion-limit", "5000", prog);
        assertEquals(0, high.status(), high.err());
        assertEquals("3000\n", high.out());
    }
}
