// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.compile;

import io.fora.vm.runtime.PyCell;

/**
 * A compiled function, class body or module: immutable IR plus the layout of its frame.
 * Frame slots are laid out as [parameters and locals | cell variables | free variables]; the
 * operand stack follows them in the same array.
 */
public final class CodeObject {
    public static final int GENERATOR = 1, VARARGS = 2, VARKW = 4, CLASS_BODY = 8, MODULE = 16;
    /** A list, dict or set comprehension: its result over a split index range is the blocks' results in order. */
    public static final int SPLITTABLE = 32;
    /** A comprehension or generator expression binding a name outside itself (:=): never split. */
    public static final int NO_SPLIT = 64;
    /** An {@code async def}: calling it makes a coroutine (a generator whose class is coroutine). */
    public static final int COROUTINE = 128;
    /** An {@code async def} with {@code yield}: calling it makes an async generator (never flagged COROUTINE). */
    public static final int ASYNC_GENERATOR = 256;
    /**
     * A list comprehension's loop as a generator of its elements (its {@link #drainVariant}): an
     * exception leaves it as it would leave the list comprehension (StopIteration stays itself).
     */
    public static final int LIST_ELEMENTS = 512;
    /** A generator function under {@code @types.coroutine}: its generators may be awaited (CPython's CO_ITERABLE_COROUTINE). */
    public static final int ITERABLE_COROUTINE = 1024;
    /**
     * A function the compiler made of a folded loop's body (its element, condition or generator,
     * see LoopFolding): in a traceback its entry stands for the function the loop is in, at the
     * line of the body, as CPython shows the loop's activation (see {@link #tracebackName}).
     */
    public static final int FOLD_BODY = 2048;

    /**
     * The function name a traceback shows for this code: its name, or for a fold body the name
     * of the function its loop is in ({@code <module>} at module level), read from its qualified
     * name ({@code f.<locals>.<lambda>}, {@code f.<locals>.<lambda>.<locals>.<genexpr>}: the fold's
     * lambda is the first one in it, since a loop is a statement and no lambda holds statements).
     */
    public String tracebackName() {
        if (!is(FOLD_BODY)) return is(MODULE) ? "<module>" : name;
        int cut = qualname.indexOf("<lambda>");
        String outer = cut < ".<locals>.".length() ? "" : qualname.substring(0, cut - ".<locals>.".length());
        return outer.isEmpty() ? "<module>" : outer.substring(outer.lastIndexOf('.') + 1);
    }

    /** True when this is a fold body made of a loop in {@code outer} (see {@link #FOLD_BODY}). */
    public boolean foldBodyOf(CodeObject outer) {
        if (!is(FOLD_BODY) || outer == null || outer.consts == null) return false;
        for (Object c : outer.consts) {
            if (c == this) return true;
            if (c instanceof CodeObject lambda && lambda.is(FOLD_BODY) && lambda.consts != null) {
                for (Object d : lambda.consts) if (d == this) return true;
            }
        }
        return false;
    }

    public String name;
    public String qualname;
    public String fileName;
    public String doc;
    public int flags;
    public int[] code;
    public int[] lines;
    public int[] cols;
    public Object[] consts;
    public String[] names;
    /** Local variable names, then cell names, then free names: one per slot. */
    public String[] slotNames;
    public int nlocals;
    public int ncells;
    public int nfree;
    public int stackSize;
    public int argCount;
    /** For a set comprehension: the same comprehension building a list, run on the blocks of a split. */
    public CodeObject listVariant;
    /**
     * For a list comprehension that may split: the same loop as a generator yielding its
     * elements, flagged {@link #LIST_ELEMENTS}. The blocks of a split drain it, compiled by tier 1
     * as a generator expression's body is, into arrays or pages.
     */
    public CodeObject drainVariant;
    public int posOnlyCount;
    public int kwOnlyCount;
    /** For each cell variable that is also a parameter, the parameter's slot; else -1. */
    public int[] cellParam;
    public int firstLine;
    /**
     * Cells of module globals, per entry of {@link #names}, for the first module globals this code
     * ran with (filled on first use). Code that runs with other globals too (a server runs one
     * compiled module for many computations) finds its cells in those globals instead; this entry
     * is never overwritten, so concurrent computations do not keep replacing each other's.
     */
    public transient GlobalCells globalCells;
    /** Pieces calling this code that were abandoned (they wrote shared objects): past a few, calls of it are not forked. */
    public transient volatile int abandonedForks;
    /** Per-instruction inline caches of the interpreter, filled on first use. */
    public transient Object[] siteCaches;
    /** For a module: the global names its nested code reads (see Globals#readByNestedCode), computed on first use. */
    public transient volatile java.util.Set<String> nestedGlobalNames;
    /** The tier-1 compiler's state for this code (its compiled versions), opaque here. */
    public transient volatile Object tier1;
    /** Whether a call ends soon (interp.ShortCalls): 0 not yet known, 1 yes, -1 no. */
    public transient byte shortBody;
    /** Tier 1's loop units entered from tier 0 at a hot loop header (a LoopSite), or null. */
    public transient volatile Object tier1Loops;
    /** Calls of this code seen by the tier-1 compiler before it compiled it. */
    public transient int tier1Calls;
    /** {@link #compileWeight()}, once computed (0 before). */
    private transient int compileWeight;
    /** Tier 1's guards on instances (attribute types, classes) that failed in code compiled from this code as its root. */
    public transient int tier1SpecMisses;
    /** Set once those failed too often: this code is compiled without speculating on instances from then on. */
    public transient volatile boolean tier1NoSpec;
    /**
     * On a grid, for a generator expression: what one of its elements cost (ns of CPU) when a
     * reduction over it last measured it; negative: never. A reduction over it starts from this
     * (the same program run again on a worker may send ranges away at once). Opaque here.
     */
    public transient volatile double elementNanos = -1;
    /** Content hash, computed when the code is first sent to another machine. */
    public transient volatile String contentHash;

    /** The cells of {@code owner}'s globals for this code's names. */
    public record GlobalCells(Object owner, PyCell[] cells) {}

    public int nslots() { return nlocals + ncells + nfree; }

    /**
     * About how much code tier 1 generates for this code, in instructions: its length times one
     * plus its loops (a compiled version holds a copy of the code from each loop header on, up to
     * six). What compiling it costs grows with this, so tier 1 waits for more calls or back edges
     * of a heavy function before compiling it (enum's class set-up, 572 instructions with six
     * loops that run a few times each, became a 415 KB class compiled in 0.55 s at its first call).
     */
    public int compileWeight() {
        int w = compileWeight;
        if (w == 0) {
            int loops = 0;
            for (int pc = 0; pc < code.length; pc++) {
                if ((code[pc] & 0xFF) == Op.JUMP && (code[pc] >>> 8) <= pc) loops++;
            }
            compileWeight = w = Math.max(1, code.length * (1 + Math.min(loops, 6)));
        }
        return w;
    }

    /** Back edges a tier-0 activation of this code takes before its loop may go on in compiled code. */
    public int loopEntryEdges() { return Math.max(LOOP_ENTRY_EDGES, compileWeight() / 4); }

    /** {@link #loopEntryEdges()} for light code: a loop that ran 16 times is likely to run long. */
    public static final int LOOP_ENTRY_EDGES = 16;

    /** The names every code object nested in this one (not this one itself) may read as globals. */
    public java.util.Set<String> nestedGlobalNames() {
        java.util.Set<String> names = nestedGlobalNames;
        if (names != null) return names;
        java.util.Set<String> found = new java.util.HashSet<>();
        java.util.ArrayDeque<CodeObject> todo = new java.util.ArrayDeque<>();
        java.util.Set<CodeObject> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        nested(this, todo);
        while (!todo.isEmpty()) {
            CodeObject c = todo.pop();
            if (!seen.add(c)) continue;
            if (c.names != null) java.util.Collections.addAll(found, c.names);
            nested(c, todo);
        }
        nestedGlobalNames = names = java.util.Set.copyOf(found);
        return names;
    }

    private static void nested(CodeObject c, java.util.ArrayDeque<CodeObject> todo) {
        if (c.listVariant != null) todo.push(c.listVariant);
        if (c.drainVariant != null) todo.push(c.drainVariant);
        if (c.consts != null) for (Object k : c.consts) if (k instanceof CodeObject n) todo.push(n);
    }

    public boolean is(int flag) { return (flags & flag) != 0; }

    public int lineAt(int pc) { return pc >= 0 && pc < lines.length ? lines[pc] : firstLine; }

    /** A listing for debugging: {@code fora run --dump-ir}. */
    public String disassemble() {
        StringBuilder sb = new StringBuilder();
        sb.append("code ").append(qualname).append(" slots=").append(String.join(",", slotNames))
          .append(" stack=").append(stackSize).append('\n');
        for (int pc = 0; pc < code.length; pc++) {
            int op = Op.op(code[pc]);
            sb.append(String.format("%4d %4d  %-20s %d", lines[pc], pc, Op.NAMES[op], Op.arg(code[pc])));
            if (op == Op.LOAD_CONST) sb.append("  ; ").append(consts[Op.arg(code[pc])]);
            sb.append('\n');
        }
        for (Object c : consts) if (c instanceof CodeObject co) sb.append('\n').append(co.disassemble());
        return sb.toString();
    }

    @Override public String toString() { return "<code " + qualname + ">"; }
}
