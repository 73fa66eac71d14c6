// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.diag;

import io.fora.vm.ast.Pos;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems found in one source file; passed into each phase, never global. */
public final class Diagnostics {
    private final SourceFile source;
    private final List<Diagnostic> items = new ArrayList<>();

    public Diagnostics(SourceFile source) {
        this.source = source;
    }

    public SourceFile source() { return source; }

    public void error(String kind, Pos pos, String message) {
        items.add(new Diagnostic(kind, message, source.name(), pos.line(), pos.col()));
    }

    public void syntax(Pos pos, String message) { error("SyntaxError", pos, message); }

    public void purity(Pos pos, String message) { error("PurityError", pos, message); }

    /** Something that runs but fails where the program reaches it (a refused builtin or module); listed by {@code fora check}. */
    public void warning(Pos pos, String message) {
        warnings.add(new Diagnostic("Warning", message, source.name(), pos.line(), pos.col()));
    }

    private final List<Diagnostic> warnings = new ArrayList<>();

    /** The warnings in source order. */
    public List<Diagnostic> warnings() {
        List<Diagnostic> sorted = new ArrayList<>(warnings);
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::col));
        return sorted;
    }

    public boolean hasErrors() { return !items.isEmpty(); }

    /** Problems in source order (a phase may find them out of order). */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::col));
        return sorted;
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : all()) {
            if (!sb.isEmpty()) sb.append('\n');
            sb.append(d.format(source));
        }
        return sb.toString();
    }
}
