// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Python client ({@code python/}) against a real server: runs its unittest suite with
 * {@code FORA_URL} pointing at a server started in this JVM.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class PythonClientTest {
    private static final long PYTHON_TIMEOUT_SECONDS = 180;

    static ForaServer server;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).build());
    }

    @AfterAll static void stop() {
        if (server != null) server.close();
    }

    /** The repository's root: Maven runs a module's tests with the module's directory as working directory. */
    private static Path repoRoot() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("python").resolve("fora")) && Files.isDirectory(p.resolve("python").resolve("tests"))) {
                return p;
            }
        }
        Path parent = cwd.getParent();
        return parent != null ? parent : cwd;
    }

    private static String python() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, "python3");
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }

    @Test void pythonClientTestsPassAgainstARealServer() throws Exception {
        String python = python();
        if (python == null) {
            fail("python3 is not on PATH: the Python client's tests (python/tests) need a Python 3.9+ interpreter");
        }
        Path root = repoRoot();
        Path pythonDir = root.resolve("python");
        Path tests = pythonDir.resolve("tests");
        assertTrue(Files.isDirectory(tests), "no Python tests at " + tests);

        ProcessBuilder pb = new ProcessBuilder(List.of(
                python, "-m", "unittest", "discover", "-s", tests.toString(), "-t", pythonDir.toString(), "-v"));
        pb.directory(pythonDir.toFile());
        pb.redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("FORA_URL", server.url().toString());
        env.put("PYTHONPATH", pythonDir.toString());
        env.put("PYTHONUNBUFFERED", "1");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.remove("FORA_LAUNCHER");

        Process process = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> copy(process.getInputStream(), out), "python-client-tests-output");
        reader.setDaemon(true);
        reader.start();

        boolean ended = process.waitFor(PYTHON_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
            reader.join(5_000);
            fail("the Python client's tests did not end within " + PYTHON_TIMEOUT_SECONDS + " s; output:\n" + text(out));
        }
        reader.join(10_000);
        int code = process.exitValue();
        String output = text(out);
        if (code != 0) {
            fail("the Python client's tests failed (exit code " + code + "); output:\n" + output);
        }
        assertEquals(0, code);
        assertTrue(output.contains("OK"), "unexpected output of the Python tests:\n" + output);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buf = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                synchronized (out) {
                    out.write(buf, 0, n);
                }
            }
        } catch (IOException e) {
            // the process was killed: keep what was read
        }
    }

    private static String text(ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
