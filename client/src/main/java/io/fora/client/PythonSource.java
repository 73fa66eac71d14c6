// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of a Python module and the path that names it in tracebacks and error positions
 * ({@value #DEFAULT_PATH} unless given).
 */
public record PythonSource(String code, String path) {
    /** The path of source text that came from no file. */
    public static final String DEFAULT_PATH = "<source>";

    public PythonSource {
        Objects.requireNonNull(code, "code");
        if (path == null || path.isEmpty()) path = DEFAULT_PATH;
    }

    public static PythonSource of(String code) { return new PythonSource(code, DEFAULT_PATH); }

    public static PythonSource of(String code, String path) { return new PythonSource(code, path); }

    /** The UTF-8 text of a file, named by the path as given. */
    public static PythonSource fromFile(Path file) throws IOException {
        return new PythonSource(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The same code under another path. */
    public PythonSource withPath(String newPath) { return new PythonSource(code, newPath); }
}
