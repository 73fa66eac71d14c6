// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyException;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Types;
import java.util.LinkedHashMap;

/**
 * {@code re.error}: CPython's message ({@code "nothing to repeat at position 0"}, with
 * {@code (line L, column C)} for a multi-line pattern) and its attributes {@code msg},
 * {@code pattern}, {@code pos}, {@code lineno}, {@code colno}.
 */
public final class ReError {
    private ReError() {}

    /** The class {@code re.error}, a subclass of Exception (builtin: it travels by name). */
    public static final PyClass ERROR = new PyClass("error", "re", new PyClass[] {Types.EXCEPTION}, new LinkedHashMap<>(), true);

    /** An error without a position ({@code look-behind requires fixed-width pattern}). */
    public static PyError of(String msg) {
        return make(msg, null, -1);
    }

    /** An error at a code-point position of {@code pattern}. */
    public static PyError at(String msg, int[] pattern, int pos) {
        return make(msg, pattern, pos);
    }

    private static PyError make(String msg, int[] pattern, int pos) {
        String full = msg;
        Object lineno = PyNone.NONE, colno = PyNone.NONE;
        if (pattern != null && pos >= 0) {
            full = msg + " at position " + pos;
            int line = 1, lastNl = -1;
            boolean anyNl = false;
            for (int i = 0; i < pattern.length; i++) {
                if (pattern[i] == '\n') {
                    anyNl = true;
                    if (i < pos) {
                        line++;
                        lastNl = i;
                    }
                }
            }
            int col = pos - lastNl;
            lineno = (long) line;
            colno = (long) col;
            if (anyNl) full = full + " (line " + line + ", column " + col + ")";
        }
        PyException e = Errors.newException(ERROR, full);
        e.setAttr("msg", PyStr.of(msg));
        e.setAttr("pattern", pattern == null ? PyNone.NONE : PyStr.of(new String(pattern, 0, pattern.length)));
        e.setAttr("pos", pos < 0 ? PyNone.NONE : (Object) (long) pos);
        e.setAttr("lineno", lineno);
        e.setAttr("colno", colno);
        return new PyError(e);
    }
}
