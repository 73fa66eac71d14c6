// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.List;

/**
 * An exception's {@code __traceback__}: traceback objects made from the lines its traceback
 * recorded (the catching frame first, {@code tb_next} towards where it was raised), each with
 * {@code tb_lineno}, {@code tb_lasti} and a {@code tb_frame} that knows its line, its code's name
 * and file ({@code f_code.co_name}, {@code co_filename}). Fora's frames are not Python objects:
 * a traceback's frame has no locals or globals to read ({@code f_locals}, {@code f_globals} are
 * empty dicts) and no {@code f_back}.
 */
public final class Tracebacks {
    private Tracebacks() {}

    public static final PyClass TRACEBACK = PyClass.builtin("traceback", Types.OBJECT);
    private static final PyClass FRAME = PyClass.builtin("frame", Types.OBJECT);
    private static final PyClass CODE = PyClass.builtin("code", Types.OBJECT);

    /** The exception's traceback chain, or None when it recorded no line. */
    public static Object of(PyException e) {
        List<PyException.TraceEntry> lines = e.traceback();
        Object next = PyNone.NONE;
        for (int i = lines.size() - 1; i >= 0; i--) next = node(lines.get(i), next);
        return next;
    }

    private static PyInstance node(PyException.TraceEntry t, Object next) {
        PyInstance code = new PyInstance(CODE);
        code.setAttr("co_name", PyStr.of(t.function()));
        code.setAttr("co_filename", PyStr.of(t.file()));
        code.setAttr("co_qualname", PyStr.of(t.function()));
        PyInstance frame = new PyInstance(FRAME);
        frame.setAttr("f_code", code);
        frame.setAttr("f_lineno", (long) t.line());
        frame.setAttr("f_back", PyNone.NONE);
        frame.setAttr("f_locals", new PyDict());
        frame.setAttr("f_globals", new PyDict());
        PyInstance tb = new PyInstance(TRACEBACK);
        tb.setAttr("tb_next", next);
        tb.setAttr("tb_lineno", (long) t.line());
        tb.setAttr("tb_lasti", -1L);
        tb.setAttr("tb_frame", frame);
        return tb;
    }
}
