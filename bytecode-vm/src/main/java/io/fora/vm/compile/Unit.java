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
        Object key = value instanceof Double d ? List.of("d", Double.doubleToRawLongBits(d))
                : value == null ? List.of("null") : List.of(value.getClass(), value);
        // Equal tuples may differ in element types ((0, 0) and (0.0, 0.0)): never share them.
        if (value instanceof CodeObject || value instanceof io.fora.vm.runtime.PyTuple) key = new Object();
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
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
