// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An EC2 endpoint on loopback for tests: it speaks the EC2 Query API the AWS SDK uses (form-encoded
 * POSTs, XML answers), records every request, keeps instances that go from pending to running,
 * and hands out only addresses in 127.0.0.0/8 (private 127.0.1.N, public 127.0.2.N), so that a
 * test never sends a packet anywhere else. Errors can be injected per action.
 */
final class FakeEc2 implements AutoCloseable {
    static final String NS = "http://ec2.amazonaws.com/doc/2016-11-15/";

    record Request(String action, Map<String, String> params) {
        String get(String k) { return params.get(k); }
    }

    static final class Inst {
        final String id, type, image, userData, key, profile, subnet, group, privateIp, publicIp, spotPrice;
        final Map<String, String> tags;
        String state = "pending";
        int polls;

        Inst(String id, Map<String, String> p, Map<String, String> tags, String privateIp, String publicIp, String group) {
            this.id = id;
            this.type = p.get("InstanceType");
            this.image = p.get("ImageId");
            this.userData = p.get("UserData");
            this.key = p.get("KeyName");
            this.profile = p.get("IamInstanceProfile.Name");
            this.subnet = p.getOrDefault("SubnetId", p.getOrDefault("NetworkInterface.1.SubnetId", "subnet-0def"));
            this.group = group;
            this.privateIp = privateIp;
            this.publicIp = publicIp;
            this.spotPrice = "spot".equals(p.get("InstanceMarketOptions.MarketType")) ? p.get("InstanceMarketOptions.SpotOptions.MaxPrice") : null;
            this.tags = tags;
        }
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    final Map<String, Inst> instances = new LinkedHashMap<>();
    final Map<String, Map<String, String>> groups = new LinkedHashMap<>(); // id -> name, vpc, tags
    final Map<String, Deque<String[]>> failures = new HashMap<>();
    /** Instances that may run at once; more is InsufficientInstanceCapacity. */
    int capacity = 100;
    /** DescribeInstances calls an instance stays pending for; -1: forever (a spot request never fulfilled). */
    int pendingPolls = 1;
    private int next = 1, nextPublic = 1;
    private final HttpServer server;

    FakeEc2() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    @Override public void close() { server.stop(0); }

    /** The next {@code times} calls of {@code action} fail with this EC2 error. */
    synchronized void fail(String action, int status, String code, String message, int times) {
        for (int i = 0; i < times; i++) failures.computeIfAbsent(action, k -> new ArrayDeque<>()).add(new String[] {String.valueOf(status), code, message});
    }

    List<Request> calls(String action) { return requests.stream().filter(r -> r.action().equals(action)).toList(); }

    synchronized long running(String role) {
        return instances.values().stream().filter(i -> i.state.equals("running") && role.equals(i.tags.get("fora:role"))).count();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> p = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                p.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            String action = p.getOrDefault("Action", "?");
            requests.add(new Request(action, p));
            String[] reply;
            synchronized (this) {
                Deque<String[]> f = failures.get(action);
                String[] err = f == null ? null : f.poll();
                reply = err != null ? new String[] {err[0], error(err[1], err[2])} : answer(action, p);
            }
            byte[] bytes = reply[1].getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/xml;charset=UTF-8");
            ex.sendResponseHeaders(Integer.parseInt(reply[0]), bytes.length);
            ex.getResponseBody().write(bytes);
        }
    }

    private static String error(String code, String message) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error></Errors><RequestID>req-1</RequestID></Response>";
    }

    private static String ok(String action, String inner) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><" + action + "Response xmlns=\"" + NS + "\"><requestId>req-1</requestId>" + inner + "</" + action + "Response>";
    }

    /** Values of a numbered list parameter: Prefix.1, Prefix.2, ... */
    private static List<String> list(Map<String, String> p, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 1; p.containsKey(prefix + "." + i); i++) out.add(p.get(prefix + "." + i));
        return out;
    }

    /** Filters: name -> values. */
    private static Map<String, List<String>> filters(Map<String, String> p) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        for (int i = 1; p.containsKey("Filter." + i + ".Name"); i++) f.put(p.get("Filter." + i + ".Name"), list(p, "Filter." + i + ".Value"));
        return f;
    }

    private String[] answer(String action, Map<String, String> p) {
        switch (action) {
            case "DescribeInstanceTypes" -> {
                String t = p.get("InstanceType.1");
                int vcpus;
                String arch;
                switch (t == null ? "" : t) {
                    case "c5.4xlarge" -> { vcpus = 16; arch = "x86_64"; }
                    case "c5.xlarge" -> { vcpus = 4; arch = "x86_64"; }
                    case "m6g.large" -> { vcpus = 2; arch = "arm64"; }
                    default -> {
                        return new String[] {"400", error("InvalidInstanceType", "The following supplied instance types do not exist: [" + t + "]")};
                    }
                }
                return new String[] {"200", ok(action, "<instanceTypeSet><item><instanceType>" + t + "</instanceType><vCpuInfo><defaultVCpus>" + vcpus
                        + "</defaultVCpus></vCpuInfo><processorInfo><supportedArchitectures><item>" + arch
                        + "</item></supportedArchitectures></processorInfo></item></instanceTypeSet>")};
            }
            case "DescribeImages" -> {
                String arch = String.valueOf(filters(p).getOrDefault("name", List.of("")).get(0)).endsWith("arm64") ? "arm64" : "x86_64";
                String ami = arch.equals("arm64") ? "ami-0a64" : "ami-0b86";
                return new String[] {"200", ok(action, "<imagesSet>"
                        + "<item><imageId>ami-0old</imageId><name>al2023-ami-2023.1-kernel-6.1-" + arch + "</name><creationDate>2023-03-01T00:00:00.000Z</creationDate></item>"
                        + "<item><imageId>" + ami + "</imageId><name>al2023-ami-2023.9-kernel-6.1-" + arch + "</name><creationDate>2026-11-01T00:00:00.000Z</creationDate></item>"
                        + "</imagesSet>")};
            }
            case "DescribeVpcs" -> {
                return new String[] {"200", ok(action, "<vpcSet><item><vpcId>vpc-0def</vpcId><isDefault>true</isDefault></item></vpcSet>")};
            }
            case "DescribeSecurityGroups" -> {
                Map<String, List<String>> f = filters(p);
                StringBuilder sb = new StringBuilder("<securityGroupInfo>");
                for (Map.Entry<String, Map<String, String>> g : groups.entrySet()) {
                    Map<String, String> v = g.getValue();
                    boolean match = (!f.containsKey("group-name") || f.get("group-name").contains(v.get("name")))
                            && (!f.containsKey("vpc-id") || f.get("vpc-id").contains(v.get("vpc")))
                            && (!f.containsKey("tag:fora:cluster") || f.get("tag:fora:cluster").contains(v.get("fora:cluster")));
                    if (match) sb.append("<item><groupId>").append(g.getKey()).append("</groupId><groupName>").append(v.get("name"))
                            .append("</groupName><vpcId>").append(v.get("vpc")).append("</vpcId></item>");
                }
                return new String[] {"200", ok(action, sb.append("</securityGroupInfo>").toString())};
            }
            case "CreateSecurityGroup" -> {
                String id = "sg-0" + Integer.toHexString(0xa00 + groups.size());
                Map<String, String> g = new HashMap<>();
                g.put("name", p.get("GroupName"));
                g.put("vpc", p.get("VpcId"));
                for (int i = 1; p.containsKey("TagSpecification.1.Tag." + i + ".Key"); i++) {
                    g.put(p.get("TagSpecification.1.Tag." + i + ".Key"), p.get("TagSpecification.1.Tag." + i + ".Value"));
                }
                groups.put(id, g);
                return new String[] {"200", ok(action, "<return>true</return><groupId>" + id + "</groupId>")};
            }
            case "AuthorizeSecurityGroupIngress" -> {
                return new String[] {"200", ok(action, "<return>true</return>")};
            }
            case "DeleteSecurityGroup" -> {
                String id = p.get("GroupId");
                boolean inUse = instances.values().stream().anyMatch(i -> id.equals(i.group) && !i.state.equals("terminated"));
                if (inUse) return new String[] {"400", error("DependencyViolation", "resource " + id + " has a dependent object")};
                groups.remove(id);
                return new String[] {"200", ok(action, "<return>true</return>")};
            }
            case "RunInstances" -> {
                int count = Integer.parseInt(p.getOrDefault("MinCount", "1"));
                long live = instances.values().stream().filter(i -> !i.state.equals("terminated")).count();
                if (live + count > capacity) {
                    return new String[] {"500", error("InsufficientInstanceCapacity", "We currently do not have sufficient " + p.get("InstanceType") + " capacity.")};
                }
                Map<String, String> tags = new LinkedHashMap<>();
                for (int i = 1; p.containsKey("TagSpecification.1.Tag." + i + ".Key"); i++) {
                    tags.put(p.get("TagSpecification.1.Tag." + i + ".Key"), p.get("TagSpecification.1.Tag." + i + ".Value"));
                }
                String group = p.getOrDefault("SecurityGroupId.1", p.get("NetworkInterface.1.SecurityGroupId.1"));
                boolean publicIp = "true".equals(p.get("NetworkInterface.1.AssociatePublicIpAddress")) || !p.containsKey("SubnetId") && !p.containsKey("NetworkInterface.1.SubnetId");
                StringBuilder sb = new StringBuilder("<reservationId>r-0001</reservationId><ownerId>123456789012</ownerId><instancesSet>");
                for (int k = 0; k < count; k++) {
                    int n = next++;
                    Inst i = new Inst("i-" + String.format("%017x", n), p, new LinkedHashMap<>(tags), "127.0.1." + n,
                            publicIp ? "127.0.2." + nextPublic++ : null, group);
                    instances.put(i.id, i);
                    sb.append(xml(i));
                }
                return new String[] {"200", ok(action, sb.append("</instancesSet>").toString())};
            }
            case "DescribeInstances" -> {
                List<String> ids = list(p, "InstanceId");
                Map<String, List<String>> f = filters(p);
                StringBuilder sb = new StringBuilder("<reservationSet>");
                for (Inst i : instances.values()) {
                    if (!ids.isEmpty() && !ids.contains(i.id)) continue;
                    advance(i);
                    boolean match = true;
                    for (Map.Entry<String, List<String>> e : f.entrySet()) {
                        String k = e.getKey();
                        String v = k.equals("instance-state-name") ? i.state : k.startsWith("tag:") ? i.tags.get(k.substring(4)) : null;
                        if (!e.getValue().contains(v)) match = false;
                    }
                    if (match) sb.append("<item><reservationId>r-0001</reservationId><instancesSet>").append(xml(i)).append("</instancesSet></item>");
                }
                return new String[] {"200", ok(action, sb.append("</reservationSet>").toString())};
            }
            case "TerminateInstances", "StopInstances" -> {
                StringBuilder sb = new StringBuilder("<instancesSet>");
                for (String id : list(p, "InstanceId")) {
                    Inst i = instances.get(id);
                    if (i == null) return new String[] {"400", error("InvalidInstanceID.NotFound", "The instance ID '" + id + "' does not exist")};
                    String before = i.state;
                    if (action.equals("TerminateInstances")) i.state = i.state.equals("terminated") ? "terminated" : "shutting-down";
                    else if (!i.state.equals("stopped")) i.state = "stopping";
                    sb.append("<item><instanceId>").append(id).append("</instanceId><currentState><code>0</code><name>").append(i.state)
                            .append("</name></currentState><previousState><code>16</code><name>").append(before).append("</name></previousState></item>");
                }
                return new String[] {"200", ok(action, sb.append("</instancesSet>").toString())};
            }
            case "RebootInstances" -> {
                return new String[] {"200", ok(action, "<return>true</return>")};
            }
            default -> {
                return new String[] {"400", error("InvalidAction", "The action " + action + " is not valid for this fake")};
            }
        }
    }

    private void advance(Inst i) {
        i.polls++;
        if (i.state.equals("pending") && pendingPolls >= 0 && i.polls > pendingPolls) i.state = "running";
        else if (i.state.equals("shutting-down")) i.state = "terminated";
        else if (i.state.equals("stopping")) i.state = "stopped";
    }

    private static String xml(Inst i) {
        StringBuilder sb = new StringBuilder("<item><instanceId>").append(i.id).append("</instanceId><imageId>").append(i.image)
                .append("</imageId><instanceState><code>").append(code(i.state)).append("</code><name>").append(i.state).append("</name></instanceState>")
                .append("<privateIpAddress>").append(i.privateIp).append("</privateIpAddress>");
        if (i.publicIp != null) sb.append("<ipAddress>").append(i.publicIp).append("</ipAddress>");
        sb.append("<instanceType>").append(i.type).append("</instanceType><subnetId>").append(i.subnet).append("</subnetId>");
        if (i.key != null) sb.append("<keyName>").append(i.key).append("</keyName>");
        if (i.profile != null) sb.append("<iamInstanceProfile><arn>arn:aws:iam::123456789012:instance-profile/").append(i.profile).append("</arn></iamInstanceProfile>");
        if (i.spotPrice != null) sb.append("<instanceLifecycle>spot</instanceLifecycle>");
        if (i.group != null) sb.append("<groupSet><item><groupId>").append(i.group).append("</groupId></item></groupSet>");
        sb.append("<tagSet>");
        i.tags.forEach((k, v) -> sb.append("<item><key>").append(k).append("</key><value>").append(v).append("</value></item>"));
        return sb.append("</tagSet></item>").toString();
    }

    private static int code(String state) {
        return switch (state) {
            case "running" -> 16;
            case "shutting-down" -> 32;
            case "terminated" -> 48;
            case "stopping" -> 64;
            case "stopped" -> 80;
            default -> 0;
        };
    }
}
