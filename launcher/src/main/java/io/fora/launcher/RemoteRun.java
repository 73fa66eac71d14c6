// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import io.fora.client.Fora;
import io.fora.client.ModuleOutput;
import io.fora.client.Progress;
import io.fora.client.PythonSource;
import io.fora.client.QuickRun;
import io.fora.errors.ComputationError;
import io.fora.errors.ConnectionError;
import io.fora.errors.ForaError;
import io.fora.errors.PythonToForaConversionError;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * {@code fora run --cluster URL FILE.py}: runs a module on a Fora server through the Java SDK
 * and prints what {@code fora run} would. A computation running longer than a second shows its
 * progress on a terminal (elapsed time, cores busy); Ctrl-C cancels it on the server.
 */
final class RemoteRun {
    private RemoteRun() {}

    /** Exit status when the server cannot be reached. */
    static final int UNREACHABLE = 3;

    /** How long the submission's plain socket waits for the end before the HTTP client follows the computation. */
    static volatile java.time.Duration quickWait = java.time.Duration.ofSeconds(1);

    static int run(String url, String fileName, String text, boolean progress, PrintStream out, PrintStream err) {
        return run(url, fileName, text, null, progress, out, err);
    }

    /**
     * As above; with {@code follow}, the id of a computation already submitted (by the
     * {@code fora} script's quick start, or an earlier run), that computation is followed instead.
     */
    static int run(String url, String fileName, String text, String follow, boolean progress, PrintStream out, PrintStream err) {
        try {
            String path = java.net.URI.create(url).getPath();
            if (path != null && !path.isEmpty() && !path.equals("/")) {
                err.println("fora: --cluster takes the server's root URL (like http://localhost:30000), not '" + url + "'");
                return 2;
            }
        } catch (IllegalArgumentException e) {
            err.println("fora: bad --cluster URL '" + url + "': " + e.getMessage());
            return 2;
        }
        PythonSource module = null;
        if (follow == null) {
            try {
                module = PythonSource.of(text, fileName);
            } catch (IllegalArgumentException | ForaError e) {
                err.println("fora: " + e.getMessage());
                return 2;
            }
        }
        // the first second on one plain socket: a short computation answers without the HTTP client
        String running = follow;
        Thread firstHook = null;
        if (follow == null && QuickRun.handles(url)) {
            QuickRun quick;
            java.util.concurrent.atomic.AtomicReference<String> submitted = new java.util.concurrent.atomic.AtomicReference<>();
            Thread cancelSubmitted = new Thread(() -> {
                String id = submitted.get();
                if (id == null) return;
                err.println("fora: cancelled; asking the server to stop the computation");
                QuickRun.cancel(url, id);
            }, "fora-cancel");
            Runtime.getRuntime().addShutdownHook(cancelSubmitted);
            try {
                quick = QuickRun.start(url, module, quickWait, submitted::set);
            } catch (RuntimeException e) {
                unhook(cancelSubmitted);
                return failure(e, url, out, err);
            }
            if (quick.ended()) {
                unhook(cancelSubmitted);
                try {
                    for (String s : quick.output().output()) out.println(s);
                    return 0;
                } catch (RuntimeException e) {
                    return failure(e, url, out, err);
                }
            }
            running = quick.id();
            // the hook stays until the one below takes over: a Ctrl-C in between still cancels
            firstHook = cancelSubmitted;
        }
        Fora fora;
        try {
            fora = Fora.connect(url);
        } catch (IllegalArgumentException | ForaError e) {
            if (firstHook != null) unhook(firstHook);
            err.println("fora: bad --cluster URL '" + url + "': " + e.getMessage());
            return 2;
        }
        ProgressLine line = progress ? new ProgressLine(err) : null;
        CompletableFuture<ModuleOutput> future = running != null ? fora.follow(running, line == null ? null : line::show)
                : fora.run(module, line == null ? null : line::show);
        String followed = running;
        Thread cancelOnCtrlC = new Thread(() -> {
            if (future.isDone()) return;
            future.cancel(true);
            if (line != null) line.clear();
            err.println("fora: cancelled; asking the server to stop the computation");
            // the computation's id is known: its cancel goes at once over a plain socket (the HTTP
            // client's own, below, could still be setting up its connection on a loaded machine)
            if (followed != null) QuickRun.cancel(url, followed);
            fora.close(); // waits (briefly) for the server to take the cancel
        }, "fora-cancel");
        try {
            Runtime.getRuntime().addShutdownHook(cancelOnCtrlC);
        } catch (IllegalStateException shuttingDown) { // Ctrl-C came after the first second: that hook cancels
            if (firstHook != null) unhook(firstHook);
            fora.close();
            return 130;
        }
        if (firstHook != null && !unhook(firstHook)) { // both hooks run: the computation is cancelled
            unhook(cancelOnCtrlC);
            return 130;
        }
        try {
            ModuleOutput result = future.get();
            if (line != null) line.clear();
            for (String s : result.output()) out.println(s);
            return 0;
        } catch (ExecutionException | CompletionException e) {
            if (line != null) line.clear();
            return failure(e.getCause() == null ? e : e.getCause(), url, out, err);
        } catch (CancellationException e) {
            return 130;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        } finally {
            if (unhook(cancelOnCtrlC)) fora.close(); // else the hook closes the client once the cancel is sent
        }
    }

    /**
     * Removes a cancelling shutdown hook; false when the JVM is shutting down (Ctrl-C), after
     * waiting up to 12 s for the hook to send its cancel: {@code fora run} ends with
     * {@code Runtime.halt}, which would stop the hook before the server heard it.
     */
    private static boolean unhook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        } catch (IllegalStateException shuttingDown) {
            try {
                // a hook sends the cancel and waits for the server's answer (5 s at most each way)
                hook.join(12_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private static int failure(Throwable t, String url, PrintStream out, PrintStream err) {
        switch (t) {
            case ComputationError c -> {
                for (String s : c.output()) out.println(s);
                String text = c.formattedTraceback();
                err.print(text == null || text.isEmpty() ? c.getMessage() + "\n" : text);
                return 1;
            }
            case PythonToForaConversionError p -> {
                err.println(p.getMessage());
                return 2;
            }
            case ConnectionError c -> {
                err.println("fora: cannot reach the Fora server at " + url + ": " + c.getMessage());
                return UNREACHABLE;
            }
            case CancellationException c -> {
                err.println("fora: the computation was cancelled on the server");
                return 130;
            }
            case ForaError f -> {
                err.println("fora: " + f.type() + ": " + f.getMessage());
                return 1;
            }
            default -> {
                err.println("fora: " + t);
                return 1;
            }
        }
    }

    /** One line on the terminal, rewritten in place: elapsed time and cores busy, after the first second. */
    static final class ProgressLine {
        private final PrintStream err;
        private boolean shown;

        ProgressLine(PrintStream err) { this.err = err; }

        synchronized void show(Progress p) {
            if (p.isEnded() || p.elapsedMs() < 1000) return;
            err.print(String.format("\r\u001b[Kfora: running %s  %.1f s  %d core%s busy",
                    p.id(), p.elapsedMs() / 1000.0, p.coresBusy(), p.coresBusy() == 1 ? "" : "s"));
            err.flush();
            shown = true;
        }

        synchronized void clear() {
            if (!shown) return;
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }

}
