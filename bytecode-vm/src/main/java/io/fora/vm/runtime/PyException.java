// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.ArrayList;
import java.util.List;

/** An instance of BaseException or a subclass, with Python's chaining and traceback fields. */
public final class PyException extends PyInstance {
    /** One line of a traceback: where a frame was when the exception passed through it. */
    public record TraceEntry(String file, int line, String function) {}

    private PyTuple args = PyTuple.EMPTY;
    private PyException cause;
    private PyException context;
    private boolean suppressContext;
    private final List<TraceEntry> traceback = new ArrayList<>();
    /** The frame that last recorded a traceback line, so a re-raise does not repeat it. */
    public transient Object lastFrame;
    /**
     * For a NameError: the local names of the frame it was raised in and that frame's globals
     * ({@code io.fora.vm.Suggestions} looks for a near name there, then in the builtins).
     */
    public transient String[] raisedInLocals;
    public transient Globals raisedInGlobals;
    /** The "Did you mean" name offered for this exception once worked out (io.fora.vm.Suggestions), or null. */
    public transient Object suggestion;

    public PyException(PyClass cls) { super(cls); }

    public PyTuple args() { return args; }

    /**
     * {@code e.args} as Python reads it: an OSError made with a file name
     * ({@code OSError(errno, strerror, filename[, winerror, filename2])}) keeps only (errno, strerror)
     * there, as CPython's does; the file names stay readable as attributes and in its message.
     */
    public PyTuple visibleArgs() {
        if (args.size() >= 3 && args.size() <= 5 && cls().isSubclassOf(Types.OS_ERROR)) return PyTuple.of(args.get(0), args.get(1));
        return args;
    }
    public void setArgs(PyTuple args) { this.args = args; }
    public PyException cause() { return cause; }
    public void setCause(PyException cause) { this.cause = cause; this.suppressContext = true; }
    public PyException context() { return context; }
    public void setContext(PyException context) { this.context = context; }
    public boolean suppressContext() { return suppressContext; }
    public void setSuppressContext(boolean s) { this.suppressContext = s; }
    /** Outermost frame first, as Python prints it. */
    public List<TraceEntry> traceback() { return traceback.reversed(); }

    /** Records the frame the exception is passing through (innermost first: they arrive in that order). */
    public void addTrace(String file, int line, String function) {
        traceback.add(new TraceEntry(file, line, function));
    }
}
