// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.builtins.Builtins;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyCell;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyStr;
import java.util.HashMap;
import java.util.Map;

/**
 * What the pieces of one computation sent to this machine share: one module table per module
 * (not one per piece), and in it the functions of the first piece as long as later pieces bring
 * the same ones. Tier 1 keeps compiled code per module table and guards the functions a call
 * reaches by identity, so without this every piece was a new table with new functions: compiled
 * again (and run cold by HotSpot) for every piece, and after eight pieces of one code object not
 * compiled at all, for the life of the worker.
 *
 * <p>A function held stands for a piece's copy only when the copy is first read as the binding
 * (nothing read before it refers to the copy, and what refers to it later is given the one held),
 * so a piece never sees two objects where its sender has one.
 *
 * <p>A piece may not rebind what it received (the write abandons it), so only decoding writes
 * here. A binding that a later piece brings with another value takes that value: within one
 * split every piece carries the same bindings (the sender cannot rebind them while its pieces
 * run without withdrawing them), and a piece still running from an earlier split has been
 * withdrawn or handed back, so its result is not used.
 */
public final class PieceScope {
    private final Map<String, Globals> modules = new HashMap<>();
    /** Tables handed on to another computation whose first piece has not brought their bindings yet. */
    private final java.util.Set<Globals> renewing = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The module table of this name for this computation here. */
    synchronized Globals module(String name) {
        return modules.computeIfAbsent(name, n -> new Globals(n, Builtins.builtins()));
    }

    /**
     * Hands these tables on to another computation (one after another, never two at once): the
     * code compiled for them, and warmed up by HotSpot, serves it too when its functions are the
     * same. Each table's first reading for it then unbinds what that computation did not bring
     * ({@link #brought}), so nothing of the computation before can be seen.
     */
    public synchronized void renew() { renewing.addAll(modules.values()); }

    /** The names a piece brought for table g: the first time after {@link #renew}, the others are unbound. */
    synchronized void brought(Globals g, java.util.Set<String> names) {
        if (!renewing.remove(g)) return;
        for (Map.Entry<String, PyCell> e : g.cells().entrySet()) {
            if (!names.contains(e.getKey()) && !e.getKey().equals("__name__")) e.getValue().value = null;
        }
    }

    /**
     * A binding as a piece brought it; returns the value bound. With {@code mayKeep}, a function
     * the same as the one held already leaves that one bound: the caller makes the rest of the
     * message refer to it, so the piece sees one object, as its sender does.
     */
    synchronized Object bind(Globals g, String name, Object value, boolean mayKeep) {
        PyCell cell = g.cell(name);
        Object held = cell.value;
        if (held == value || mayKeep && held instanceof PyFunction a && value instanceof PyFunction b && PyFunction.sameDefinition(a, b)) return held;
        cell.value = value;
        return value;
    }
}
