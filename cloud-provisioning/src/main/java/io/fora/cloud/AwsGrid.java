// SPDX-License-Identifier: Apache-2.0
package io.fora.cloud;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ArchitectureType;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IamInstanceProfileSpecification;
import software.amazon.awssdk.services.ec2.model.Image;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceLifecycleType;
import software.amazon.awssdk.services.ec2.model.InstanceMarketOptionsRequest;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.MarketType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.SpotInstanceType;
import software.amazon.awssdk.services.ec2.model.SpotMarketOptions;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A Fora grid on EC2: {@code start} (the manager first, then the workers, whose user data starts
 * {@code fora worker} with the manager's private address), {@code add}, {@code list},
 * {@code deploy} and {@code stop}. Every instance and the security group are tagged with the
 * grid's name, which is how the other commands find them. A launch that fails part-way ends with
 * what it launched terminated and a message saying what failed; nothing secret is put in user
 * data or printed (instances read the jar with their instance profile's role).
 */
public final class AwsGrid {
    public static final String CLUSTER_TAG = "fora:cluster";
    public static final String ROLE_TAG = "fora:role";
    public static final String JAR_TAG = "fora:jar";
    public static final int MANAGER_CLUSTER_PORT = 30002;

    /** What {@code fora aws start} and {@code add} were asked for. */
    public record Options(String name, String instanceType, int workers, String spotPrice, String vpcId, String subnetId,
                          String securityGroupId, String keyName, boolean openPublicPort, String allowFrom, String ami,
                          String bucket, String jarUrl, String instanceProfile, int port, Integer cores, boolean noWait,
                          Duration timeout) {}

    /** One instance of a grid, as {@code list} shows it. */
    public record Member(String id, String role, String type, String state, String privateIp, String publicIp, boolean spot) {}

    /** A failure the user can act on: one clear message, no stack trace. */
    public static final class GridException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public GridException(String message) { super(message); }
    }

    private final Ec2Client ec2;
    private final java.util.function.Supplier<S3Client> s3;
    private final PrintStream progress;
    private final Duration poll;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public AwsGrid(Ec2Client ec2, java.util.function.Supplier<S3Client> s3, PrintStream progress, Duration poll) {
        this.ec2 = ec2;
        this.s3 = s3;
        this.progress = progress;
        this.poll = poll;
    }

    // ---- start and add ----

    /** Launches a grid: a security group (unless given), the manager, then the workers; waits unless told not to. */
    public List<Member> start(Options o, Path jar) {
        if (!instances(o.name()).isEmpty()) {
            throw new GridException("grid '" + o.name() + "' already has instances (fora aws list --name " + o.name()
                    + "): add workers with fora aws add, or stop it with fora aws stop --terminate");
        }
        // the type's vCPUs and architecture are asked of EC2 only when --cores or --ami are not given
        InstanceTypeInfo type = o.cores() == null || o.ami() == null ? instanceType(o.instanceType()) : null;
        int cores = o.cores() != null ? o.cores() : type.vCpuInfo().defaultVCpus();
        String ami = o.ami() != null ? o.ami() : latestAmi(architecture(type));
        String jarSource = publishJar(o, jar);
        String group = o.securityGroupId() != null ? o.securityGroupId() : securityGroup(o);
        List<String> launched = new ArrayList<>();
        try {
            progress.println("fora aws: launching the manager (" + o.instanceType() + ", " + ami + ")...");
            List<Instance> manager = launch(o, ami, group, "manager", 1, managerScript(o, jarSource), jarSource);
            manager.forEach(i -> launched.add(i.instanceId()));
            Instance m = o.noWait() ? manager.get(0) : awaitRunning(List.of(manager.get(0).instanceId()), o.timeout(), "the manager").get(0);
            progress.println("fora aws: manager " + m.instanceId() + " running at " + m.privateIpAddress()
                    + (m.publicIpAddress() != null ? " (public " + m.publicIpAddress() + ")" : ""));
            if (o.workers() > 0) {
                progress.println("fora aws: launching " + o.workers() + " worker" + (o.workers() == 1 ? "" : "s") + " of " + cores + " cores...");
                List<Instance> workers = launch(o, ami, group, "worker", o.workers(), workerScript(o, jarSource, m.privateIpAddress(), cores), jarSource);
                workers.forEach(i -> launched.add(i.instanceId()));
            }
            if (o.noWait()) {
                progress.println("fora aws: " + launched.size() + " instances requested; fora aws list --name " + o.name() + " shows them");
                return members(o.name());
            }
            List<String> workerIds = launched.subList(1, launched.size());
            if (!workerIds.isEmpty()) awaitRunning(workerIds, o.timeout(), "the workers");
            awaitGateway(m, o, o.workers(), o.openPublicPort());
            return members(o.name());
        } catch (RuntimeException e) {
            throw rolledBack(e, launched, "launch failed; terminating the %d instance%s it started", "launch");
        }
    }

    /** More workers for a running grid, with its manager's address, image, group and type. */
    public List<Member> add(Options o) {
        Instance manager = instances(o.name()).stream().filter(i -> "manager".equals(tag(i, ROLE_TAG)) && isUp(i)).findFirst()
                .orElseThrow(() -> new GridException("grid '" + o.name() + "' has no running manager (fora aws list --name " + o.name() + ")"));
        String type = o.instanceType() != null ? o.instanceType() : manager.instanceTypeAsString();
        int cores = o.cores() != null ? o.cores() : instanceType(type).vCpuInfo().defaultVCpus();
        String group = manager.securityGroups().isEmpty() ? o.securityGroupId() : manager.securityGroups().get(0).groupId();
        String jarSource = tag(manager, JAR_TAG);
        if (jarSource == null) throw new GridException("the manager of grid '" + o.name() + "' has no " + JAR_TAG + " tag: it was not started by fora aws");
        Options like = new Options(o.name(), type, o.workers(), o.spotPrice(), null, manager.subnetId(), group, manager.keyName(),
                false, o.allowFrom(), manager.imageId(), null, null,
                manager.iamInstanceProfile() == null ? o.instanceProfile() : profileName(manager.iamInstanceProfile().arn()),
                o.port(), cores, o.noWait(), o.timeout());
        long before = members(o.name()).stream().filter(x -> x.role().equals("worker") && x.state().equals("running")).count();
        List<String> launched = new ArrayList<>();
        try {
            progress.println("fora aws: launching " + o.workers() + " worker" + (o.workers() == 1 ? "" : "s") + " (" + type + ", " + cores + " cores)...");
            launch(like, manager.imageId(), group, "worker", o.workers(), workerScript(like, jarSource, manager.privateIpAddress(), cores), jarSource)
                    .forEach(i -> launched.add(i.instanceId()));
            if (o.noWait()) return members(o.name());
            awaitRunning(launched, o.timeout(), "the new workers");
            awaitGateway(manager, like, (int) before + o.workers(), manager.publicIpAddress() != null);
            return members(o.name());
        } catch (RuntimeException e) {
            throw rolledBack(e, launched, "adding failed; terminating the %d new instance%s", "add");
        }
    }

    private static String profileName(String arn) {
        return arn == null ? null : arn.substring(arn.lastIndexOf('/') + 1);
    }

    private InstanceTypeInfo instanceType(String type) {
        try {
            List<InstanceTypeInfo> found = ec2.describeInstanceTypes(r -> r.instanceTypesWithStrings(type)).instanceTypes();
            if (found.isEmpty()) throw new GridException("no instance type '" + type + "' in this region");
            return found.get(0);
        } catch (Ec2Exception e) {
            if (code(e).startsWith("InvalidInstanceType")) throw new GridException("no instance type '" + type + "' in this region");
            throw failure("describe the instance type", e);
        }
    }

    private static String architecture(InstanceTypeInfo type) {
        List<ArchitectureType> archs = type.processorInfo() == null ? List.of() : type.processorInfo().supportedArchitectures();
        return archs.contains(ArchitectureType.ARM64) && !archs.contains(ArchitectureType.X86_64) ? "arm64" : "x86_64";
    }

    /** The newest Amazon Linux 2023 image for the architecture. */
    private String latestAmi(String arch) {
        List<Image> images = ec2.describeImages(r -> r.owners("amazon").filters(
                Filter.builder().name("name").values("al2023-ami-2023.*-kernel-*-" + arch).build(),
                Filter.builder().name("state").values("available").build())).images();
        return images.stream().max(Comparator.comparing(i -> Optional.ofNullable(i.creationDate()).orElse("")))
                .map(Image::imageId)
                .orElseThrow(() -> new GridException("no Amazon Linux 2023 image for " + arch + " found; give one with --ami"));
    }

    /** Puts this checkout's jar where the instances fetch it: s3://BUCKET/fora/NAME/fora.jar, or a URL given. */
    private String publishJar(Options o, Path jar) {
        if (o.jarUrl() != null) return o.jarUrl();
        if (o.bucket() == null) throw new GridException("say where instances get fora.jar: --bucket BUCKET (this checkout's jar is put there) or --jar-url URL");
        String key = "fora/" + o.name() + "/fora.jar";
        progress.println("fora aws: putting " + jar.getFileName() + " at s3://" + o.bucket() + "/" + key + "...");
        try {
            s3.get().putObject(r -> r.bucket(o.bucket()).key(key), RequestBody.fromFile(jar));
        } catch (SdkException e) {
            throw new GridException("cannot put the jar at s3://" + o.bucket() + "/" + key + ": " + S3DataSets.failure(e, o.bucket(), key).getMessage());
        }
        return "s3://" + o.bucket() + "/" + key;
    }

    /** The grid's security group: its members reach each other; the gateway (and SSH) only from --allow-from. */
    private String securityGroup(Options o) {
        String vpc = o.vpcId() != null ? o.vpcId() : ec2.describeVpcs(r -> r.filters(Filter.builder().name("isDefault").values("true").build()))
                .vpcs().stream().findFirst().map(v -> v.vpcId())
                .orElseThrow(() -> new GridException("this region has no default VPC: give --vpc-id and --subnet-id"));
        String name = "fora-" + o.name();
        List<SecurityGroup> existing = ec2.describeSecurityGroups(r -> r.filters(Filter.builder().name("group-name").values(name).build(),
                Filter.builder().name("vpc-id").values(vpc).build())).securityGroups();
        if (!existing.isEmpty()) return existing.get(0).groupId();
        progress.println("fora aws: creating security group " + name + " in " + vpc);
        String id = ec2.createSecurityGroup(r -> r.groupName(name).vpcId(vpc)
                .description("Fora grid " + o.name() + ": members reach each other; the gateway only from the allowed range")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SECURITY_GROUP)
                        .tags(tag(CLUSTER_TAG, o.name()), tag("Name", name)).build())).groupId();
        List<IpPermission> rules = new ArrayList<>();
        rules.add(IpPermission.builder().ipProtocol("tcp").fromPort(0).toPort(65535)
                .userIdGroupPairs(UserIdGroupPair.builder().groupId(id).description("members of the grid").build()).build());
        if (o.openPublicPort()) {
            rules.add(IpPermission.builder().ipProtocol("tcp").fromPort(o.port()).toPort(o.port())
                    .ipRanges(IpRange.builder().cidrIp(o.allowFrom()).description("the gateway").build()).build());
        }
        if (o.keyName() != null && o.allowFrom() != null) {
            rules.add(IpPermission.builder().ipProtocol("tcp").fromPort(22).toPort(22)
                    .ipRanges(IpRange.builder().cidrIp(o.allowFrom()).description("ssh").build()).build());
        }
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(id).ipPermissions(rules));
        return id;
    }

    private List<Instance> launch(Options o, String ami, String group, String role, int count, String script, String jarSource) {
        RunInstancesRequest.Builder r = RunInstancesRequest.builder().imageId(ami).instanceType(o.instanceType())
                .minCount(count).maxCount(count) // all or none: no half grid
                .userData(Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8)))
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.INSTANCE).tags(
                        tag(CLUSTER_TAG, o.name()), tag(ROLE_TAG, role), tag("Name", "fora-" + o.name() + "-" + role),
                        tag(JAR_TAG, jarSource)).build());
        if (o.keyName() != null) r.keyName(o.keyName());
        if (o.instanceProfile() != null) r.iamInstanceProfile(IamInstanceProfileSpecification.builder().name(o.instanceProfile()).build());
        if (o.spotPrice() != null) {
            r.instanceMarketOptions(InstanceMarketOptionsRequest.builder().marketType(MarketType.SPOT)
                    .spotOptions(SpotMarketOptions.builder().maxPrice(o.spotPrice()).spotInstanceType(SpotInstanceType.ONE_TIME).build()).build());
        }
        if (o.subnetId() != null && o.openPublicPort()) {
            r.networkInterfaces(InstanceNetworkInterfaceSpecification.builder().deviceIndex(0).subnetId(o.subnetId())
                    .groups(group).associatePublicIpAddress(true).build());
        } else {
            r.securityGroupIds(group);
            if (o.subnetId() != null) r.subnetId(o.subnetId());
        }
        try {
            return ec2.runInstances(r.build()).instances();
        } catch (Ec2Exception e) {
            throw failure("launch the " + role + (count == 1 ? "" : "s"), e);
        }
    }

    /** Waits until every instance runs; one that ends or stays pending past the timeout fails the launch. */
    private List<Instance> awaitRunning(List<String> ids, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (true) {
            List<Instance> now = describe(ids);
            long running = now.stream().filter(i -> "running".equals(i.state().nameAsString())).count();
            for (Instance i : now) {
                String s = i.state().nameAsString();
                if (s.equals("terminated") || s.equals("shutting-down") || s.equals("stopped")) {
                    String reason = i.stateReason() != null ? i.stateReason().message() : s;
                    throw new GridException(what + ": instance " + i.instanceId() + " is " + s + " (" + reason + ")");
                }
            }
            String line = "fora aws: " + what + ": " + running + " of " + ids.size() + " running";
            if (!line.equals(last)) progress.println(line);
            last = line;
            if (running == ids.size() && now.size() == ids.size()) return now;
            if (System.nanoTime() > deadline) {
                throw new GridException(what + ": " + (ids.size() - running) + " of " + ids.size() + " instances not running after "
                        + timeout.toSeconds() + " s (capacity, or a spot request not fulfilled)");
            }
            sleep(poll);
        }
    }

    /** With a public gateway: waits until it answers and sees {@code workers} workers. */
    private void awaitGateway(Instance manager, Options o, int workers, boolean publicGateway) {
        String host = manager.publicIpAddress();
        if (host == null || !publicGateway) {
            progress.println("fora aws: the gateway is at http://" + manager.privateIpAddress() + ":" + o.port()
                    + " inside the VPC (open it to your address with --open-public-port --allow-from CIDR, or use an SSH tunnel)");
            return;
        }
        String base = "http://" + host + ":" + o.port();
        long deadline = System.nanoTime() + o.timeout().toNanos();
        boolean up = false;
        int seen = -1;
        while (System.nanoTime() < deadline) {
            try {
                if (!up) {
                    up = get(base + "/api/v1/health").statusCode() == 200;
                    if (up) progress.println("fora aws: gateway answers at " + base);
                }
                if (up) {
                    String body = get(base + "/api/v1/cluster").body();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"workers\"\\s*:\\s*(\\d+)").matcher(body);
                    int n = m.find() ? Integer.parseInt(m.group(1)) : 0;
                    if (n != seen) progress.println("fora aws: " + n + " of " + workers + " workers joined");
                    seen = n;
                    if (n >= workers) {
                        progress.println("fora aws: ready: ./fora run --cluster " + base + " examples/primes.py");
                        return;
                    }
                }
            } catch (java.io.IOException e) {
                // not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GridException("interrupted");
            }
            sleep(poll);
        }
        throw new GridException("the gateway at " + base + (up ? " answers but only " + Math.max(0, seen) + " of " + workers + " workers joined"
                : " did not answer") + " within " + o.timeout().toSeconds() + " s; the instances are running (fora aws list --name " + o.name() + ")");
    }

    private HttpResponse<String> get(String url) throws java.io.IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- list, deploy, stop ----

    /** The grid's instances that are not terminated, the manager first. */
    public List<Member> members(String name) {
        List<Member> out = new ArrayList<>();
        for (Instance i : instances(name)) {
            out.add(new Member(i.instanceId(), Optional.ofNullable(tag(i, ROLE_TAG)).orElse("?"), i.instanceTypeAsString(),
                    i.state().nameAsString(), i.privateIpAddress(), i.publicIpAddress(), i.instanceLifecycle() == InstanceLifecycleType.SPOT));
        }
        out.sort(Comparator.comparing((Member m) -> !m.role().equals("manager")).thenComparing(Member::id));
        return out;
    }

    /** Puts this checkout's jar where the grid's instances fetch it, and reboots them: each starts its role on the new jar. */
    public List<String> deploy(String name, Path jar) {
        List<Instance> up = instances(name).stream().filter(i -> "running".equals(i.state().nameAsString())).toList();
        if (up.isEmpty()) throw new GridException("grid '" + name + "' has no running instances");
        String source = tag(up.get(0), JAR_TAG);
        if (source == null || !source.startsWith("s3://")) {
            throw new GridException("grid '" + name + "' fetches its jar from " + source + ": deploy puts a jar only in an S3 bucket (start it with --bucket)");
        }
        String bucket = source.substring(5, source.indexOf('/', 5)), key = source.substring(source.indexOf('/', 5) + 1);
        progress.println("fora aws: putting " + jar.getFileName() + " at " + source + "...");
        try {
            s3.get().putObject(r -> r.bucket(bucket).key(key), RequestBody.fromFile(jar));
        } catch (SdkException e) {
            throw new GridException("cannot put the jar at " + source + ": " + S3DataSets.failure(e, bucket, key).getMessage());
        }
        List<String> ids = up.stream().map(Instance::instanceId).toList();
        try {
            ec2.rebootInstances(r -> r.instanceIds(ids));
        } catch (Ec2Exception e) {
            throw failure("reboot the instances", e);
        }
        progress.println("fora aws: rebooting " + ids.size() + " instance" + (ids.size() == 1 ? "" : "s") + "; each starts its role on the new jar");
        return ids;
    }

    /**
     * Stops the grid: on-demand instances are stopped (spot ones, which cannot be, are terminated),
     * or with {@code terminate} every instance is terminated and the grid's security group deleted.
     * Safe to repeat: what is already stopped or gone is left alone.
     */
    public int stop(String name, boolean terminate, Duration timeout) {
        List<Instance> all = instances(name);
        List<String> toTerminate = new ArrayList<>(), toStop = new ArrayList<>();
        for (Instance i : all) {
            String s = i.state().nameAsString();
            if (terminate || i.instanceLifecycle() == InstanceLifecycleType.SPOT) {
                if (!s.equals("shutting-down")) toTerminate.add(i.instanceId());
            } else if (!s.equals("stopped") && !s.equals("stopping")) {
                toStop.add(i.instanceId());
            }
        }
        try {
            if (!toStop.isEmpty()) ec2.stopInstances(r -> r.instanceIds(toStop));
            if (!toTerminate.isEmpty()) ec2.terminateInstances(r -> r.instanceIds(toTerminate));
        } catch (Ec2Exception e) {
            throw failure("stop the instances", e);
        }
        if (toStop.isEmpty() && toTerminate.isEmpty()) progress.println("fora aws: grid '" + name + "' has nothing " + (terminate ? "left" : "running") + " to stop");
        if (!toStop.isEmpty()) progress.println("fora aws: stopping " + toStop.size() + " instance" + (toStop.size() == 1 ? "" : "s") + " (start them again in the console, or terminate them with stop --terminate)");
        if (!toTerminate.isEmpty()) progress.println("fora aws: terminating " + toTerminate.size() + " instance" + (toTerminate.size() == 1 ? "" : "s"));
        if (terminate) deleteSecurityGroup(name, toTerminate, timeout);
        return toStop.size() + toTerminate.size();
    }

    /** Deletes the group start made, once the instances in it are gone (EC2 refuses it before). */
    private void deleteSecurityGroup(String name, List<String> terminating, Duration timeout) {
        List<SecurityGroup> groups = ec2.describeSecurityGroups(r -> r.filters(Filter.builder().name("tag:" + CLUSTER_TAG).values(name).build())).securityGroups();
        if (groups.isEmpty()) return;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!terminating.isEmpty() && describe(terminating).stream().anyMatch(i -> !"terminated".equals(i.state().nameAsString()))) {
            if (System.nanoTime() > deadline) {
                progress.println("fora aws: the instances are still shutting down; run stop --terminate again to delete security group " + groups.get(0).groupId());
                return;
            }
            sleep(poll);
        }
        for (SecurityGroup g : groups) {
            try {
                ec2.deleteSecurityGroup(r -> r.groupId(g.groupId()));
                progress.println("fora aws: deleted security group " + g.groupId());
            } catch (Ec2Exception e) {
                progress.println("fora aws: security group " + g.groupId() + " not deleted yet (" + code(e) + "); run stop --terminate again later");
            }
        }
    }

    // ---- helpers ----

    private List<Instance> instances(String name) {
        List<Instance> out = new ArrayList<>();
        try {
            ec2.describeInstancesPaginator(r -> r.filters(Filter.builder().name("tag:" + CLUSTER_TAG).values(name).build(),
                            Filter.builder().name("instance-state-name").values("pending", "running", "stopping", "stopped", "shutting-down").build()))
                    .reservations().forEach(res -> out.addAll(res.instances()));
        } catch (Ec2Exception e) {
            throw failure("list the grid's instances", e);
        }
        // the filters again, here: an EC2-compatible endpoint may not apply them
        out.removeIf(i -> !name.equals(tag(i, CLUSTER_TAG)) || i.state() == null || "terminated".equals(i.state().nameAsString()));
        return out;
    }

    private List<Instance> describe(List<String> ids) {
        List<Instance> out = new ArrayList<>();
        try {
            ec2.describeInstances(r -> r.instanceIds(ids)).reservations().forEach(res -> out.addAll(res.instances()));
            out.removeIf(i -> !ids.contains(i.instanceId()));
        } catch (Ec2Exception e) {
            if (!code(e).equals("InvalidInstanceID.NotFound")) throw failure("describe the instances", e); // EC2 is eventually consistent
        }
        return out;
    }

    /** A failed launch: what it started is terminated, and the failure said in one line. */
    private RuntimeException rolledBack(RuntimeException e, List<String> launched, String message, String doing) {
        if (!launched.isEmpty()) {
            progress.println("fora aws: " + message.formatted(launched.size(), launched.size() == 1 ? "" : "s"));
            terminateQuietly(launched);
        }
        return e instanceof SdkException s ? failure(doing, s) : e;
    }

    private void terminateQuietly(List<String> ids) {
        try {
            ec2.terminateInstances(r -> r.instanceIds(ids));
        } catch (SdkException e) {
            progress.println("fora aws: could not terminate " + ids + " (" + e.getMessage() + "): fora aws list shows them; fora aws stop --terminate ends them");
        }
    }

    private static boolean isUp(Instance i) {
        String s = i.state().nameAsString();
        return s.equals("running") || s.equals("pending");
    }

    static String tag(Instance i, String key) {
        return i.tags().stream().filter(t -> key.equals(t.key())).map(Tag::value).findFirst().orElse(null);
    }

    private static Tag tag(String key, String value) { return Tag.builder().key(key).value(value).build(); }

    private static String code(Ec2Exception e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null ? e.awsErrorDetails().errorCode() : "";
    }

    /** The SDK's failure in one line: what was being done, EC2's code and message (never credentials). */
    static GridException failure(String doing, SdkException e) {
        if (e instanceof Ec2Exception x && x.awsErrorDetails() != null) {
            String code = code(x);
            String hint = switch (code) {
                case "InsufficientInstanceCapacity" -> " (no capacity for this type now: try another type or zone, or later)";
                case "SpotMaxPriceTooLow" -> " (raise --spot-price, or leave it out for on-demand instances)";
                case "RequestLimitExceeded", "Throttling" -> " (EC2 throttled the requests; try again in a minute)";
                case "UnauthorizedOperation", "AuthFailure" -> " (the credentials lack a permission: docs/aws.md lists them)";
                case "InstanceLimitExceeded", "VcpuLimitExceeded" -> " (raise the account's quota, or ask for fewer or smaller instances)";
                default -> "";
            };
            return new GridException("cannot " + doing + ": " + code + ": " + x.awsErrorDetails().errorMessage() + hint);
        }
        return new GridException("cannot " + doing + ": " + AwsClients.firstLine(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GridException("interrupted");
        }
    }

    // ---- user data ----

    /** A role's boot script: Java 25, the jar from its source at every start, the role as a systemd service. */
    static String script(String name, String role, String jarSource, String roleArgs) {
        String fetch = jarSource.startsWith("s3://")
                ? "aws s3 cp '" + jarSource + "' /opt/fora/fora.jar.new"
                : "curl -fsSL '" + jarSource + "' -o /opt/fora/fora.jar.new";
        return """
                #!/bin/bash
                # Fora %s of grid %s, written by fora aws. No secrets here: the jar is read with the
                # instance profile's role.
                set -euxo pipefail
                JAR_SOURCE='%s'
                if ! dnf install -y java-25-amazon-corretto-headless; then
                  # not in this image's repositories yet: Corretto's own
                  rpm --import https://yum.corretto.aws/corretto.key
                  curl -fsSL -o /etc/yum.repos.d/corretto.repo https://yum.corretto.aws/corretto.repo
                  dnf install -y java-25-amazon-corretto-headless
                fi
                command -v aws >/dev/null || dnf install -y awscli-2
                id fora >/dev/null 2>&1 || useradd --system --home-dir /opt/fora --create-home fora
                cat > /opt/fora/start.sh <<'START'
                #!/bin/bash
                set -euo pipefail
                %s && mv /opt/fora/fora.jar.new /opt/fora/fora.jar
                own=$(hostname -I | awk '{print $1}')
                exec java -Xss16m -XX:MaxRAMPercentage=75 -XX:+UseParallelGC -jar /opt/fora/fora.jar %s --host "$own"
                START
                chmod 755 /opt/fora/start.sh
                chown -R fora /opt/fora
                cat > /etc/systemd/system/fora.service <<'UNIT'
                [Unit]
                Description=Fora %s
                After=network-online.target
                Wants=network-online.target
                [Service]
                User=fora
                ExecStart=/opt/fora/start.sh
                Restart=always
                RestartSec=3
                TimeoutStopSec=30
                [Install]
                WantedBy=multi-user.target
                UNIT
                systemctl daemon-reload
                systemctl enable --now fora.service
                """.formatted(role, name, jarSource, fetch, roleArgs, role);
    }

    static String managerScript(Options o, String jarSource) {
        return script(o.name(), "manager", jarSource, "manager --no-worker --cluster-port " + MANAGER_CLUSTER_PORT + " --port " + o.port());
    }

    static String workerScript(Options o, String jarSource, String managerIp, int cores) {
        return script(o.name(), "worker", jarSource, "worker --manager " + managerIp + ":" + MANAGER_CLUSTER_PORT + " --cores " + cores);
    }
}
