// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.util.List;

/**
 * What a module run printed: the {@code repr()} of each top-level expression statement's value
 * (None excepted), in order, as {@code fora run} prints them.
 */
public record ModuleOutput(String computationId, List<String> output, long elapsedMs) {
    public ModuleOutput {
        output = List.copyOf(output);
    }

    /** The lines joined with newlines, each one ended by one. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (String line : output) sb.append(line).append('\n');
        return sb.toString();
    }
}
