// SPDX-License-Identifier: Apache-2.0
package io.fora.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image, built where it is tested by docker/build-image.sh (no Docker daemon, no
 * registry), then run: with podman where podman runs, otherwise by unpacking its layers and
 * running its entrypoint as its user in a chroot of them (in new mount and PID namespaces, with
 * /proc, as a container runtime would).
 */
class ImageTest {
    static final Path ROOT = ChartTest.ROOT;
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path tmp;
    static Path archive;
    static JsonNode config;
    static Path rootfs;

    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool));
    }

    static String run(Path dir, List<String> cmd, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(cmd + " took more than " + seconds + " s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) throw new AssertionError(cmd + " exited " + p.exitValue() + ":\n" + text);
        return text;
    }

    @BeforeAll static void build() throws Exception {
        Path jar = ROOT.resolve("launcher/target/fora.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "no launcher/target/fora.jar: the image test runs after the launcher is packaged (./mvnw verify)");
        for (String tool : List.of("tar", "gzip", "sha256sum", "dpkg-deb")) {
            Assumptions.assumeTrue(onPath(tool), "this machine cannot build images: no " + tool);
        }
        Path out = tmp.resolve("fora.oci.tar");
        List<String> cmd = List.of(ROOT.resolve("docker/build-image.sh").toString(), "--jar", jar.toString(), "--out", out.toString());
        Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the image build took more than 10 minutes");
        Assumptions.assumeFalse(p.exitValue() == 4, "this machine cannot build images (see the build's message above)");
        assertEquals(0, p.exitValue(), printed);
        String[] lines = printed.split("\n");
        assertEquals(out.toString(), lines[lines.length - 1], "the archive's path is the last line printed");
        archive = out;
        Path layout = Files.createDirectories(tmp.resolve("layout"));
        run(layout, List.of("tar", "-xf", archive.toString()), 120);
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(blob(layout, index.path("manifests").get(0).path("digest").asText()));
        config = JSON.readTree(blob(layout, manifest.path("config").path("digest").asText()));
        rootfs = Files.createDirectories(tmp.resolve("rootfs"));
        for (JsonNode layer : manifest.path("layers")) {
            Path gz = layout.resolve("blobs/sha256/" + layer.path("digest").asText().substring(7));
            run(rootfs, List.of("tar", "-xzf", gz.toString(), "-C", rootfs.toString()), 120);
        }
    }

    /** A blob of the layout, its digest checked. */
    static byte[] blob(Path layout, String digest) throws Exception {
        assertTrue(digest.startsWith("sha256:"), digest);
        byte[] b = Files.readAllBytes(layout.resolve("blobs/sha256/" + digest.substring(7)));
        assertEquals(digest.substring(7), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b)), "digest of " + digest);
        return b;
    }

    @Test void theArchiveIsAValidOciImageOfOneNonRootImageForEveryRole() throws Exception {
        Path layout = tmp.resolve("layout");
        assertEquals("1.0.0", JSON.readTree(layout.resolve("oci-layout").toFile()).path("imageLayoutVersion").asText());
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode desc = index.path("manifests").get(0);
        assertEquals("0.1.0", desc.path("annotations").path("org.opencontainers.image.ref.name").asText());
        JsonNode manifest = JSON.readTree(blob(layout, desc.path("digest").asText()));
        // every layer's digest, and the config's diff_ids: the digests of the uncompressed layers
        List<String> diffIds = new ArrayList<>();
        for (JsonNode layer : manifest.path("layers")) {
            byte[] gz = blob(layout, layer.path("digest").asText());
            assertEquals(gz.length, layer.path("size").asLong());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
            }
            diffIds.add("sha256:" + HexFormat.of().formatHex(sha.digest()));
        }
        List<String> declared = new ArrayList<>();
        config.path("rootfs").path("diff_ids").forEach(d -> declared.add(d.asText()));
        assertEquals(diffIds, declared);
        JsonNode c = config.path("config");
        assertEquals("10001:10001", c.path("User").asText(), "runs as a non-root user");
        assertEquals("/opt/fora/bin/fora", c.path("Entrypoint").get(0).asText());
        assertEquals("local", c.path("Cmd").get(0).asText(), "fora local by default");
        assertTrue(c.path("ExposedPorts").has("30000/tcp"));
        assertEquals("/opt/fora/bin/fora-health", c.path("Healthcheck").path("Test").get(1).asText());
        // a small runtime, made by jlink: no compiler, no jmods
        assertTrue(Files.isExecutable(rootfs.resolve("opt/java/bin/java")));
        assertTrue(!Files.exists(rootfs.resolve("opt/java/bin/javac")) && !Files.exists(rootfs.resolve("opt/java/jmods")));
        assertTrue(Files.readString(rootfs.resolve("etc/passwd")).contains("fora:x:10001:10001:"));
    }

    /** The image's entrypoint with its config's user, environment and working directory. */
    private static List<String> inContainer(List<String> args) {
        Assumptions.assumeTrue(canChroot(), "cannot run the image here: no podman, and a chroot in new mount and PID namespaces needs root, unshare and chroot (util-linux, coreutils)");
        List<String> cmd = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--kill-child", "--mount-proc=" + rootfs.resolve("proc")));
        cmd.addAll(chroot(config.path("config").path("User").asText()));
        config.path("config").path("Env").forEach(e -> cmd.add(e.asText()));
        cmd.addAll(List.of("/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", config.path("config").path("WorkingDir").asText()));
        config.path("config").path("Entrypoint").forEach(e -> cmd.add(e.asText()));
        cmd.addAll(args);
        return cmd;
    }

    /**
     * A chroot of the image as {@code user}, with this machine's /dev bound in (a container runtime
     * gives a container its /dev), followed by {@code env -i}: the caller adds the environment.
     * Runs inside a mount namespace of its own, so the bind ends with it.
     */
    private static List<String> chroot(String user) {
        return List.of("/bin/sh", "-c", "r=\"$0\"; u=\"$1\"; shift; mount --rbind /dev \"$r/dev\" && exec chroot --userspec=\"$u\" \"$r\" /usr/bin/env -i \"$@\"",
                rootfs.toString(), user);
    }

    /** The image's health check, run as the runtime runs it: in the container, as its user. */
    private static int healthCheck(int httpPort, int healthPort) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("unshare", "--mount", "--fork"));
        cmd.addAll(chroot("10001:10001"));
        cmd.addAll(List.of("FORA_HTTP_PORT=" + httpPort, "FORA_HEALTH_PORT=" + healthPort, "/opt/fora/bin/fora-health"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private static Boolean chrootWorks;

    /** Root, unshare and chroot, and new mount and PID namespaces allowed here (tried once). */
    static synchronized boolean canChroot() {
        if (chrootWorks == null) {
            chrootWorks = false;
            if ("root".equals(System.getProperty("user.name")) && onPath("unshare") && onPath("chroot")) {
                try {
                    List<String> probe = new ArrayList<>(List.of("unshare", "--mount", "--pid", "--fork", "--mount-proc=" + rootfs.resolve("proc")));
                    probe.addAll(chroot("10001:10001"));
                    probe.add("/bin/true");
                    Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
                    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    chrootWorks = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
                    if (!chrootWorks) System.err.println("ImageTest: namespaces and chroot refused here: " + out.strip());
                } catch (IOException | InterruptedException e) {
                    chrootWorks = false;
                }
            }
        }
        return chrootWorks;
    }

    static boolean podman() {
        if (!onPath("podman")) return false;
        try {
            return new ProcessBuilder("podman", "info").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test void foraRunInsideTheImagePrintsTheExamplesAnswer() throws Exception {
        String out;
        if (podman()) {
            String loaded = run(tmp, List.of("podman", "load", "-i", archive.toString()), 300);
            assertTrue(loaded.contains("fora"), loaded);
            out = run(tmp, List.of("podman", "run", "--rm", "fora:0.1.0", "run", "examples/primes.py"), 300);
        } else {
            out = run(tmp, inContainer(List.of("run", "examples/primes.py")), 300);
        }
        assertEquals("78498", out.strip());
    }

    @Test void theDefaultCommandServesTheGatewayAndTheHealthCheckPasses() throws Exception {
        Assumptions.assumeTrue(!podman() || canChroot(), "covered by podman's run above");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // the image's default command (fora local), on a free port; the container shares this host's loopback
        Process server = new ProcessBuilder(inContainer(List.of("local", "--port", Integer.toString(port), "--cores", "1")))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("local.log").toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/health")).timeout(Duration.ofSeconds(5)).build();
            String body = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (body == null && System.nanoTime() < deadline && server.isAlive()) {
                try {
                    HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) body = r.body();
                } catch (IOException notYet) {
                    Thread.sleep(300);
                }
            }
            assertTrue(body != null && body.contains("\"status\":\"up\""), "the gateway in the image: " + body + "\n" + Files.readString(tmp.resolve("local.log")));
            assertEquals(0, healthCheck(port, port), "the image's health check passes while the gateway is up");
        } finally {
            // by its own handles: the server is unshare's descendant (its parent-death signal does not
            // survive chroot's change of user), stopped first with SIGTERM as a runtime stops a container
            List<ProcessHandle> inside = server.descendants().toList();
            inside.forEach(ProcessHandle::destroy);
            for (ProcessHandle h : inside) {
                try {
                    h.onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception slow) {
                    h.destroyForcibly();
                }
            }
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
        }
        assertEquals(1, healthCheck(port, port), "the health check fails once the server is gone");
    }
}
