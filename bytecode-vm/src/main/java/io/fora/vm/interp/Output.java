// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import java.util.function.Consumer;

/**
 * What a computation prints ({@code print}, and the values a notebook-style module shows), in
 * program order whatever the parallel schedule: the computation's own output streams whole
 * lines to its sink as they are completed; a piece's output is kept until the piece is joined,
 * and the joiner then writes it as its own, so joins concatenate output in order. Output is
 * bounded: past {@link #limit} characters it is cut with a marker, never an OutOfMemoryError.
 */
public final class Output {
    /** The default bound of one computation's output, in characters. */
    public static final long DEFAULT_LIMIT = 64L << 20;

    private final Consumer<String> lines;
    private final long limit;
    private final StringBuilder pending = new StringBuilder();
    private long written;
    private boolean truncated;

    /** True for a piece's output: kept whole until its joiner takes it. */
    private final boolean buffer;
    /** True when the sink takes text as it is (lines with their newlines, a last one without), not lines. */
    private final boolean asText;

    private Output(Consumer<String> lines, long limit, boolean buffer, boolean asText) {
        this.lines = lines;
        this.limit = limit;
        this.buffer = buffer;
        this.asText = asText;
    }

    /** A computation's output: complete lines go to {@code lines} (null: discarded). */
    public static Output streaming(Consumer<String> lines, long limit) { return new Output(lines, limit, false, false); }

    /**
     * A computation's output as text: each write's complete lines go to {@code sink} with their
     * newlines, and at the end what follows the last newline as it is (no newline is added:
     * {@code fora run} prints the very bytes CPython would).
     */
    public static Output text(Consumer<String> sink, long limit) { return new Output(sink, limit, false, true); }

    public long limit() { return limit; }

    /** A piece's output, kept until its joiner takes it. */
    static Output buffered(long limit) { return new Output(null, limit, true, false); }

    /** Writes text; whole lines go on at once (a piece keeps them). */
    public void write(String text) {
        if (truncated || text.isEmpty()) return;
        if (written + text.length() > limit) {
            text = text.substring(0, (int) Math.max(0, limit - written));
            written = limit;
            pending.append(text).append("\n[fora: output truncated after ").append(limit).append(" characters]\n");
            truncated = true;
        } else {
            written += text.length();
            pending.append(text);
        }
        if (buffer) return;
        int end = pending.lastIndexOf("\n");
        if (end < 0) return;
        if (asText) {
            String done = pending.substring(0, end + 1);
            pending.delete(0, end + 1);
            if (lines != null) lines.accept(done);
            return;
        }
        String done = pending.substring(0, end);
        pending.delete(0, end + 1);
        if (lines != null) for (String line : done.split("\n", -1)) lines.accept(line);
    }

    /** A piece's output so far, taken (the buffer is then empty). */
    String take() {
        String s = pending.toString();
        pending.setLength(0);
        return s;
    }

    /** At the end of a computation: a last line without its newline goes out too. */
    public void flush() {
        if (buffer || pending.isEmpty()) return;
        String rest = pending.toString();
        pending.setLength(0);
        if (lines != null) lines.accept(rest);
    }
}
