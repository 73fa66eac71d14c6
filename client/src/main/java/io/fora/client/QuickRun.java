// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import io.fora.errors.ConnectionError;
import io.fora.errors.ForaError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * The start of a module run for a process that runs one module and exits ({@code fora run
 * --cluster}): the submission and its first wait go over one plain HTTP/1.1 socket, so a short
 * computation's answer arrives without the JDK's HTTP client, whose 1,500 classes take about a
 * quarter of a second of a client JVM's life. A computation still running after the wait is
 * followed by {@link Fora#follow}, with progress events, as {@link Fora#run} follows one.
 * {@code http://} servers only: an {@code https://} URL goes through {@link Fora#run}.
 */
public final class QuickRun {
    /** Largest answer read: an answer is a module's printed reprs, which the server bounds far below this. */
    static final int MAX_ANSWER_BYTES = 256 << 20;
    private static final int CONNECT_TIMEOUT_MS = (int) Fora.DEFAULT_CONNECT_TIMEOUT.toMillis();

    private final URI base;
    private final String id;
    private final Answers.Computation answer;

    private QuickRun(URI base, String id, Answers.Computation answer) {
        this.base = base;
        this.id = id;
        this.answer = answer;
    }

    /** True for a URL this class can talk to ({@code http://host[:port][/]}). */
    public static boolean handles(String url) {
        try {
            URI u = URI.create(url);
            return "http".equalsIgnoreCase(u.getScheme()) && u.getHost() != null && u.getRawQuery() == null
                    && u.getRawFragment() == null && (u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Submits the module and waits up to {@code wait} for its end. Throws {@link ConnectionError}
     * when the server cannot be reached, and the server's refusal (a bad request) as
     * {@link Fora#run} would give it.
     */
    public static QuickRun start(String url, PythonSource module, Duration wait) { return start(url, module, wait, id -> {}); }

    /** As above; {@code submitted} is told the computation's id as soon as the server gives it (a Ctrl-C then cancels it: {@link #cancel(String, String)}). */
    public static QuickRun start(String url, PythonSource module, Duration wait, java.util.function.Consumer<String> submitted) {
        Objects.requireNonNull(module, "module");
        if (!handles(url)) throw new IllegalArgumentException("a plain-HTTP Fora server's root URL looks like http://host:30000, not '" + url + "'");
        URI base = URI.create(url);
        String body = RequestBodies.module(module);
        long waitMs = Math.max(0, wait.toMillis());
        try (Socket s = connect(base)) {
            Answers.Computation first = Answers.computation(exchange(s, base, "POST", "/api/v1/computations?wait=0", body, 0));
            if (first.id() == null || first.id().isEmpty()) throw new ForaError("the server's answer to a submission names no computation 'id'");
            submitted.accept(first.id());
            if (!first.status().equals("running") || waitMs == 0) return new QuickRun(base, first.id(), first);
            String target = "/api/v1/computations/" + Targets.encode(first.id()) + "?wait=" + waitMs / 1000.0;
            return new QuickRun(base, first.id(), Answers.computation(exchange(s, base, "GET", target, null, waitMs)));
        } catch (IOException e) {
            throw failure(base, e);
        }
    }

    /** The computation's id on the server. */
    public String id() { return id; }

    /** True when the computation ended within the wait: {@link #output()} gives its answer. */
    public boolean ended() { return !answer.status().equals("running"); }

    /**
     * What the module printed, once {@link #ended()}; a failed computation throws its
     * {@link io.fora.errors.ComputationError} (or other {@link ForaError}), a cancelled one a
     * {@link CancellationException}.
     */
    public ModuleOutput output() {
        if (!ended()) throw new IllegalStateException("the computation " + id + " is still running");
        return answer.outcome(Answers.Computation::moduleOutput);
    }

    /** Asks the server to stop the computation (Ctrl-C before it was handed to {@link Fora#follow}). */
    public void cancel() { cancel(base, id); }

    /** Asks the server at url to stop computation id; best effort, about five seconds at most. */
    public static void cancel(String url, String id) {
        if (handles(url)) cancel(URI.create(url), id);
    }

    private static void cancel(URI base, String id) {
        try (Socket s = connect(base)) {
            s.setSoTimeout(5_000); // a server busy on every core may take seconds to answer; the cancel must not be lost
            exchange(s, base, "DELETE", "/api/v1/computations/" + Targets.encode(id), null, 0);
        } catch (IOException | RuntimeException e) {
            // best effort: the process is exiting
        }
    }

    private static Socket connect(URI base) throws IOException {
        Socket s = new Socket();
        try {
            s.connect(address(base), CONNECT_TIMEOUT_MS);
            s.setTcpNoDelay(true);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /**
     * The server's address. {@code localhost} is the loopback address without a name lookup: the
     * JDK's first lookup looks for resolver providers on the class path, which opens the whole
     * jar (40 ms of a 0.25 s client).
     */
    private static InetSocketAddress address(URI base) {
        String host = base.getHost();
        if (host.equalsIgnoreCase("localhost")) return new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port(base));
        return new InetSocketAddress(host, port(base));
    }

    private static int port(URI base) { return base.getPort() < 0 ? 80 : base.getPort(); }

    private static ForaError failure(URI base, IOException e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException || e instanceof java.net.NoRouteToHostException) {
            return new ConnectionError("cannot connect to the Fora server at " + base + ": " + what, e);
        }
        if (e instanceof SocketTimeoutException) return new ConnectionError("the Fora server at " + base + " did not answer in time", e);
        return new ConnectionError("the connection to the Fora server at " + base + " failed: " + what, e);
    }

    /** One request and its answer's body on a kept-alive connection; a status of 400 or more throws the server's problem. */
    static byte[] exchange(Socket s, URI base, String method, String target, String json, long heldMs) throws IOException {
        s.setSoTimeout((int) Math.min(Integer.MAX_VALUE, Fora.DEFAULT_REQUEST_TIMEOUT.toMillis() + heldMs));
        byte[] content = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(port(base)).append("\r\n")
                .append("Accept: application/json\r\n")
                .append("User-Agent: fora-quick-run\r\n");
        if (json != null) head.append("Content-Type: application/json\r\n");
        if (json != null || method.equals("POST")) head.append("Content-Length: ").append(content.length).append("\r\n");
        head.append("\r\n");
        OutputStream out = s.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();
        InputStream in = s.getInputStream();
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP answer: '" + snippet(status) + "'");
        int code;
        try {
            code = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP status: '" + snippet(status) + "'");
        }
        long length = -1;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon <= 0) continue;
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT), value = h.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                try {
                    length = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new IOException("a bad Content-Length: '" + snippet(value) + "'");
                }
            } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = chunked ? chunked(in) : length >= 0 ? exactly(in, length) : upTo(in, MAX_ANSWER_BYTES);
        if (code >= 400) throw Problems.toError(code, body);
        return body;
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semi = size.indexOf(';');
            long n;
            try {
                n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("a bad chunk size: '" + snippet(size) + "'");
            }
            if (n == 0) {
                while (!line(in).isEmpty()) { } // trailers
                return all.toByteArray();
            }
            if (n < 0 || all.size() + n > MAX_ANSWER_BYTES) throw new IOException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
            all.write(exactly(in, n));
            line(in);
        }
    }

    private static byte[] exactly(InputStream in, long n) throws IOException {
        if (n > MAX_ANSWER_BYTES) throw new IOException("the answer is larger than " + MAX_ANSWER_BYTES + " bytes");
        byte[] b = in.readNBytes((int) n);
        if (b.length < n) throw new IOException("the connection closed in the middle of an answer");
        return b;
    }

    private static byte[] upTo(InputStream in, int max) throws IOException {
        byte[] b = in.readNBytes(max + 1);
        if (b.length > max) throw new IOException("the answer is larger than " + max + " bytes");
        return b;
    }

    /** A header line without its CRLF; at most 64 KiB. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); ; c = in.read()) {
            if (c < 0) throw new IOException("the connection closed before the answer's head ended");
            if (c == '\n') break;
            if (b.size() > 65_536) throw new IOException("an answer's header line is longer than 64 KiB");
            b.write(c);
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String snippet(String s) { return s.length() > 80 ? s.substring(0, 80) + "…" : s; }
}
