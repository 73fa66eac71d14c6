// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One Python scope (module, function, lambda, comprehension or class body) and its names. */
public final class Scope {
    public enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    /** How a name is reached from code in this scope. */
    public enum Access { LOCAL, CELL, FREE, GLOBAL, NAME }

    public final Kind kind;
    public final String name;
    public final Scope parent;
    public final List<Scope> children = new ArrayList<>();
    /** Parameters in order, then other bound names in first-binding order. */
    public final Set<String> params = new LinkedHashSet<>();
    public final Set<String> bound = new LinkedHashSet<>();
    public final Set<String> used = new LinkedHashSet<>();
    public final Set<String> declaredGlobal = new LinkedHashSet<>();
    public final Set<String> declaredNonlocal = new LinkedHashSet<>();
    public final Set<String> cells = new LinkedHashSet<>();
    public final Set<String> free = new LinkedHashSet<>();
    public boolean isGenerator;
    /** An {@code async def}'s scope (its code is a generator's, flagged as a coroutine). */
    public boolean isCoroutine;
    /** An {@code async def} with {@code yield} in it: an asynchronous generator. */
    public boolean isAsyncGenerator;
    /** A comprehension with {@code await} in it (or an asynchronous comprehension inside): it runs as a coroutine. */
    public boolean awaits;
    /** True for a function defined directly in a class body (a method). */
    public boolean inClass;

    public Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) parent.children.add(this);
    }

    public boolean isFunctionLike() { return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION; }

    public Access access(String id) {
        if (kind == Kind.MODULE) return Access.GLOBAL;
        if (declaredGlobal.contains(id)) return Access.GLOBAL;
        if (kind == Kind.CLASS) {
            if (bound.contains(id)) return Access.NAME;
            if (free.contains(id)) return Access.FREE;
            return Access.NAME;
        }
        if (declaredNonlocal.contains(id)) return free.contains(id) ? Access.FREE : Access.GLOBAL;
        if (cells.contains(id)) return Access.CELL;
        if (bound.contains(id) || params.contains(id)) return Access.LOCAL;
        if (free.contains(id)) return Access.FREE;
        return Access.GLOBAL;
    }

    /** Resolves free variables for this scope and all below it (CPython's symtable analysis). */
    void resolve() {
        for (Scope child : children) child.resolve();
        if (kind == Kind.MODULE) return;
        for (String id : declaredNonlocal) markFree(id);
        for (String id : used) {
            if (declaredGlobal.contains(id) || declaredNonlocal.contains(id)) continue;
            if (isFunctionLike() && (bound.contains(id) || params.contains(id))) continue;
            if (kind == Kind.CLASS && bound.contains(id) && !id.equals("__class__")) continue;
            markFree(id);
        }
    }

    private void markFree(String id) {
        // Walk outwards to the nearest function scope that binds id; everything between passes it down.
        List<Scope> between = new ArrayList<>();
        for (Scope p = parent; p != null; p = p.parent) {
            if (p.kind == Kind.MODULE) return;
            boolean binds = (p.isFunctionLike() && (p.bound.contains(id) || p.params.contains(id)) && !p.declaredGlobal.contains(id)
                    && !p.declaredNonlocal.contains(id))
                    || (p.kind == Kind.CLASS && id.equals("__class__") && p.cells.contains(id));
            if (binds) {
                if (p.kind != Kind.CLASS) p.cells.add(id);
                free.add(id);
                for (Scope s : between) s.free.add(id);
                return;
            }
            between.add(p);
        }
    }
}
