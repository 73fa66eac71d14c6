// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import io.fora.vm.runtime.Types;
import org.junit.jupiter.api.Test;

/**
 * The {@code re} module called from Java; every expected value is what CPython 3.11 answers.
 * (The corpus programs {@code programs/stdlib/re_*.py} run it through the interpreter.)
 */
class ReModuleTest {
    private static final PyModule RE = ReModule.create();

    private static PyStr s(String v) { return PyStr.of(v); }

    private static Object call(String fn, Object... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) a[i] = args[i] instanceof String v ? s(v) : args[i];
        return ((PyBuiltin) RE.attrs().get(fn)).call(a, Kwargs.NONE);
    }

    private static Object method(Object self, String name, Object... args) {
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) a[i] = args[i] instanceof String v ? s(v) : args[i];
        return Ops.call(Ops.getAttr(self, name), a);
    }

    private static String repr(Object v) { return Repr.repr(v); }

    /** The str() of the re.error raised by compiling the pattern. */
    private static String error(String pattern) {
        try {
            call("compile", pattern);
        } catch (PyError e) {
            assertSame(ReError.ERROR, e.exception().cls(), e.getMessage());
            return Repr.str(e.exception());
        }
        fail("no error for " + pattern);
        return null;
    }

    @Test
    void searchAndMatchObjects() {
        Object m = call("search", "(\\d+)-(?P<b>\\d+)", "tel 12-345 x");
        assertEquals("<re.Match object; span=(4, 10), match='12-345'>", repr(m));
        assertEquals("('12', '345')", repr(method(m, "groups")));
        assertEquals("{'b': '345'}", repr(method(m, "groupdict")));
        assertEquals("'345'", repr(Ops.getItem(m, s("b"))));
        assertEquals("(7, 10)", repr(method(m, "span", 2L)));
        assertEquals(2L, Ops.getAttr(m, "lastindex"));
        assertEquals("'b'", repr(Ops.getAttr(m, "lastgroup")));
        assertSame(PyNone.NONE, call("match", "\\d", "x1"));
        assertSame(PyNone.NONE, call("fullmatch", "a|ab", "abc"));
        assertEquals("<re.Match object; span=(0, 2), match='ab'>", repr(call("fullmatch", "a|ab", "ab")));
    }

    @Test
    void findallSplitSub() {
        assertEquals("['a', 'bc', 'déf', 'g1']", repr(call("findall", "\\w+", "a bc, déf 😀 g1")));
        assertEquals("[('a', '1'), ('b', '')]", repr(call("findall", "(\\w)(\\d)?", "a1b")));
        assertEquals("['Words', ', ', 'words', '.', '']", repr(call("split", "(\\W+)", "Words, words.")));
        assertEquals("['', 'a', '', 'b', 'c', '']", repr(call("split", "x*|(?=c)", "axbc")));
        assertEquals("'-a-b--d-'", repr(call("sub", "x*", "-", "abxd")));
        assertEquals("'example at joe'", repr(call("sub", "(\\w+)@(\\w+)", "\\2 at \\1", "joe@example")));
        assertEquals("('bba', 2)", repr(call("subn", "a", "b", "aaa", 2L)));
        assertEquals("['', 'a', '']", repr(call("findall", "|a", "a")));
    }

    @Test
    void astralTextIsIndexedByCodePoint() {
        Object m = call("search", "😀(.)", "x😀y");
        assertEquals("(2, 3)", repr(method(m, "span", 1L)));
        assertEquals("'---'", repr(call("sub", ".", "-", "a😀b")));
        assertEquals("['', '', '', '']", repr(call("findall", "a?", "_😀b")));
        assertEquals("['x']", repr(call("findall", "(?<=😀)x", "😀xax")));
    }

    @Test
    void pythonSyntaxThatJavaReadsDifferently() {
        assertEquals("['a{', 'x{,', '{x}']", repr(PyList.of(
                ((PyList) call("findall", "a{", "a{")).get(0), ((PyList) call("findall", "x{,", "x{,")).get(0),
                ((PyList) call("findall", "{x}", "{x}")).get(0))));
        assertEquals("['[', '&', '&']", repr(call("findall", "[[&&]", "a[&&b")));
        assertEquals("['', '']", repr(call("findall", "$", "a\n")));
        assertEquals("['a', 'a']", repr(call("findall", "(?m)^a", "a\na")));
        assertEquals("['', '']", repr(call("findall", "(?m)^", "a\n")));
        assertEquals("['abc', 'd ']", repr(call("findall", "(?x) a b  # comment\n c | d [ ]", "abc d ")));
        assertEquals("['naïve', 'café']", repr(call("findall", "\\w+", "naïve café")));
        assertEquals("['na', 've', 'caf']", repr(call("findall", "(?a)\\w+", "naïve café")));
        assertEquals("['É']", repr(call("findall", "(?i)é", "É")));
        assertEquals("[]", repr(call("findall", "(?ia)é", "É")));
        assertEquals("['A', 'é', '😀']", repr(call("findall", "\\x41|\\u00e9|\\U0001F600", "A—é😀")));
    }

    @Test
    void errorsAsCPythonReportsThem() {
        assertEquals("unterminated character set at position 0", error("[abc"));
        assertEquals("nothing to repeat at position 0", error("*a"));
        assertEquals("missing ), unterminated subpattern at position 0", error("(abc"));
        assertEquals("unbalanced parenthesis at position 1", error("a)"));
        assertEquals("unknown extension ?<x at position 1", error("(?<x>a)"));
        assertEquals("bad escape \\q at position 0", error("\\q"));
        assertEquals("multiple repeat at position 2", error("a**"));
        assertEquals("missing ), unterminated subpattern at position 2 (line 2, column 1)", error("a\n(b"));
        assertEquals("redefinition of group name 'a' as group 2; was group 1 at position 12", error("(?P<a>x)(?P<a>y)"));
        assertEquals("global flags not at the start of the expression at position 1", error("a(?i)"));
        assertEquals("look-behind requires fixed-width pattern", error("(?<=a+)b"));
        assertEquals("conditional groups are not supported by Fora at position 3", error("(a)(?(1)b|c)"));
        assertTrue(ReError.ERROR.isSubclassOf(Types.EXCEPTION));
    }

    @Test
    void patternObjects() {
        Object p = call("compile", "a+", 2L);
        assertEquals("re.compile('a+', re.IGNORECASE)", repr(p));
        assertEquals(34L, Ops.getAttr(p, "flags"));
        assertSame(p, call("compile", "a+", 2L));
        assertEquals("re.compile('a', re.MULTILINE|re.DOTALL|re.ASCII)", repr(call("compile", "a", 8L | 16L | 256L)));
        Object q = call("compile", "(a)(?P<x>b)");
        assertEquals(2L, Ops.getAttr(q, "groups"));
        assertEquals("{'x': 2}", repr(Ops.getAttr(q, "groupindex")));
        assertEquals("['2']", repr(method(call("compile", "\\d"), "findall", "a1b2c3", 2L, 4L)));
        assertEquals("'a\\\\.b\\\\*c\\\\ d_e'", repr(call("escape", "a.b*c d_e")));
    }

    @Test
    void replacementTemplatesAndCallables() {
        Object m = call("match", "(?P<y>\\d{4})-(?P<m>\\d\\d)", "2024-05");
        assertEquals("'05/2024 2024 2024-05'", repr(method(m, "expand", "\\g<m>/\\g<y> \\1 \\g<0>")));
        PyBuiltin twice = new PyBuiltin("twice", (a, kw) -> {
            PyStr g = (PyStr) Ops.call(Ops.getAttr(a[0], "group"));
            return s(g.value() + g.value());
        });
        assertEquals("'a11b2222'", repr(call("sub", "\\d+", twice, "a1b22")));
        try {
            call("sub", "a", "\\g<nope>", "a");
            fail("expected IndexError");
        } catch (PyError e) {
            assertEquals("IndexError: unknown group name 'nope'", e.getMessage());
        }
        assertEquals(PyTuple.of(s("x"), 0L), call("subn", "a", "b", "x"));
    }
}
