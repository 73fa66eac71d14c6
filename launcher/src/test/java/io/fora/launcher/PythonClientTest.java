// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Python client ({@code python/}) against a real {@code fora local}: starts it as its own
 * process on a free port, runs the client's unittest suite with {@code FORA_URL} pointing at it,
 * and stops it by its process handle.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class PythonClientTest {
    private static final long PYTHON_TIMEOUT_SECONDS = 180;

    private static Process local;
    private static String url;

    @BeforeAll static void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xss16m", "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), ForaMain.class.getName(), "local", "--port", "0",
                "--host", "127.0.0.1", "--cores", "2").redirectError(ProcessBuilder.Redirect.DISCARD);
        local = pb.start();
        BufferedReader r = new BufferedReader(new InputStreamReader(local.getInputStream(), StandardCharsets.UTF_8));
        // a timeout, so that a server that cannot start fails the test instead of hanging it
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l; (l = r.readLine()) != null; ) {
                    if (l.contains("serving http://")) return l;
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).get(120, TimeUnit.SECONDS);
        Matcher m = line == null ? null : Pattern.compile("serving (http://\\S+)").matcher(line);
        if (m == null || !m.find()) fail("fora local did not say where it serves: " + line);
        url = m.group(1);
        Thread drain = new Thread(() -> {
            try {
                while (r.readLine() != null) { }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "fora-local-output");
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll static void stop() throws InterruptedException {
        if (local == null) return;
        local.destroy();
        if (!local.waitFor(30, TimeUnit.SECONDS)) local.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
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
        env.put("FORA_URL", url);
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
