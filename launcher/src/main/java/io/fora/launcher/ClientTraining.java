// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * {@code fora client-training} (not listed in the usage): the training run of the client JVM's AOT
 * cache, which the fora script makes once per build for {@code fora run --cluster}. It runs the
 * client's path, a module submitted and its answer printed, against a stand-in server on a
 * loopback port that answers as a Fora server does: the training needs no server, and the cache
 * holds the client's classes, linked, and nothing of a server's. (Not a failing computation: its answer's classes, Jackson's object mapper among them,
 * were 560 more, and a cache holding them made every start slower than none.)
 */
final class ClientTraining {
    private ClientTraining() {}

    /** The answers to a submission and to the wait for its end, as a server gives them. */
    static final String RUNNING = "{\"id\":\"c-training-1\",\"status\":\"running\",\"elapsedMs\":0}";
    static final String DONE = "{\"id\":\"c-training-1\",\"status\":\"done\",\"elapsedMs\":1,\"output\":[\"2\"]}";

    /** Runs the training; 0 when the run went as a client's would. */
    static int run(PrintStream out, PrintStream err) {
        try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
            Thread.ofPlatform().daemon().name("fora-training-server").start(() -> serve(server));
            java.nio.file.Path file = java.nio.file.Files.createTempFile("fora-client-training", ".py");
            try {
                java.nio.file.Files.writeString(file, "1 + 1\n");
                // the command line a user gives, parsed as theirs is: a class the cache lacks is read
                // from the jar, which is opened for it (40,000 entries: more than the cache saves)
                return ForaMain.run(new String[] {"run", "--cluster", "http://localhost:" + server.getLocalPort(), file.toString()}, out, err);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            err.println("fora: client training: " + e.getMessage());
            return 1;
        }
    }

    /** Answers a submission as running and each later request on its connection as ended. */
    private static void serve(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                OutputStream o = s.getOutputStream();
                for (int n = 0; ; n++) {
                    int length = head(in);
                    if (length < 0) break;
                    in.readNBytes(length);
                    byte[] body = (n == 0 ? RUNNING : DONE).getBytes(StandardCharsets.UTF_8);
                    o.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    o.write(body);
                    o.flush();
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads a request's head; its Content-Length (0 when it has none), -1 when the connection ended. */
    private static int head(InputStream in) throws IOException {
        int length = 0;
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) return -1;
                if (c != '\r') line.write(c);
            }
            String h = line.toString(StandardCharsets.ISO_8859_1);
            if (h.isEmpty()) return length;
            if (h.regionMatches(true, 0, "content-length:", 0, 15)) length = Integer.parseInt(h.substring(15).trim());
        }
    }
}
