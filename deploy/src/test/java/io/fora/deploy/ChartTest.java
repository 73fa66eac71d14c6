// SPDX-License-Identifier: Apache-2.0
package io.fora.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Helm chart k8s/fora, rendered with helm-java (the Helm library, no helm binary) with default
 * and other values, linted, and its manifests parsed and checked; bad values refused by its schema.
 */
class ChartTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path CHART = ROOT.resolve("k8s/fora");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The rendered manifests, each parsed. */
    static List<JsonNode> render(String release, Map<String, String> sets) throws IOException {
        String text = RenderChart.render(CHART, release, "grid", sets, List.of());
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser p = new YAMLFactory().createParser(text)) {
            var it = YAML.readValues(p, JsonNode.class);
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull() && !n.isMissingNode()) docs.add(n);
            }
        }
        return docs;
    }

    static Map<String, JsonNode> byKindAndName(List<JsonNode> docs) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode d : docs) m.put(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(), d);
        return m;
    }

    static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode e : container.path("env")) {
            env.put(e.path("name").asText(), e.has("value") ? e.path("value").asText() : "from:" + e.path("valueFrom").path("fieldRef").path("fieldPath").asText());
        }
        return env;
    }

    static void assertSelectorMatchesPods(JsonNode workload) {
        JsonNode selector = workload.path("spec").path("selector").path("matchLabels");
        JsonNode labels = workload.path("spec").path("template").path("metadata").path("labels");
        assertTrue(selector.size() > 0, "a selector");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue().asText(), labels.path(e.getKey()).asText(), "label " + e.getKey()));
    }

    /** Every probe names a port the container declares; the pod runs as a non-root user. */
    static void assertProbesAndSecurity(JsonNode workload) {
        JsonNode pod = workload.path("spec").path("template").path("spec");
        assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean());
        assertEquals(10001, pod.path("securityContext").path("runAsUser").asInt());
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true));
        JsonNode c = pod.path("containers").get(0);
        List<String> ports = new ArrayList<>();
        c.path("ports").forEach(p -> ports.add(p.path("name").asText()));
        for (String probe : List.of("readinessProbe", "livenessProbe")) {
            JsonNode get = c.path(probe).path("httpGet");
            assertTrue(get.path("path").asText().startsWith("/"), probe);
            assertTrue(ports.contains(get.path("port").asText()), probe + " on a declared port: " + ports);
        }
        assertFalse(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true));
        assertTrue(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean());
        assertEquals("/tmp", c.path("volumeMounts").get(0).path("mountPath").asText(), "a writable /tmp");
    }

    @Test void defaultsRenderAManagerTwoWorkersTheirServicesAndABudget() throws IOException {
        Map<String, JsonNode> m = byKindAndName(render("fora", Map.of()));
        assertEquals(List.of("PodDisruptionBudget/fora-worker", "Service/fora", "Service/fora-manager", "Service/fora-worker",
                "Deployment/fora-manager", "StatefulSet/fora-worker"), List.copyOf(m.keySet()));

        JsonNode manager = m.get("Deployment/fora-manager");
        assertEquals(1, manager.path("spec").path("replicas").asInt());
        assertEquals("Recreate", manager.path("spec").path("strategy").path("type").asText());
        assertSelectorMatchesPods(manager);
        assertProbesAndSecurity(manager);
        JsonNode mc = manager.path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals("fora:0.1.0", mc.path("image").asText());
        assertEquals(List.of("manager", "--no-worker"), YAML.convertValue(mc.path("args"), List.class));
        Map<String, String> menv = env(mc);
        assertEquals("fora-manager", menv.get("FORA_OWN_ADDRESS"));
        assertEquals("0.0.0.0", menv.get("FORA_BIND_ADDRESS"));
        assertEquals("30002", menv.get("FORA_CLUSTER_PORT"));
        assertEquals("30000", menv.get("FORA_HTTP_PORT"));
        assertEquals("/api/v1/health", mc.path("readinessProbe").path("httpGet").path("path").asText());

        JsonNode workers = m.get("StatefulSet/fora-worker");
        assertEquals(2, workers.path("spec").path("replicas").asInt());
        assertEquals("fora-worker", workers.path("spec").path("serviceName").asText());
        assertSelectorMatchesPods(workers);
        assertProbesAndSecurity(workers);
        JsonNode wc = workers.path("spec").path("template").path("spec").path("containers").get(0);
        Map<String, String> wenv = env(wc);
        // a worker joins the manager at exactly the address the manager advertises
        assertEquals(menv.get("FORA_OWN_ADDRESS") + ":" + menv.get("FORA_CLUSTER_PORT"), wenv.get("FORA_MANAGER"));
        assertEquals("from:status.podIP", wenv.get("FORA_OWN_ADDRESS"));
        assertEquals("1", wenv.get("FORA_CORES"));
        assertEquals("2Gi", wenv.get("FORA_MEMORY"));
        assertEquals("30010", wenv.get("FORA_HEALTH_PORT"));
        assertEquals("/health/ready", wc.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/health/live", wc.path("livenessProbe").path("httpGet").path("path").asText());
        assertEquals("1", wc.path("resources").path("limits").path("cpu").asText());
        assertEquals("2Gi", wc.path("resources").path("limits").path("memory").asText());

        // the Services select the pods they serve, on the ports those pods declare
        JsonNode gateway = m.get("Service/fora");
        assertEquals("ClusterIP", gateway.path("spec").path("type").asText());
        assertEquals(30000, gateway.path("spec").path("ports").get(0).path("port").asInt());
        assertEquals("http", gateway.path("spec").path("ports").get(0).path("targetPort").asText());
        assertEquals(manager.path("spec").path("selector").path("matchLabels"), gateway.path("spec").path("selector"));
        JsonNode seed = m.get("Service/fora-manager");
        assertTrue(seed.path("spec").path("publishNotReadyAddresses").asBoolean());
        assertEquals(30002, seed.path("spec").path("ports").get(0).path("port").asInt());
        assertEquals(manager.path("spec").path("selector").path("matchLabels"), seed.path("spec").path("selector"));
        assertEquals("None", m.get("Service/fora-worker").path("spec").path("clusterIP").asText());
        assertEquals(workers.path("spec").path("selector").path("matchLabels"), m.get("Service/fora-worker").path("spec").path("selector"));
        JsonNode pdb = m.get("PodDisruptionBudget/fora-worker");
        assertEquals(1, pdb.path("spec").path("maxUnavailable").asInt());
        assertEquals(workers.path("spec").path("selector"), pdb.path("spec").path("selector"));
    }

    @Test void workersCoresAndMemoryBecomeTheirResourcesAndFlags() throws IOException {
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("workers.replicas", "4");
        sets.put("workers.cores", "8");
        sets.put("workers.memory", "16Gi");
        sets.put("service.type", "LoadBalancer");
        sets.put("manager.computes", "true");
        sets.put("manager.cores", "2");
        sets.put("image.repository", "registry.example.com/team/fora");
        sets.put("image.tag", "0.1.0-rc1");
        sets.put("podDisruptionBudget.enabled", "false");
        Map<String, JsonNode> m = byKindAndName(render("prod", sets));
        assertFalse(m.containsKey("PodDisruptionBudget/prod-fora-worker"), m.keySet().toString());
        JsonNode workers = m.get("StatefulSet/prod-fora-worker");
        assertEquals(4, workers.path("spec").path("replicas").asInt());
        JsonNode wc = workers.path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals("registry.example.com/team/fora:0.1.0-rc1", wc.path("image").asText());
        assertEquals("8", env(wc).get("FORA_CORES"));
        assertEquals("16Gi", env(wc).get("FORA_MEMORY"));
        assertEquals("prod-fora-manager:30002", env(wc).get("FORA_MANAGER"));
        for (String kind : List.of("requests", "limits")) {
            assertEquals("8", wc.path("resources").path(kind).path("cpu").asText(), kind);
            assertEquals("16Gi", wc.path("resources").path(kind).path("memory").asText(), kind);
        }
        JsonNode mc = m.get("Deployment/prod-fora-manager").path("spec").path("template").path("spec").path("containers").get(0);
        assertEquals(List.of("manager", "--cores", "2"), YAML.convertValue(mc.path("args"), List.class));
        assertEquals("prod-fora-manager", env(mc).get("FORA_OWN_ADDRESS"));
        assertEquals("LoadBalancer", m.get("Service/prod-fora").path("spec").path("type").asText());
    }

    @Test void badValuesAreRefusedWithAClearMessage() {
        String[][] bad = {{"workers.cores", "0"}, {"workers.replicas", "-1"}, {"workers.memory", "16G"}, {"workers.memory", "1Mi"},
                {"workers.bogus", "1"}, {"service.type", "Ingress"}, {"manager.httpPort", "70000"}, {"image.pullPolicy", "Sometimes"},
                {"image.tag", "a b"}, {"podDisruptionBudget.maxUnavailable", "0"}, {"workers.healthPort", "30009"}};
        for (String[] e : bad) {
            RuntimeException x = assertThrows(RuntimeException.class, () -> render("fora", Map.of(e[0], e[1])), String.join("=", e));
            String msg = String.valueOf(x.getMessage());
            String leaf = e[0].substring(e[0].lastIndexOf('.') + 1);
            assertTrue(msg.contains(leaf), String.join("=", e) + ": " + msg);
        }
    }

    @Test void theChartLintsCleanly() {
        var r = RenderChart.lint(CHART);
        assertFalse(r.isFailed(), String.join("\n", r.getMessages()));
    }

    @Test void theRenderCommandTakesFlagsAndRefusesBadOnes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        String chart = CHART.toString();
        assertEquals(0, RenderChart.run(new String[] {"--chart", chart, "--set", "workers.replicas=3"}, o, e), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("replicas: 3"));
        for (String[] args : new String[][] {{"--chart", chart, "--set"}, {"--chart", chart, "--set", "novalue"}, {"--chart", chart, "--bogus"},
                {"--chart", chart, "--name", "Bad_Name"}, {"--chart", "/nonexistent"}, {"--chart", chart, "--values", "/nonexistent.yaml"},
                {"--chart", chart, "--lint", "--set", "a=b"}}) {
            assertEquals(2, RenderChart.run(args, o, e), String.join(" ", args));
        }
        assertEquals(1, RenderChart.run(new String[] {"--chart", chart, "--set", "workers.cores=-2"}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("render: values don't meet the specifications"), err.toString());
    }

    /** k8s/render.sh, as a user runs it, on a machine with no helm binary. */
    @Test void renderScriptPrintsTheManifests() throws Exception {
        Process p = new ProcessBuilder(ROOT.resolve("k8s/render.sh").toString(), "--set", "workers.replicas=4", "--set", "workers.cores=8",
                "--set", "workers.memory=16Gi").directory(ROOT.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Map<String, JsonNode> m = new LinkedHashMap<>();
        try (YAMLParser parser = new YAMLFactory().createParser(out)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull()) m.put(n.path("kind").asText(), n);
            }
        }
        JsonNode workers = m.get("StatefulSet");
        assertNotNull(workers, m.keySet().toString());
        assertEquals(4, workers.path("spec").path("replicas").asInt());
    }
}
