// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import io.fora.cloud.AwsClients;
import io.fora.cloud.AwsGrid;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code fora aws start|add|list|deploy|stop}: Fora grids on EC2 (docs/aws.md). */
final class AwsCommand {
    private AwsCommand() {}

    static final String USAGE = """
            usage: fora aws start  [--name NAME] --instance-type TYPE [--num-workers N] [--spot-price P]
                                   (--bucket BUCKET --iam-instance-profile PROFILE | --jar-url URL)
                                   [--vpc-id ID --subnet-id ID] [--security-group-id ID] [--ssh-keyname KEY]
                                   [--open-public-port --allow-from CIDR] [--port N] [--cores N] [--ami ID]
                                   [--no-wait] [--timeout S] [--region R]
                   fora aws add    [--name NAME] --num-workers N [--instance-type TYPE] [--spot-price P] [--cores N]
                                   [--no-wait] [--timeout S] [--region R]
                   fora aws list   [--name NAME] [--region R]
                   fora aws deploy [--name NAME] [--jar PATH] [--region R]
                   fora aws stop   [--name NAME] [--terminate] [--timeout S] [--region R]
            Runs a Fora grid on EC2: a manager instance (the gateway) and worker instances, tagged
            fora:cluster=NAME (default: fora). Credentials and region come from the AWS SDK's default
            chains (AWS_PROFILE, AWS_ACCESS_KEY_ID, instance roles; AWS_REGION); AWS_ENDPOINT_URL_EC2
            and AWS_ENDPOINT_URL_S3 (or AWS_ENDPOINT_URL) point it at another endpoint.
              --instance-type TYPE    e.g. c5.4xlarge; its vCPUs become each worker's --cores
              --num-workers N         workers to launch (start: default 1)
              --spot-price P          spot instances at up to P dollars an hour (default: on-demand)
              --bucket BUCKET         put this jar at s3://BUCKET/fora/NAME/fora.jar, where the instances
                                      fetch it (with --iam-instance-profile, a role that may read it)
              --jar-url URL           or: the instances fetch fora.jar from this URL
              --open-public-port      open the gateway's port to --allow-from CIDR (only that range;
                                      0.0.0.0/0 only if you write it) and wait until it answers
              --port N                the gateway's port (default 30000)
              --no-wait               return once the instances are requested
              --timeout S             how long to wait for instances and workers (default 900)
              --jar PATH              the jar to deploy (default: the one running this command)
              --terminate             stop: terminate the instances and delete the grid's security group""";

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].equals("--help") || args[1].equals("-h") || args[1].equals("help")) {
            (args.length < 2 ? err : out).println(USAGE);
            return args.length < 2 ? 2 : 0;
        }
        String sub = args[1];
        if (!List.of("start", "add", "list", "deploy", "stop").contains(sub)) return usage(err, "unknown aws command '" + sub + "'");
        String name = "fora", type = null, spot = null, vpc = null, subnet = null, group = null, key = null, allow = null, ami = null;
        String bucket = null, jarUrl = null, profile = null, region = null;
        int workers = sub.equals("start") ? 1 : -1, port = 30000;
        Integer cores = null;
        boolean open = false, noWait = false, terminate = false;
        long timeout = 900;
        Path jar = null;
        try {
            for (int i = 2; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--name" -> name = value(args, i++, "[A-Za-z0-9][A-Za-z0-9-]{0,39}", "a grid name (letters, digits and -, at most 40)");
                    case "--instance-type" -> type = value(args, i++, "[a-z][a-z0-9-]*\\.[a-z0-9]+", "an instance type like c5.4xlarge");
                    case "--num-workers" -> workers = number(args, i++, 0, 1000);
                    case "--spot-price" -> spot = value(args, i++, "[0-9]{1,4}(\\.[0-9]{1,6})?", "a price in dollars an hour, like 0.30");
                    case "--vpc-id" -> vpc = value(args, i++, "vpc-[0-9a-f]{1,32}", "a VPC id (vpc-...)");
                    case "--subnet-id" -> subnet = value(args, i++, "subnet-[0-9a-f]{1,32}", "a subnet id (subnet-...)");
                    case "--security-group-id" -> group = value(args, i++, "sg-[0-9a-f]{1,32}", "a security group id (sg-...)");
                    case "--ssh-keyname" -> key = value(args, i++, "[\\x21-\\x7e][\\x20-\\x7e]{0,254}", "a key pair's name");
                    case "--allow-from" -> allow = cidr(value(args, i++, "[0-9a-fA-F:.]+/[0-9]{1,3}", "a CIDR range like 203.0.113.7/32"));
                    case "--open-public-port" -> open = true;
                    case "--ami" -> ami = value(args, i++, "ami-[0-9a-f]{1,32}", "an image id (ami-...)");
                    case "--bucket" -> bucket = value(args, i++, "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", "an S3 bucket name");
                    case "--jar-url" -> jarUrl = value(args, i++, "https?://[\\x21-\\x26\\x28-\\x7e]{1,2000}", "an http(s) URL");
                    case "--iam-instance-profile" -> profile = value(args, i++, "[A-Za-z0-9+=,.@_-]{1,128}", "an instance profile's name");
                    case "--port" -> port = number(args, i++, 1, 65535);
                    case "--cores" -> cores = number(args, i++, 1, 4096);
                    case "--no-wait" -> noWait = true;
                    case "--timeout" -> timeout = number(args, i++, 1, 86_400);
                    case "--terminate" -> terminate = true;
                    case "--region" -> region = value(args, i++, "[a-z]{2}(-[a-z]+)+-[0-9]", "a region like us-east-1");
                    case "--jar" -> {
                        jar = Path.of(value(args, i++, ".+", "a jar file"));
                        if (!Files.isRegularFile(jar)) throw new IllegalArgumentException("no jar at " + jar);
                    }
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
                if (!allowed(sub, a)) throw new IllegalArgumentException(a + " is not an option of fora aws " + sub);
            }
            if (sub.equals("start")) {
                if (type == null) throw new IllegalArgumentException("fora aws start needs --instance-type TYPE, like c5.4xlarge");
                if (bucket == null && jarUrl == null) throw new IllegalArgumentException("say where the instances get fora.jar: --bucket BUCKET (with --iam-instance-profile) or --jar-url URL");
                if (bucket != null && jarUrl != null) throw new IllegalArgumentException("--bucket and --jar-url: give one");
                if (bucket != null && profile == null) throw new IllegalArgumentException("--bucket needs --iam-instance-profile PROFILE: a role that lets the instances read the bucket");
                if (subnet != null && vpc == null && group == null) throw new IllegalArgumentException("--subnet-id needs --vpc-id (or --security-group-id)");
                if (vpc != null && subnet == null) throw new IllegalArgumentException("--vpc-id needs --subnet-id");
            }
            if (sub.equals("add") && workers < 1) throw new IllegalArgumentException("fora aws add needs --num-workers N");
            if (open && allow == null) throw new IllegalArgumentException("--open-public-port needs --allow-from CIDR: the addresses that may reach the gateway");
            if (allow != null && !open && key == null) throw new IllegalArgumentException("--allow-from is for --open-public-port (or --ssh-keyname)");
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (jar == null && (sub.equals("deploy") || sub.equals("start") && bucket != null)) {
            jar = runningJar();
            if (jar == null) {
                err.println("fora aws: this command does not run from a jar: give one with --jar PATH (launcher/target/fora.jar)");
                return 2;
            }
        }
        Ec2Client ec2;
        String regionName = region;
        try {
            ec2 = AwsClients.ec2(env, region);
        } catch (SdkException e) {
            err.println("fora aws: " + AwsClients.firstLine(e.getMessage()) + " (set AWS_REGION or give --region)");
            return 2;
        }
        java.util.function.Supplier<S3Client> s3 = () -> s3(env, regionName);
        AwsGrid grid = new AwsGrid(ec2, s3, out, Duration.ofMillis(pollMillis(env)));
        try (ec2) {
            switch (sub) {
                case "start", "add" -> {
                    AwsGrid.Options o = new AwsGrid.Options(name, type, workers, spot, vpc, subnet, group, key, open, allow, ami, bucket, jarUrl,
                            profile, port, cores, noWait, Duration.ofSeconds(timeout));
                    print(out, sub.equals("start") ? grid.start(o, jar) : grid.add(o));
                }
                case "list" -> {
                    List<AwsGrid.Member> members = grid.members(name);
                    if (members.isEmpty()) out.println("grid '" + name + "' has no instances");
                    else print(out, members);
                }
                case "deploy" -> grid.deploy(name, jar);
                case "stop" -> grid.stop(name, terminate, Duration.ofSeconds(timeout));
                default -> throw new IllegalStateException(sub);
            }
            return 0;
        } catch (AwsGrid.GridException e) {
            err.println("fora aws: " + e.getMessage());
            return 1;
        } catch (SdkException e) {
            err.println("fora aws: " + AwsClients.firstLine(e.getMessage()));
            return 1;
        }
    }

    /** Which options each command takes. */
    private static boolean allowed(String sub, String flag) {
        return switch (flag) {
            case "--name", "--region", "--help", "-h" -> true;
            case "--instance-type", "--spot-price", "--cores", "--no-wait", "--port" -> sub.equals("start") || sub.equals("add");
            case "--num-workers" -> sub.equals("start") || sub.equals("add");
            case "--timeout" -> sub.equals("start") || sub.equals("add") || sub.equals("stop");
            case "--terminate" -> sub.equals("stop");
            case "--jar" -> sub.equals("deploy") || sub.equals("start");
            default -> sub.equals("start");
        };
    }

    static void print(PrintStream out, List<AwsGrid.Member> members) {
        out.printf("%-20s %-8s %-13s %-14s %-16s %-16s %s%n", "INSTANCE", "ROLE", "TYPE", "STATE", "PRIVATE IP", "PUBLIC IP", "MARKET");
        for (AwsGrid.Member m : members) {
            out.printf("%-20s %-8s %-13s %-14s %-16s %-16s %s%n", m.id(), m.role(), m.type(), m.state(),
                    m.privateIp() == null ? "-" : m.privateIp(), m.publicIp() == null ? "-" : m.publicIp(), m.spot() ? "spot" : "on-demand");
        }
    }

    static S3Client s3(Map<String, String> env, String region) { return AwsClients.s3(env, null, region); }

    /** How often to poll EC2 while waiting (FORA_AWS_POLL_MS; default 5 s). */
    private static long pollMillis(Map<String, String> env) {
        String v = env.get("FORA_AWS_POLL_MS");
        if (v == null || v.isBlank()) return 5000;
        return io.fora.gateway.ServerConfig.parse("FORA_AWS_POLL_MS", v, 10, 600_000);
    }

    private static Path runningJar() {
        try {
            Path p = Path.of(AwsCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String value(String[] args, int i, String pattern, String what) {
        if (i + 1 >= args.length) throw new IllegalArgumentException(args[i] + " needs " + what);
        String v = args[i + 1];
        if (!v.matches(pattern)) throw new IllegalArgumentException(args[i] + " needs " + what + ", not '" + printable(v) + "'");
        return v;
    }

    private static int number(String[] args, int i, int min, int max) {
        String p = ForaMain.numberProblem(args, i, min, max);
        if (p != null) throw new IllegalArgumentException(args[i] + p);
        return Integer.parseInt(args[i + 1]);
    }

    /** A CIDR range, checked: an address and a prefix length that fits it. */
    static String cidr(String c) {
        String[] parts = c.split("/");
        int bits = Integer.parseInt(parts[1]);
        boolean v6 = parts[0].contains(":");
        if (bits > (v6 ? 128 : 32)) throw new IllegalArgumentException("--allow-from: /" + bits + " is too long a prefix for " + parts[0]);
        if (!v6) {
            String[] octets = parts[0].split("\\.", -1);
            if (octets.length != 4) throw new IllegalArgumentException("--allow-from: '" + parts[0] + "' is not an IPv4 address");
            for (String o : octets) {
                if (o.isEmpty() || o.length() > 3 || Integer.parseInt(o) > 255) throw new IllegalArgumentException("--allow-from: '" + parts[0] + "' is not an IPv4 address");
            }
        }
        return c;
    }

    private static String printable(String s) {
        String t = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        return t.replaceAll("[^\\x20-\\x7e]", "?");
    }

    private static int usage(PrintStream err, String problem) {
        err.println("fora aws: " + problem + "\n" + USAGE);
        return 2;
    }
}
