// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.diag;

import java.util.ArrayList;
import java.util.List;

/** A source text with its file name, split into lines for error display (on first use: most programs show none). */
public final class SourceFile {
    private final String name;
    private final String text;
    private volatile List<String> lines;

    public SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String name() { return name; }
    public String text() { return text; }

    /** The 1-based line without its terminator, or "" when out of range. */
    public String line(int line) {
        List<String> lines = this.lines;
        if (lines == null) this.lines = lines = splitLines(text);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }
}
