// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.compile;

import io.fora.vm.check.Scope;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The code object being emitted for one scope: instructions, constants, names and slots. */
final class Unit {
    final Scope scope;
    final String qualname;
    int[] code = new int[64];
    int[] lines = new int[64];
    int size;
    int line;
    final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    final LinkedHashMap<String, Integer> locals = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> cells = new LinkedHashMap<>();
    final LinkedHashMap<String, Integer> frees = new LinkedHashMap<>();
    final Deque<FBlock> fblocks = new ArrayDeque<>();
    int temps;
    /** The finished code, once compiled. */
    CodeObject finished;

    /** What a break, continue or return must undo when it leaves a block. */
    record FBlock(Kind kind, int start, List<Integer> breaks, List<io.fora.vm.ast.Stmt> finalBody) {
        /** FOR_OWNED: a for loop over an iterator it made (see {@link Op#POP_CLOSE}). */
        enum Kind {
            FOR, FOR_OWNED, WHILE, TRY_EXCEPT, FINALLY_TRY, HANDLER, FINALLY_END;

            /** A loop: what break and continue leave or go on with. */
            boolean loop() { return this == FOR || this == FOR_OWNED || this == WHILE; }
        }
    }

    Unit(Scope scope, String qualname) {
        this.scope = scope;
        this.qualname = qualname;
    }

    int emit(int op, int arg) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        if (arg < 0 || arg > 0xFFFFFF) throw new IllegalStateException("IR argument out of range: " + arg);
        code[size] = Op.make(op, arg);
        lines[size] = line;
        return size++;
    }

    int emit(int op) { return emit(op, 0); }

    /** Points the jump at {@code at} to the next instruction. */
    void patch(int at) { patch(at, size); }

    void patch(int at, int target) { code[at] = Op.make(Op.op(code[at]), target); }

    int here() { return size; }

    int constant(Object value) {
        Object key = constantKey(value);
        if (key == null) key = new Object(); // a constant of its own
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    /**
     * What tells equal constants apart: type and value (a float by its bits, so -0.0 is not 0.0;
     * a tuple by its items' keys, so (0, 0) is not (0.0, 0.0)); null for one never shared (a code
     * object, a tuple holding other kinds). The compiler merges a module's tuples by it too.
     */
    static Object constantKey(Object v) {
        return switch (v) {
            case null -> List.of("null");
            case Double d -> List.of("d", Double.doubleToRawLongBits(d));
            case CodeObject c -> null;
            case io.fora.vm.runtime.PyTuple t -> {
                List<Object> keys = new ArrayList<>(t.size() + 1);
                keys.add("t");
                for (int i = 0; i < t.size(); i++) {
                    Object item = t.get(i);
                    boolean plain = item instanceof Double || item instanceof Long || item instanceof java.math.BigInteger
                            || item instanceof Boolean || item instanceof io.fora.vm.runtime.PyStr
                            || item instanceof io.fora.vm.runtime.PyNone || item instanceof io.fora.vm.runtime.PyTuple;
                    Object k = plain ? constantKey(item) : null;
                    if (k == null) yield null;
                    keys.add(k);
                }
                yield keys;
            }
            default -> List.of(v.getClass(), v);
        };
    }

    int name(String n) {
        return nameIndex.computeIfAbsent(n, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    int local(String n) {
        return locals.computeIfAbsent(n, k -> locals.size());
    }

    /** A hidden local for compiler temporaries (its name cannot clash with Python names). */
    int temp() { return local("." + (temps++) + "t"); }
}
