// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.diag;

/**
 * One problem found before running: a kind ({@code SyntaxError}, {@code PurityError},
 * {@code NameError}...), a message, and a 1-based line and column.
 */
public record Diagnostic(String kind, String message, String file, int line, int col) {

    /**
     * Formats as {@code File "x.py", line 3, col 7: SyntaxError: message}, then the source line and
     * a caret under the column, as a person expects from Python.
     */
    public String format(SourceFile source) {
        StringBuilder sb = new StringBuilder();
        sb.append("File \"").append(file).append("\", line ").append(line).append(", col ").append(col)
          .append(": ").append(kind).append(": ").append(message);
        String text = source == null ? "" : source.line(line);
        if (!text.isBlank()) {
            String stripped = text.stripLeading();
            int indent = text.length() - stripped.length();
            sb.append("\n    ").append(stripped.stripTrailing());
            int caret = Math.max(0, Math.min(col - 1 - indent, stripped.length()));
            sb.append("\n    ").append(" ".repeat(caret)).append('^');
        }
        return sb.toString();
    }
}
