// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.Globals;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The loops of one compiled version's root method, where an activation goes on in chunks
 * (Tier1Compiler#chunks): the types its version has at each loop header, its own drive method,
 * and per header the loop unit specialised on the values found there the first time
 * (Tier1Compiler#compileLoop), or {@link #NONE} when there is none or it stopped paying.
 */
final class LoopSite {
    static final Object NONE = new Object();

    final CodeObject code;
    final Globals globals;
    final Map<Integer, int[]> types;
    final int[] freeTypes;
    final boolean speculate;
    /**
     * Entered from tier 0 (Tier1#loop): a unit is compiled even when no position gains a type,
     * since the function has no version to go on in.
     */
    final boolean fromTier0;
    /**
     * Back edges of the root's first chunk: few until a loop unit is decided, so a long loop
     * goes on in its unit early; then {@link Tier1Compiler#CHUNK}, so that a function called
     * often with shorter loops does not pack its state at each call. Plain: a stale read costs
     * a chunk.
     */
    int first = 16;
    /** The version's own drive method, (Interpreter, Object[]) Object: set once its class is defined. */
    volatile MethodHandle drive;
    private final ConcurrentHashMap<Integer, Object> units = new ConcurrentHashMap<>();

    LoopSite(CodeObject code, Globals globals, Map<Integer, int[]> types, int[] freeTypes, boolean speculate) {
        this(code, globals, types, freeTypes, speculate, false);
    }

    LoopSite(CodeObject code, Globals globals, Map<Integer, int[]> types, int[] freeTypes, boolean speculate, boolean fromTier0) {
        this.fromTier0 = fromTier0;
        this.code = code;
        this.globals = globals;
        this.types = types;
        this.freeTypes = freeTypes;
        this.speculate = speculate;
    }

    /** The loop unit for header h, compiled the first time from the values in st; null when there is none. */
    Tier1Compiler.LoopUnit unit(int h, Object[] st) {
        Object u = units.get(h);
        if (u == null) {
            u = Tier1.compileLoop(this, h, st);
            if (u == null) u = NONE;
            Object had = units.putIfAbsent(h, u);
            if (had != null) u = had;
            first = Tier1Compiler.CHUNK;
        }
        return u instanceof Tier1Compiler.LoopUnit lu ? lu : null;
    }

    /** The loop unit for h left for tier 0 (a guard failed): the version's own resume methods from now on. */
    void failed(int h) { units.put(h, NONE); }

    /** Entries from tier 0 that raise within this long are not worth their cost: each doubles the wait before the next. */
    static final long RAISED_AT_ONCE_NANOS = 20_000;
    /** Back edges tier 0 takes before entering a unit again, at most (about 4,000 iterations). */
    static final int MAX_ENTRY_DELAY = 4096;
    /** The current wait (back edges beyond the usual 16), for all the site's headers; plain: a stale read only shifts one entry. */
    private int entryDelay;

    /**
     * A unit entered from tier 0 left to raise an exception after {@code nanos}: returns the back
     * edges tier 0 waits beyond the usual ones before entering it again. A loop whose body raises
     * on every iteration would otherwise pay an entry and a deoptimisation every 16 iterations.
     */
    int raisedAfter(long nanos) {
        int d = nanos < RAISED_AT_ONCE_NANOS ? Math.min(MAX_ENTRY_DELAY, Math.max(16, entryDelay * 2)) : 0;
        entryDelay = d;
        return d;
    }
}
