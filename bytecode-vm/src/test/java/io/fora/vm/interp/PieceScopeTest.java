// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.fora.vm.ForaVm;
import io.fora.vm.jit.Tier1;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyFunction;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pieces of one computation received by one machine share its module tables, and tier 1's code with them. */
class PieceScopeTest {
    private static final String SRC = """
            k = 3
            def f(x):
                return x + k
            def g(x):
                t = 0
                for i in range(x):
                    t += f(i)
                return t
            """;

    private static Globals module(String src) throws Exception {
        return new ForaVm().runModule(ForaVm.compile("t.py", src), Map.of(), null, null);
    }

    private static PieceCodec.Encoded call(Globals g, String fn, long arg) {
        return PieceCodec.encode(new RemotePiece.Call(1, g.lookup(fn), new Object[] {arg}), hash -> false);
    }

    private static Object run(PieceCodec.Encoded piece, CodeCache codes, PieceScope scope) throws ForaVm.PieceFailed {
        byte[] result = new ForaVm().runPiece(piece.bytes(), codes, scope, new Cancellation(), ForaVm.StartWindow.ALWAYS);
        return PieceCodec.decodeResult(piece, result);
    }

    /** Trial division, as W2 writes it: a loop no fold takes, compiled in the function itself. */
    private static final String PRIME = """
            def isPrime(p):
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return 0
                    x = x + 1
                return 1
            """;

    @Test void aWorkersCodeServesComputationAfterComputationInTier1() throws Exception {
        CodeCache codes = new CodeCache(4096);
        long before = Tier1.compiledVersions();
        // a worker's code objects (shared by hash) serve computation after computation, each with
        // its own module tables: the twelfth still gets compiled code, where the ninth once found
        // every version taken by earlier ones and ran in tier 0 for the rest of the worker's life
        for (int job = 0; job < 12; job++) assertEquals(1L, run(call(module(PRIME), "isPrime", 1_000_003), codes, new PieceScope()));
        assertEquals(12, Tier1.compiledVersions() - before, Tier1.statistics());
    }

    @Test void theSameSourceCompilesToTheSameCode() throws Exception {
        // the folded loop's temporaries are numbered per module, not per process
        Globals a = module(SRC), b = module(SRC);
        assertEquals(CodeHashes.of(((PyFunction) a.lookup("g")).code()), CodeHashes.of(((PyFunction) b.lookup("g")).code()));
    }

    @Test void piecesOfOneComputationShareItsModuleTableAndItsFunctions() throws Exception {
        Globals sender = module(SRC);
        CodeCache codes = new CodeCache(4096);
        PieceScope scope = new PieceScope();
        Globals g1 = ((PyFunction) ((RemotePiece.Call) PieceCodec.decode(call(sender, "g", 10).bytes(), codes, scope).piece()).fn()).globals();
        Object f1 = g1.lookup("f");
        Globals g2 = ((PyFunction) ((RemotePiece.Call) PieceCodec.decode(call(sender, "g", 20).bytes(), codes, scope).piece()).fn()).globals();
        assertSame(g1, g2);
        assertSame(f1, g2.lookup("f"), "the same function, decoded again, is the one held");
        // another computation: tables of its own
        Globals other = ((PyFunction) ((RemotePiece.Call) PieceCodec.decode(call(sender, "g", 10).bytes(), codes, new PieceScope()).piece()).fn()).globals();
        assertNotSame(g1, other);
    }

    @Test void aPieceSeesOneObjectWhereItsSenderHasOne() throws Exception {
        Globals sender = module("def f(x):\n    return x\ndef h(fn, fs):\n    return fn is f and fs[0] is f and fs[1] is h\n");
        CodeCache codes = new CodeCache(4096);
        PieceScope scope = new PieceScope();
        for (int i = 0; i < 3; i++) {
            Object f = sender.lookup("f"), h = sender.lookup("h");
            PieceCodec.Encoded e = PieceCodec.encode(new RemotePiece.Call(1, h, new Object[] {f, io.fora.vm.runtime.PyList.of(new Object[] {f, h})}),
                    hash -> false);
            assertEquals(Boolean.TRUE, run(e, codes, scope), "piece " + i);
        }
    }

    @Test void tablesHandedOnToAnotherComputationKeepNothingOfTheOneBefore() throws Exception {
        CodeCache codes = new CodeCache(4096);
        PieceScope scope = new PieceScope();
        String f = "def f(x):\n    return x + k\ndef g(x):\n    return f(x)\n";
        Globals first = module("k = 3\n" + f);
        assertEquals(4L, run(call(first, "g", 1), codes, scope));
        Object held = scope.module(first.moduleName()).lookup("f");
        org.junit.jupiter.api.Assertions.assertNotNull(held);
        scope.renew(); // the next computation, the same function, and k not defined
        Globals next = module("j = 3\n" + f);
        ForaVm.PieceFailed e = org.junit.jupiter.api.Assertions.assertThrows(ForaVm.PieceFailed.class, () -> run(call(next, "g", 1), codes, scope));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("NameError"), e.getMessage());
        Globals again = module("k = 10\n" + f);
        assertEquals(11L, run(call(again, "g", 1), codes, scope));
        assertSame(held, scope.module(first.moduleName()).lookup("f"), "the function, and the code compiled for it, serve on");
    }

    @Test void aBindingTheSenderChangedBetweenPiecesIsTheNewOne() throws Exception {
        Globals sender = module(SRC);
        CodeCache codes = new CodeCache(4096);
        PieceScope scope = new PieceScope();
        assertEquals(45L + 3 * 10, run(call(sender, "g", 10), codes, scope));
        sender.cell("k").value = 100L; // the module rebound k between two splits
        assertEquals(45L + 100 * 10, run(call(sender, "g", 10), codes, scope));
        // f redefined: a function with other code is not the one held
        Globals redefined = module(SRC.replace("return x + k", "return x * k"));
        assertEquals(45L * 3, run(call(redefined, "g", 10), codes, scope));
    }

    @Test void oneComputationsPiecesCompileOnceAndShareCodeWithLaterComputations() throws Exception {
        Globals sender = module(SRC);
        CodeCache codes = new CodeCache(4096);
        PieceScope scope = new PieceScope();
        long before = Tier1.compiledVersions();
        for (int i = 0; i < 5; i++) assertEquals(45L + 30, run(call(sender, "g", 10), codes, scope));
        long one = Tier1.compiledVersions() - before;
        int sharedBefore = codes.size();
        assertEquals(1, one, "once for all five pieces (each piece once had a table of its own, compiled for it)");
        // later computations: the code objects held here, and one version each
        for (int job = 0; job < 12; job++) assertEquals(45L + 30, run(call(module(SRC), "g", 10), codes, new PieceScope()));
        assertEquals(one + 12, Tier1.compiledVersions() - before, Tier1.statistics());
        assertEquals(sharedBefore, codes.size(), "the same code objects served every computation");
    }
}
