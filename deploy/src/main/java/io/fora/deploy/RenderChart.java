// SPDX-License-Identifier: Apache-2.0
package io.fora.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the Helm chart {@code k8s/fora} (or lints it) with the Helm library packaged for Java
 * (helm-java), on a machine that has no {@code helm} binary. Run by {@code k8s/render.sh} as a
 * single-file program, and called by the chart's tests.
 */
public final class RenderChart {
    private RenderChart() {}

    static final String USAGE = """
            usage: k8s/render.sh [--set KEY=VALUE ...] [--values FILE ...] [--name RELEASE] [--namespace NS]
                                 [--chart DIR] [--lint]
            Prints the manifests the chart renders (helm template), or with --lint its lint report.
              --set KEY=VALUE   a value, as helm's --set reads it (workers.replicas=4, workers.memory=16Gi)
              --values FILE     a values file (helm's -f)
              --name RELEASE    the release's name (default fora)
              --namespace NS    the namespace (default default)
              --chart DIR       the chart (default k8s/fora)
              --lint            lint the chart (strict: warnings count) instead""";

    /** The chart's manifests, as {@code helm template RELEASE CHART --namespace NS --set ... -f ...} prints them. */
    public static String render(Path chart, String release, String namespace, Map<String, String> sets, List<Path> valuesFiles) {
        TemplateCommand t = new Helm(chart).template().withName(release).withNamespace(namespace);
        for (Path f : valuesFiles) t = t.withValuesFile(f);
        for (Map.Entry<String, String> e : sets.entrySet()) t = t.set(e.getKey(), e.getValue());
        return t.call();
    }

    /** {@code helm lint --strict} of the chart (with its default values: helm-java's lint takes no others). */
    public static LintResult lint(Path chart) {
        return new Helm(chart).lint().strict().call();
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> sets = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        String release = "fora", namespace = "default";
        Path chart = Path.of("k8s", "fora");
        boolean lint = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasNext = i + 1 < args.length;
            switch (a) {
                case "--set" -> {
                    if (!hasNext || !args[i + 1].contains("=") || args[i + 1].startsWith("=")) return usage(err, "--set needs KEY=VALUE");
                    String kv = args[++i];
                    sets.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                }
                case "--values", "-f" -> {
                    if (!hasNext) return usage(err, a + " needs a file");
                    Path f = Path.of(args[++i]);
                    if (!Files.isRegularFile(f)) return usage(err, "no values file " + f);
                    files.add(f);
                }
                case "--name" -> {
                    if (!hasNext || !args[i + 1].matches("[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?")) return usage(err, "--name needs a release name (lower-case letters, digits and -)");
                    release = args[++i];
                }
                case "--namespace", "-n" -> {
                    if (!hasNext || !args[i + 1].matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) return usage(err, a + " needs a namespace name");
                    namespace = args[++i];
                }
                case "--chart" -> {
                    if (!hasNext) return usage(err, "--chart needs a directory");
                    chart = Path.of(args[++i]);
                }
                case "--lint" -> lint = true;
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    return usage(err, "unknown option '" + a + "'");
                }
            }
        }
        if (!Files.isRegularFile(chart.resolve("Chart.yaml"))) return usage(err, "no chart at " + chart + " (run from the repository's root, or give --chart DIR)");
        try {
            if (lint) {
                if (!files.isEmpty() || !sets.isEmpty()) return usage(err, "--lint lints the chart with its default values: no --set or --values");
                LintResult r = lint(chart);
                r.getMessages().forEach(out::println);
                out.println(r.isFailed() ? "lint: failed" : "lint: passed");
                return r.isFailed() ? 1 : 0;
            }
            out.print(render(chart, release, namespace, sets, files));
            return 0;
        } catch (RuntimeException e) {
            err.println("render: " + (e.getMessage() == null ? e.toString() : e.getMessage().strip()));
            return 1;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println("render: " + problem + "\n" + USAGE);
        return 2;
    }
}
