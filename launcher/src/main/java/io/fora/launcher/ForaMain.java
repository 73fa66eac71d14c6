// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import io.fora.encoding.Utf8Escape;
import io.fora.scheduler.WorkStealingPool;
import io.fora.vm.ForaVm;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The {@code fora} command. {@code fora run FILE.py} runs a module on the embedded
 * single-machine Fora and prints the repr of each top-level expression's value.
 * Exit status: 0 ok, 1 uncaught Python exception, 2 syntax or purity error / bad usage.
 */
public final class ForaMain {
    private ForaMain() {}

    static final String USAGE = """
            usage: fora run [--cores N] [--stats] [--recursion-limit N] [--max-output N] [--dump-ir]
                            [--tier0-only | --tier1-force] FILE.py [ARG ...]
                   fora run --cluster URL [--progress | --no-progress] FILE.py | --follow ID
                   fora local [--workers N] | manager [--no-worker]   (see fora local --help)
                   fora worker --manager HOST:PORT [--cores N]        (see fora worker --help)
                   fora check FILE.py                                  (lists errors, and warnings for what fails when run)
                   fora aws start|add|list|deploy|stop ...              (grids on EC2; see fora aws --help)
                   fora help
            Runs FILE.py on the embedded single-machine Fora. Its print() output goes to stdout; a
            module that never writes output (print, sys.stdout, pprint...) is shown like a notebook: the repr() of each
            top-level expression statement's value (None is not shown). What follows FILE.py
            is the script's own: sys.argv[1:], as python3 gives it.
              --cores N            worker threads for automatic parallelism (default: all cores)
              --stats              print what the scheduler and the compiler did to stderr at the end
              --recursion-limit N  maximum Python call depth (default 1000)
              --max-output N       characters the program may print before its output is cut (default 64 Mi)
              --dump-ir            print the compiled IR to stderr
              --tier0-only         interpret only: no compilation to JVM bytecode (FORA_TIER1=off)
              --tier1-force        compile every function at its first call (for tests; FORA_TIER1=force)
              --cluster URL        run on the Fora server at URL (see fora local); exit 3 when
                                   it cannot be reached; Ctrl-C cancels the remote computation
              --follow ID          with --cluster: wait for the computation ID, already submitted,
                                   and print what it prints, as if this run had submitted it
              --progress           show elapsed time and cores busy (default: on a terminal)""";

    public static void main(String[] args) {
        // UTF-8, with the bytes a program wrote to sys.stdout.buffer that are not UTF-8 written back as they were
        PrintStream out = new PrintStream(System.out, true, Utf8Escape.INSTANCE);
        PrintStream err = new PrintStream(System.err, true, Utf8Escape.INSTANCE);
        // importS3Dataset/exportS3Dataset in the computations this process runs: S3 as the SDK's
        // standard settings name it (the client is made on first use). A client of a server runs
        // none (and its setting up is 15 ms of its JVM's 60 before the submission).
        if (!submitsToServer(args)) io.fora.vm.runtime.ExternalData.install(io.fora.cloud.S3DataSets.fromEnvironment());
        // a server's logging set up before its threads start: Pekko's threads logging while SLF4J
        // initialised made it print a warning that it had replayed their calls
        if (args.length > 0 && (args[0].equals("worker") || args[0].equals("manager") || args[0].equals("local"))) {
            org.slf4j.LoggerFactory.getILoggerFactory();
        }
        int status = run(args, out, err);
        out.flush();
        err.flush();
        // System.exit first sets up the JDK's logging (Runtime.exit logs), which scans the jar's
        // 40,000 entries for a logging service: 40 ms of every `fora run`. A run has no shutdown
        // hooks to wait for (servers exit by signal, through System.exit's path).
        if (args.length > 0 && (args[0].equals("run") || args[0].equals("check") || args[0].equals("client-training"))) {
            Runtime.getRuntime().halt(status);
        }
        System.exit(status);
    }

    /** True for {@code fora run --cluster URL ...}: this process computes nothing. */
    private static boolean submitsToServer(String[] args) {
        return args.length > 0 && (args[0].equals("run") && java.util.Arrays.asList(args).contains("--cluster") || args[0].equals("client-training"));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        io.fora.vm.jit.Tier1.Mode before = io.fora.vm.jit.Tier1.mode();
        try {
            return runFile(args, out, err);
        } finally {
            io.fora.vm.jit.Tier1.setMode(before);
        }
    }

    private static int runFile(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        if (args[0].equals("local") || args[0].equals("manager")) {
            return ServeCommand.run(args[0], args, System.getenv(), out, err);
        }
        if (args[0].equals("worker")) return WorkerCommand.run(args, System.getenv(), out, err);
        if (args[0].equals("aws")) return AwsCommand.run(args, System.getenv(), out, err);
        if (args[0].equals("check")) return check(args, out, err);
        if (args[0].equals("client-training")) return ClientTraining.run(out, err);
        if (!args[0].equals("run")) {
            err.println("fora: unknown command '" + args[0] + "'\n" + USAGE);
            return 2;
        }
        int limit = ForaVm.DEFAULT_RECURSION_LIMIT;
        boolean dumpIr = false;
        long maxOutput = io.fora.vm.interp.Output.DEFAULT_LIMIT;
        boolean stats = false;
        int cores = WorkStealingPool.defaultThreads();
        boolean coresGiven = false;
        String file = null;
        String cluster = null;
        String follow = null;
        Boolean progress = null;
        io.fora.vm.jit.Tier1.Mode tier = null;
        java.util.List<String> scriptArgs = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (file != null) {
                // as python3 SCRIPT ARG...: what follows the script is the script's (sys.argv[1:])
                scriptArgs.add(a);
                continue;
            }
            switch (a) {
                case "--recursion-limit" -> {
                    String problem = numberProblem(args, i, 10, 10_000_000);
                    if (problem != null) return usage(err, a + problem);
                    limit = Integer.parseInt(args[++i]);
                }
                case "--dump-ir" -> dumpIr = true;
                case "--tier0-only" -> tier = io.fora.vm.jit.Tier1.Mode.OFF;
                case "--tier1-force" -> tier = io.fora.vm.jit.Tier1.Mode.FORCE;
                case "--max-output" -> {
                    String problem = numberProblem(args, i, 0, Integer.MAX_VALUE);
                    if (problem != null) return usage(err, a + problem);
                    maxOutput = Long.parseLong(args[++i]);
                }
                case "--cluster" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("-")) return usage(err, "--cluster needs a URL, like http://localhost:30000");
                    cluster = args[++i];
                }
                case "--follow" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("-") || args[i + 1].isEmpty()) return usage(err, "--follow needs a computation's id");
                    follow = args[++i];
                }
                case "--progress" -> progress = true;
                case "--no-progress" -> progress = false;
                case "--stats" -> stats = true;
                case "--cores" -> {
                    String problem = numberProblem(args, i, 1, 4096);
                    if (problem != null) return usage(err, a + problem);
                    cores = Integer.parseInt(args[++i]);
                    coresGiven = true;
                }
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (a.startsWith("-")) return usage(err, "unknown option '" + a + "'");
                    file = a;
                }
            }
        }
        if (follow != null) {
            if (cluster == null) return usage(err, "--follow ID follows a computation on a server: give its --cluster URL");
            if (file != null) return usage(err, "--follow ID follows a computation already submitted: leave out FILE.py");
            boolean show = progress != null ? progress : System.console() != null && System.console().isTerminal();
            return RemoteRun.run(cluster, null, null, follow, show, out, err);
        }
        if (file == null) return usage(err, "fora run needs a FILE.py");
        if (tier != null) {
            if (cluster != null) return usage(err, "--tier0-only and --tier1-force are for local runs; start the server's JVMs with FORA_TIER1=off or force");
            io.fora.vm.jit.Tier1.setMode(tier);
        }
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("fora: can't open file '" + file + "': No such file or directory");
            return 2;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("fora: can't read file '" + file + "': " + e.getMessage());
            return 2;
        }
        if (cluster != null) {
            if (!scriptArgs.isEmpty()) return usage(err, "arguments after FILE.py are for local runs; a computation on a server has no command line");
            if (dumpIr || stats) return usage(err, "--dump-ir and --stats are for local runs; the server keeps its own statistics");
            if (coresGiven) return usage(err, "--cores is for local runs; a server's cores are set when it starts (fora local --cores N)");
            boolean show = progress != null ? progress : System.console() != null && System.console().isTerminal();
            return RemoteRun.run(cluster, scriptPath(file), text, show, out, err);
        }
        ForaVm.Program program;
        try {
            program = ForaVm.compileFile(scriptPath(file), text);
        } catch (ForaVm.CompileError e) {
            err.println(e.getMessage());
            return 2;
        }
        if (dumpIr) err.println(program.code().disassemble());
        io.fora.vm.builtins.Builtins.errorSink(err::print);
        try (WorkStealingPool pool = new WorkStealingPool(cores)) {
            ForaVm.Outcome outcome = new ForaVm(limit, pool).outputLimit(maxOutput)
                    .script(file, Path.of(System.getProperty("user.dir")).resolve(file)).scriptArgs(scriptArgs).textOutput().run(program, out::print);
            if (stats) {
                err.println("fora: " + cores + " worker thread" + (cores == 1 ? "" : "s") + ": " + pool.statistics()
                        + " abandoned=" + io.fora.vm.runtime.Region.abandoned() + " withdrawn=" + io.fora.vm.runtime.Region.withdrawn());
                err.println("fora: " + io.fora.vm.jit.Tier1.statistics());
            }
            if (outcome.failed()) {
                io.fora.vm.runtime.PyException ex = outcome.error().exception();
                if (ex.cls().isSubclassOf(io.fora.vm.runtime.Types.SYSTEM_EXIT)) return exitStatus(ex, err);
                err.print(outcome.traceback());
                return 1;
            }
            return 0;
        }
    }

    /**
     * The script's name in tracebacks and error messages: the working directory joined with the
     * path given, not normalised, as CPython names its main script (and as {@code __file__} is).
     */
    static String scriptPath(String file) {
        return Path.of(System.getProperty("user.dir")).resolve(file).toString();
    }

    /** {@code sys.exit(arg)} as CPython ends: None is 0, an int is the status, anything else is printed and is 1. */
    static int exitStatus(io.fora.vm.runtime.PyException ex, PrintStream err) {
        io.fora.vm.runtime.PyTuple args = ex.args();
        Object code = args.size() == 0 ? io.fora.vm.runtime.PyNone.NONE : args.size() == 1 ? args.get(0) : args;
        if (code == io.fora.vm.runtime.PyNone.NONE) return 0;
        if (code instanceof Long l) return (int) (long) l;
        if (code instanceof Boolean b) return b ? 1 : 0;
        err.println(io.fora.vm.runtime.Repr.str(code));
        return 1;
    }

    /** {@code fora check FILE.py}: syntax errors (exit 1) and warnings (exit 0), one per line with file, line and column. */
    static int check(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || args[1].startsWith("-")) return usage(err, "fora check needs exactly one FILE.py");
        String text;
        try {
            text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("fora: can't read file '" + args[1] + "': " + e.getMessage());
            return 2;
        }
        boolean errors = false;
        for (io.fora.vm.diag.Diagnostic d : ForaVm.check(Path.of(args[1]), text)) {
            out.println("File \"" + d.file() + "\", line " + d.line() + ", col " + d.col() + ": " + d.kind() + ": " + d.message());
            errors |= !d.kind().equals("Warning");
        }
        return errors ? 1 : 0;
    }

    /** What is wrong with the number after the flag at {@code args[i]}, or null when it is fine. */
    static String numberProblem(String[] args, int i, int min, int max) {
        if (i + 1 >= args.length) return " needs a number";
        try {
            int v = Integer.parseInt(args[i + 1]);
            return v < min || v > max ? " must be between " + min + " and " + max : null;
        } catch (NumberFormatException e) {
            return " needs a number, not '" + args[i + 1] + "'";
        }
    }

    private static int usage(PrintStream err, String message) {
        err.println("fora: " + message + "\n" + USAGE);
        return 2;
    }
}
