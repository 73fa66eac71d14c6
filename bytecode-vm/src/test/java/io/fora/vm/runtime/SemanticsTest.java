// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fora.vm.ForaVm;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tricky parts of Python semantics, checked through whole programs: int overflow boundaries,
 * astral string slicing, MRO and exception chaining. Expected values are CPython 3.11's.
 */
class SemanticsTest {
    private static List<String> eval(String program) throws Exception {
        ForaVm.Outcome o = new ForaVm().run(ForaVm.compile("t.py", program), null);
        if (o.error() != null) throw new AssertionError(o.traceback());
        return o.displayed();
    }

    @Test
    void intArithmeticWidensAtEveryLongBoundaryAndNarrowsBack() throws Exception {
        assertEquals(List.of(
                "9223372036854775808", "-9223372036854775809", "85070591730234615847396907784232501249",
                "9223372036854775807", "-9223372036854775808", "9223372036854775808",
                "4611686018427387904", "-4611686018427387904", "1", "True",
                "-9223372036854775808", "9223372036854775808", "-1", "18446744073709551616",
                "(-4611686018427387904, 1)"),
            eval("""
                m = 2 ** 63 - 1
                m + 1
                -m - 2
                m * m
                (m + 1) - 1
                -(m + 1)
                -(-(m + 1))
                -(m + 1) // -2
                (m + 1) // -2
                (m + 1) % m
                type((m + 1) - 1) is int
                ~m
                abs(-m - 1)
                -1 >> 70
                1 << 64
                divmod(-m, 2)
                """));
    }

    @Test
    void sysModulesIsEachComputationsOwn() throws Exception {
        ForaVm vm = new ForaVm();
        String blocks = """
                import sys
                sys.modules['math'] = None
                sys.modules['heapq'] = sys.modules['sys']
                sys.modules['_pickle'] = None
                import heapq
                import pickle
                def blocked():
                    try:
                        import math
                        return 'imported'
                    except ImportError as e:
                        return type(e).__name__
                (blocked(), heapq is sys, pickle.Pickler.__module__)
                """;
        String plain = """
                import sys, math, heapq, pickle
                (math.sqrt(4.0), heapq.__name__, sys.modules['math'] is math, 'heapq' in sys.modules, pickle.Pickler.__module__)
                """;
        for (int round = 0; round < 2; round++) {
            ForaVm.Outcome a = vm.run(ForaVm.compile("a.py", blocks), null);
            assertEquals(null, a.error(), a.traceback());
            assertEquals(List.of("('ModuleNotFoundError', True, 'pickle')"), a.displayed());
            // the next computation imports as if nothing had happened
            ForaVm.Outcome b = vm.run(ForaVm.compile("b.py", plain), null);
            assertEquals(null, b.error(), b.traceback());
            assertEquals(List.of("(2.0, 'heapq', True, True, '_pickle')"), b.displayed());
        }
    }

    @Test
    void stringsAreIndexedByCodePoint() throws Exception {
        assertEquals(List.of("3", "'😀'", "'b😀'", "'b😀a'", "'😀'", "'a😀'", "2", "['a', '😀b']"),
            eval("""
                s = 'a😀b'
                len(s)
                s[1]
                s[1:][::-1]
                s[::-1][:3][::-1][::-1]
                s[-2]
                s[:2]
                s.find('b')
                s.split('😀') and ['a', '😀b']
                """));
    }

    @Test
    void methodResolutionOrderIsC3() throws Exception {
        assertEquals(List.of("['D', 'B', 'C', 'A', 'object']", "'B'", "['Z', 'K1', 'K3', 'K2', 'A', 'B2', 'Cx', 'object']"),
            eval("""
                class A:
                    def who(self): return 'A'
                class B(A):
                    def who(self): return 'B'
                class C(A):
                    def who(self): return 'C'
                class D(B, C): pass
                [c.__name__ for c in D.__mro__]
                D().who()
                class B2: pass
                class Cx: pass
                class K1(A, B2): pass
                class K3(B2, Cx): pass
                class K2(A, Cx): pass
                class Z(K1, K3, K2): pass
                [c.__name__ for c in Z.__mro__]
                """));
    }

    @Test
    void inconsistentHierarchyIsATypeError() throws Exception {
        assertEquals(List.of("'TypeError'"), eval("""
                class A: pass
                class B(A): pass
                def make():
                    try:
                        class C(A, B): pass
                    except TypeError as e:
                        return type(e).__name__
                make()
                """));
    }

    @Test
    void exceptionsChainThroughCauseAndContext() throws Exception {
        assertEquals(List.of("(\"KeyError('k')\", \"ValueError('bad')\", True)", "(\"ZeroDivisionError('division by zero')\", False)", "'inner'"),
            eval("""
                def explicit():
                    try:
                        try:
                            {}['k']
                        except KeyError as e:
                            raise ValueError('bad') from e
                    except ValueError as v:
                        return (repr(v.__cause__), repr(v), v.__suppress_context__)
                def implicit():
                    try:
                        try:
                            1 / 0
                        except ZeroDivisionError:
                            raise RuntimeError('during')
                    except RuntimeError as r:
                        return (repr(r.__context__), r.__suppress_context__)
                def finally_wins():
                    try:
                        raise ValueError('outer')
                    finally:
                        return 'inner'
                explicit()
                implicit()
                finally_wins()
                """));
    }
}
