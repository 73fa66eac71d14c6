// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code dir()} of a builtin type as CPython 3.11 answers it ({@link BuiltinDirTable}). */
public final class BuiltinDir {
    private BuiltinDir() {}

    private static final class Holder {
        static final Map<String, List<String>> TABLE = parse(BuiltinDirTable.ROWS);
        static final Map<String, List<String>> OWN = parse(BuiltinDirTable.OWN);

        private static Map<String, List<String>> parse(String rows) {
            Map<String, List<String>> m = new HashMap<>();
            for (String row : rows.split("\n")) {
                int tab = row.indexOf('\t');
                if (tab > 0) m.put(row.substring(0, tab), List.of(row.substring(tab + 1).split(" ")));
            }
            return m;
        }
    }

    /** The names the builtin class defines itself in CPython (its {@code __dict__}'s keys), or null when the table lacks it. */
    public static List<String> own(PyClass c) {
        if (!c.isBuiltin() || !"builtins".equals(c.module())) return null;
        return Holder.OWN.get(c.name());
    }

    /** The names CPython's dir() lists for the builtin class, or null when the table lacks it. */
    public static List<String> of(PyClass c) {
        if (!c.isBuiltin() || !"builtins".equals(c.module())) return null;
        return Holder.TABLE.get(c.name());
    }
}
