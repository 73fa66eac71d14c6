// SPDX-License-Identifier: Apache-2.0
package io.fora.vm;

import io.fora.vm.diag.SourceFile;
import io.fora.vm.runtime.PyException;
import java.util.ArrayList;
import java.util.List;

/** Formats an uncaught exception as CPython does, including chained causes and contexts. */
public final class Traceback {
    private Traceback() {}

    public static String format(PyException e, SourceFile source) {
        return format(e, source, false);
    }

    /**
     * As above; {@code uncaught}: as the interpreter prints an exception that ended the program,
     * with CPython 3.11's "Did you mean" for a NameError or AttributeError (its traceback module
     * offers none before 3.12).
     */
    public static String format(PyException e, SourceFile source, boolean uncaught) {
        List<String> parts = new ArrayList<>();
        PyException cur = e;
        int guard = 0;
        while (cur != null && guard++ < 100) {
            parts.add(0, one(cur, source, uncaught));
            if (cur.cause() != null) {
                parts.add(0, "\nThe above exception was the direct cause of the following exception:\n\n");
                cur = cur.cause();
            } else if (cur.context() != null && !cur.suppressContext()) {
                parts.add(0, "\nDuring handling of the above exception, another exception occurred:\n\n");
                cur = cur.context();
            } else {
                cur = null;
            }
        }
        return String.join("", parts);
    }

    private static String one(PyException e, SourceFile source, boolean uncaught) {
        StringBuilder sb = new StringBuilder();
        if (!e.traceback().isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            PyException.TraceEntry previous = null;
            int repeats = 0;
            for (PyException.TraceEntry t : e.traceback()) {
                // as CPython: a line repeated more than three times in a row is summarised
                if (t.equals(previous)) {
                    if (++repeats >= 3) continue;
                } else {
                    flushRepeats(sb, repeats);
                    repeats = 0;
                }
                previous = t;
                sb.append("  File \"").append(t.file()).append("\", line ").append(t.line()).append(", in ").append(t.function()).append('\n');
                if (source != null && source.name().equals(t.file())) {
                    String line = source.line(t.line()).strip();
                    if (!line.isEmpty()) sb.append("    ").append(line).append('\n');
                }
            }
            flushRepeats(sb, repeats);
        }
        sb.append(lastLine(e, uncaught)).append('\n');
        notes(e, sb);
        return sb.toString();
    }

    /** The notes add_note() gave the exception, a line each after its last line, as CPython prints them. */
    public static void notes(PyException e, StringBuilder sb) {
        Object notes;
        try {
            notes = io.fora.vm.runtime.Ops.getAttrOrNull(e, "__notes__");
        } catch (RuntimeException ignored) {
            return;
        }
        if (notes == null) return;
        if (!(notes instanceof io.fora.vm.runtime.PyList || notes instanceof io.fora.vm.runtime.PyTuple
                || notes instanceof io.fora.vm.runtime.PyStr)) {
            sb.append(safeRepr(notes)).append('\n');
            return;
        }
        for (Object n : io.fora.vm.runtime.Iterators.toArray(notes)) {
            try {
                sb.append(io.fora.vm.runtime.Repr.str(n)).append('\n');
            } catch (RuntimeException ignored) {
                sb.append("<note str() failed>\n");
            }
        }
    }

    private static String safeRepr(Object v) {
        try {
            return io.fora.vm.runtime.Repr.repr(v);
        } catch (RuntimeException ignored) {
            return "<note str() failed>";
        }
    }

    private static void flushRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    /**
     * {@code ZeroDivisionError: division by zero}, as the last line of a traceback: the class's
     * qualified name, prefixed with its module unless that is builtins or __main__
     * ({@code json.decoder.JSONDecodeError: ...}); a message whose {@code __str__} fails is
     * {@code <exception str() failed>}, as CPython's traceback module prints it.
     */
    public static String lastLine(PyException e) {
        return lastLine(e, false);
    }

    /** As above; {@code uncaught}: with the suggestion the interpreter adds to an uncaught NameError or AttributeError. */
    public static String lastLine(PyException e, boolean uncaught) {
        String msg;
        try {
            msg = io.fora.vm.runtime.Repr.str(e);
        } catch (RuntimeException failed) {
            msg = "<exception str() failed>";
        }
        String name = e.cls().qualname();
        String module = e.cls().module();
        if (module != null && !module.equals("builtins") && !module.equals("__main__")) name = module + "." + name;
        if (uncaught) {
            String suggestion = Suggestions.offer(e);
            if (suggestion != null) msg = msg + ". Did you mean: '" + suggestion + "'?";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
