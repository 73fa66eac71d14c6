// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

/**
 * The base of every error Fora reports, on the server and in every client, mirroring pyfora's
 * error model. On the wire an error travels by {@link #type()} (the class's simple name) and
 * message; {@link #fromWire} rebuilds the matching class on the other side.
 */
public class ForaError extends RuntimeException {
    public ForaError(String message) { super(message); }

    public ForaError(String message, Throwable cause) { super(message, cause); }

    /** The name this error travels under: {@code "ComputationError"}, {@code "ConnectionError"}... */
    public String type() { return getClass().getSimpleName(); }

    /**
     * The error named {@code type} with {@code message}; an unknown name gives a plain
     * {@code ForaError}. Errors that carry more (a trace, a line) are built by their own constructors.
     */
    public static ForaError fromWire(String type, String message) {
        return switch (type == null ? "" : type) {
            case "ConnectionError" -> new ConnectionError(message);
            case "PythonToForaConversionError" -> new PythonToForaConversionError(message, null, 0, 0);
            case "ForaToPythonConversionError" -> new ForaToPythonConversionError(message);
            case "ForaNotImplementedError" -> new ForaNotImplementedError(message);
            case "InvalidPyforaOperation" -> new InvalidPyforaOperation(message);
            case "ResultExceededBytecountThreshold" -> new ResultExceededBytecountThreshold(message);
            case "NotCallableError" -> new NotCallableError(message);
            case "ComputationError" -> new ComputationError("Exception", message, java.util.List.of(), null);
            default -> new ForaError(message);
        };
    }
}
