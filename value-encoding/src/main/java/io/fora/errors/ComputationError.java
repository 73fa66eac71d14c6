// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

import java.util.List;

/**
 * The Python code raised an exception that it did not catch: the remote exception's type name
 * and message, and the traceback (outermost call first), as pyfora's {@code ComputationError}.
 */
public class ComputationError extends ForaError {
    /** One line of a remote traceback. */
    public record TraceEntry(String path, int line, String function) {}

    private final String remoteType;
    private final String remoteMessage;
    private final List<TraceEntry> trace;
    private final String formatted;
    private final List<String> output;

    public ComputationError(String remoteType, String remoteMessage, List<TraceEntry> trace, String formatted) {
        this(remoteType, remoteMessage, trace, formatted, List.of());
    }

    /** As above, with what a module run displayed before it raised. */
    public ComputationError(String remoteType, String remoteMessage, List<TraceEntry> trace, String formatted, List<String> output) {
        super(remoteMessage == null || remoteMessage.isEmpty() ? remoteType : remoteType + ": " + remoteMessage);
        this.remoteType = remoteType;
        this.remoteMessage = remoteMessage == null ? "" : remoteMessage;
        this.trace = List.copyOf(trace);
        this.formatted = formatted;
        this.output = List.copyOf(output);
    }

    /** The reprs a module run displayed before the exception (empty for calls and blocks). */
    public List<String> output() { return output; }

    /** The Python exception's class name, e.g. {@code ZeroDivisionError}. */
    public String remoteType() { return remoteType; }

    /** {@code str()} of the Python exception. */
    public String remoteMessage() { return remoteMessage; }

    public List<TraceEntry> trace() { return trace; }

    /** The traceback as CPython prints it, when the server sent it. */
    public String formattedTraceback() { return formatted; }
}
