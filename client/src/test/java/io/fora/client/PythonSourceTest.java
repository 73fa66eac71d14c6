// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonSourceTest {
    @Test void pathDefaultsToSource() {
        assertEquals("<source>", PythonSource.of("x = 1").path());
        assertEquals("<source>", PythonSource.of("x = 1", null).path());
        assertEquals("<source>", new PythonSource("x = 1", "").path());
    }

    @Test void keepsGivenPath() {
        assertEquals(new PythonSource("x = 1", "m.py"), PythonSource.of("x = 1", "m.py"));
        assertEquals("n.py", PythonSource.of("x = 1", "m.py").withPath("n.py").path());
    }

    @Test void codeIsRequired() {
        assertThrows(NullPointerException.class, () -> PythonSource.of(null));
    }

    @Test void readsFileAsUtf8NamedByItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("primes.py");
        Files.writeString(file, "s = 'é'\n", StandardCharsets.UTF_8);
        PythonSource s = PythonSource.fromFile(file);
        assertEquals("s = 'é'\n", s.code());
        assertEquals(file.toString(), s.path());
    }
}
