// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fora aws against an EC2 endpoint on loopback (FakeEc2, which records every request and hands out
 * only 127.0.0.0/8 addresses) and S3Proxy for the jar: the requests made (counts, instance types,
 * tags, user data, spot price, security-group rules), the waits, and the behaviour on injected
 * errors. No packet leaves 127.0.0.0/8.
 */
class AwsCommandTest {
    static final String SECRET = "fake-secret-key-never-printed";
    FakeEc2 ec2;
    HttpServer gateway;
    int gatewayPort;
    static S3Proxy s3proxy;
    static String s3url;
    @TempDir Path tmp;

    record Result(int status, String out, String err) {}

    @BeforeAll static void credentials() throws Exception {
        System.setProperty("aws.accessKeyId", "AKIAFAKEFORTESTS");
        System.setProperty("aws.secretAccessKey", SECRET);
        BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("unused", "unused").overrides(new Properties())
                .build(BlobStoreContext.class);
        s3proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "AKIAFAKEFORTESTS", SECRET).build();
        s3proxy.start();
        for (int i = 0; i < 200 && !"STARTED".equals(s3proxy.getState()); i++) Thread.sleep(50);
        s3url = "http://127.0.0.1:" + s3proxy.getPort();
        context.getBlobStore().createContainerInLocation(null, "jars");
    }

    @AfterAll static void stopS3() throws Exception {
        if (s3proxy != null) s3proxy.stop();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    /** The fake, and a gateway stub where the manager's public address will be (the fake's first: 127.0.2.1). */
    @BeforeEach void start() throws IOException {
        ec2 = new FakeEc2();
        gateway = HttpServer.create(new InetSocketAddress("127.0.2.1", 0), 8);
        gateway.createContext("/api/v1/health", ex -> reply(ex, "{\"status\":\"up\",\"workers\":0}"));
        gateway.createContext("/api/v1/cluster", ex -> reply(ex, "{\"workers\":" + ec2.running("worker") + "}"));
        gateway.start();
        gatewayPort = gateway.getAddress().getPort();
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
        try (ex) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
        }
    }

    @AfterEach void stop() {
        gateway.stop(0);
        ec2.close();
    }

    Result aws(String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_ENDPOINT_URL_EC2", ec2.url());
        env.put("AWS_ENDPOINT_URL_S3", s3url);
        env.put("FORA_AWS_POLL_MS", "20");
        List<String> all = new ArrayList<>(List.of("aws"));
        all.addAll(List.of(args));
        if (args.length > 0 && !args[0].startsWith("-")) all.addAll(List.of("--region", "us-east-1"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = AwsCommand.run(all.toArray(String[]::new), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Result r = new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.out().contains(SECRET) || r.err().contains(SECRET), "no secret is ever printed");
        return r;
    }

    static String userData(FakeEc2.Request r) {
        return new String(Base64.getDecoder().decode(r.get("UserData")), StandardCharsets.UTF_8);
    }

    static Map<String, String> tags(FakeEc2.Request r) {
        Map<String, String> t = new HashMap<>();
        for (int i = 1; r.get("TagSpecification.1.Tag." + i + ".Key") != null; i++) t.put(r.get("TagSpecification.1.Tag." + i + ".Key"), r.get("TagSpecification.1.Tag." + i + ".Value"));
        return t;
    }

    @Test void startLaunchesTheManagerThenTaggedSpotWorkersAndWaitsForThemToJoin() {
        Result r = aws("start", "--name", "g1", "--instance-type", "c5.4xlarge", "--num-workers", "2", "--spot-price", "0.30",
                "--open-public-port", "--allow-from", "127.0.0.1/32", "--port", String.valueOf(gatewayPort),
                "--jar-url", "https://releases.example.invalid/fora.jar", "--ssh-keyname", "my key");
        assertEquals(0, r.status(), r.err() + r.out());
        assertTrue(r.out().contains("2 of 2 workers joined"), r.out());
        assertTrue(r.out().contains("ready: ./fora run --cluster http://127.0.2.1:" + gatewayPort), r.out());

        List<FakeEc2.Request> runs = ec2.calls("RunInstances");
        assertEquals(2, runs.size(), "the manager, then the workers");
        FakeEc2.Request manager = runs.get(0), workers = runs.get(1);
        assertEquals("1", manager.get("MinCount"));
        assertEquals(Map.of("fora:cluster", "g1", "fora:role", "manager", "Name", "fora-g1-manager", "fora:jar", "https://releases.example.invalid/fora.jar"), tags(manager));
        assertTrue(userData(manager).contains("manager --no-worker --cluster-port 30002 --port " + gatewayPort), userData(manager));
        assertEquals("2", workers.get("MinCount"));
        assertEquals("2", workers.get("MaxCount"), "all or none");
        assertEquals("c5.4xlarge", workers.get("InstanceType"));
        assertEquals("ami-0b86", workers.get("ImageId"), "the newest Amazon Linux 2023 image for x86_64");
        assertEquals("spot", workers.get("InstanceMarketOptions.MarketType"));
        assertEquals("0.30", workers.get("InstanceMarketOptions.SpotOptions.MaxPrice"));
        assertEquals("my key", workers.get("KeyName"));
        assertEquals("worker", tags(workers).get("fora:role"));
        // the workers' user data starts fora worker with the manager's private address and the type's cores
        assertTrue(userData(workers).contains("worker --manager 127.0.1.1:30002 --cores 16"), userData(workers));
        for (FakeEc2.Request run : runs) {
            String ud = userData(run);
            assertFalse(ud.contains(SECRET) || ud.contains("AKIAFAKEFORTESTS"), "no credentials in user data");
        }

        // the group: members reach each other; the gateway and SSH only from the range given
        assertEquals("fora-g1", ec2.calls("CreateSecurityGroup").get(0).get("GroupName"));
        FakeEc2.Request rules = ec2.calls("AuthorizeSecurityGroupIngress").get(0);
        String group = rules.get("GroupId");
        assertEquals(group, rules.get("IpPermissions.1.Groups.1.GroupId"));
        assertEquals(String.valueOf(gatewayPort), rules.get("IpPermissions.2.FromPort"));
        assertEquals("127.0.0.1/32", rules.get("IpPermissions.2.IpRanges.1.CidrIp"));
        assertEquals("22", rules.get("IpPermissions.3.FromPort"));
        assertFalse(rules.params().containsValue("0.0.0.0/0"), "never open to everyone unless asked");
        assertEquals(group, workers.get("SecurityGroupId.1"));

        Result list = aws("list", "--name", "g1");
        assertEquals(0, list.status());
        String[] lines = list.out().strip().split("\n");
        assertEquals(4, lines.length, list.out());
        assertTrue(lines[1].contains("manager") && lines[1].contains("running") && lines[1].contains("127.0.2.1") && lines[1].contains("spot"), lines[1]);
        assertTrue(lines[2].contains("worker") && lines[2].contains("c5.4xlarge"), lines[2]);

        // a second start of the same grid is refused; add takes the manager's image, group and address
        assertEquals(1, aws("start", "--name", "g1", "--instance-type", "c5.xlarge", "--jar-url", "https://x.example.invalid/f.jar").status());
        Result add = aws("add", "--name", "g1", "--num-workers", "1", "--instance-type", "c5.xlarge", "--port", String.valueOf(gatewayPort));
        assertEquals(0, add.status(), add.err() + add.out());
        FakeEc2.Request added = ec2.calls("RunInstances").get(2);
        assertEquals("c5.xlarge", added.get("InstanceType"));
        assertEquals("ami-0b86", added.get("ImageId"));
        assertEquals(group, added.get("SecurityGroupId.1"));
        assertTrue(userData(added).contains("worker --manager 127.0.1.1:30002 --cores 4"), userData(added));
        assertTrue(add.out().contains("3 of 3 workers joined"), add.out());

        // stop: the on-demand worker added is stopped; spot instances cannot be, so they are terminated
        Result stop = aws("stop", "--name", "g1");
        assertEquals(0, stop.status(), stop.err());
        assertEquals(3, ec2.calls("TerminateInstances").get(0).params().keySet().stream().filter(k -> k.startsWith("InstanceId.")).count());
        assertEquals(1, ec2.calls("StopInstances").get(0).params().keySet().stream().filter(k -> k.startsWith("InstanceId.")).count());
        assertTrue(aws("list", "--name", "g1").out().contains("stopped"));
        Result again = aws("stop", "--name", "g1", "--terminate");
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("deleted security group " + group), again.out());
        assertEquals(0, aws("stop", "--name", "g1", "--terminate").status(), "stop is safe to repeat");
        assertTrue(aws("list", "--name", "g1").out().contains("has no instances"));
    }

    @Test void withCoresImageAndGroupGivenStartAsksOnlyForInstances() {
        Result r = aws("start", "--name", "g7", "--instance-type", "c5.xlarge", "--num-workers", "3", "--cores", "2", "--ami", "ami-0abc",
                "--security-group-id", "sg-0123", "--subnet-id", "subnet-0aa", "--jar-url", "https://x.example.invalid/f.jar", "--no-wait");
        assertEquals(0, r.status(), r.err() + r.out());
        assertEquals(java.util.Set.of("DescribeInstances", "RunInstances"),
                ec2.requests.stream().map(FakeEc2.Request::action).collect(java.util.stream.Collectors.toSet()));
        FakeEc2.Request workers = ec2.calls("RunInstances").get(1);
        assertEquals("ami-0abc", workers.get("ImageId"));
        assertEquals("sg-0123", workers.get("SecurityGroupId.1"));
        assertEquals("subnet-0aa", workers.get("SubnetId"));
        assertTrue(userData(workers).contains("--cores 2"));
        assertTrue(r.out().contains("4 instances requested"), r.out());
    }

    @Test void aPartialLaunchTerminatesWhatItStartedAndSaysWhy() {
        ec2.capacity = 2; // the manager fits, three workers do not
        Result r = aws("start", "--name", "g2", "--instance-type", "c5.xlarge", "--num-workers", "3", "--jar-url", "https://x.example.invalid/f.jar");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("InsufficientInstanceCapacity") && r.err().contains("no capacity for this type now"), r.err());
        assertTrue(r.out().contains("terminating the 1 instance it started"), r.out());
        assertEquals(List.of("i-00000000000000001"), ec2.calls("TerminateInstances").get(0).params().entrySet().stream()
                .filter(e -> e.getKey().startsWith("InstanceId.")).map(Map.Entry::getValue).toList());
        assertFalse(aws("list", "--name", "g2").out().contains("running"), "nothing left running");
    }

    @Test void aSpotRequestNotFulfilledInTimeEndsClearlyWithNothingLeftRunning() {
        ec2.pendingPolls = -1; // never fulfilled
        Result r = aws("start", "--name", "g3", "--instance-type", "c5.xlarge", "--num-workers", "1", "--spot-price", "0.01",
                "--timeout", "1", "--jar-url", "https://x.example.invalid/f.jar");
        assertEquals(1, r.status());
        assertTrue(r.err().contains("not running after 1 s"), r.err());
        assertEquals(1, ec2.calls("TerminateInstances").size());
    }

    @Test void throttlingIsRetriedAndPersistentThrottlingIsAClearError() {
        ec2.fail("DescribeInstances", 503, "RequestLimitExceeded", "Request limit exceeded.", 1);
        Result once = aws("list", "--name", "g4");
        assertEquals(0, once.status(), once.err());
        assertEquals(2, ec2.calls("DescribeInstances").size(), "retried by the SDK");
        ec2.fail("DescribeInstances", 503, "RequestLimitExceeded", "Request limit exceeded.", 20);
        Result always = aws("list", "--name", "g4");
        assertEquals(1, always.status());
        assertTrue(always.err().contains("RequestLimitExceeded") && always.err().contains("throttled"), always.err());
        ec2.failures.clear();
        ec2.fail("DescribeInstances", 403, "UnauthorizedOperation", "You are not authorized to perform this operation.", 1);
        Result denied = aws("list", "--name", "g4");
        assertTrue(denied.err().contains("docs/aws.md"), denied.err());
    }

    @Test void theJarGoesToTheBucketAndDeployReplacesItAndRebootsTheGrid() throws Exception {
        Path jar = Files.write(tmp.resolve("fora.jar"), "jar v1".getBytes(StandardCharsets.UTF_8));
        Result r = aws("start", "--name", "g5", "--instance-type", "m6g.large", "--num-workers", "1", "--bucket", "jars",
                "--iam-instance-profile", "fora-reader", "--jar", jar.toString());
        assertEquals(0, r.status(), r.err() + r.out());
        FakeEc2.Request worker = ec2.calls("RunInstances").get(1);
        assertEquals("ami-0a64", worker.get("ImageId"), "an arm64 image for a Graviton type");
        assertEquals("fora-reader", worker.get("IamInstanceProfile.Name"));
        assertTrue(userData(worker).contains("aws s3 cp 's3://jars/fora/g5/fora.jar'"), userData(worker));
        assertTrue(r.out().contains("inside the VPC"), "no public port: the gateway's private address is printed");
        var s3 = AwsCommand.s3(Map.of("AWS_ENDPOINT_URL_S3", s3url), "us-east-1");
        assertEquals("jar v1", s3.getObjectAsBytes(b -> b.bucket("jars").key("fora/g5/fora.jar")).asUtf8String());
        Files.writeString(jar, "jar v2");
        Result d = aws("deploy", "--name", "g5", "--jar", jar.toString());
        assertEquals(0, d.status(), d.err());
        assertEquals("jar v2", s3.getObjectAsBytes(b -> b.bucket("jars").key("fora/g5/fora.jar")).asUtf8String());
        assertEquals(2, ec2.calls("RebootInstances").get(0).params().keySet().stream().filter(k -> k.startsWith("InstanceId.")).count());
        // a bucket that does not exist: a clear error before any instance is requested
        int before = ec2.calls("RunInstances").size();
        Result bad = aws("start", "--name", "g6", "--instance-type", "c5.xlarge", "--bucket", "no-such-bucket", "--iam-instance-profile", "p", "--jar", jar.toString());
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("no-such-bucket"), bad.err());
        assertEquals(before, ec2.calls("RunInstances").size());
    }

    @Test void badFlagsAreRefusedBeforeAnyRequest() {
        String[][] bad = {
                {"start", "--name", "g"}, {"start", "--instance-type", "c5.xlarge"},
                {"start", "--instance-type", "c5.xlarge", "--jar-url", "https://x/f.jar", "--open-public-port"},
                {"start", "--instance-type", "c5.xlarge", "--jar-url", "https://x/f.jar", "--open-public-port", "--allow-from", "300.1.1.1/32"},
                {"start", "--instance-type", "c5.xlarge", "--jar-url", "https://x/f.jar", "--open-public-port", "--allow-from", "10.0.0.0/40"},
                {"start", "--instance-type", "c5.xlarge", "--bucket", "b-1"}, {"start", "--instance-type", "C5 XL", "--jar-url", "https://x/f.jar"},
                {"start", "--instance-type", "c5.xlarge", "--jar-url", "https://x/f.jar", "--spot-price", "-1"},
                {"start", "--name", "bad\nname", "--instance-type", "c5.xlarge", "--jar-url", "https://x/f.jar"},
                {"start", "--instance-type", "c5.xlarge", "--jar-url", "file:///etc/passwd"},
                {"start", "--instance-type", "c5.xlarge", "--jar-url", "https://x/f.jar", "--vpc-id", "vpc-1"},
                {"add", "--name", "g"}, {"list", "--terminate"}, {"stop", "--spot-price", "1"}, {"deploy", "--jar", "/nonexistent.jar"},
                {"launch"}, {"start", "--bogus"}, {"start", "--num-workers", "many"}};
        for (String[] args : bad) {
            Result r = aws(args);
            assertEquals(2, r.status(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("fora aws: "), r.err());
            assertFalse(r.err().contains("\nname"), "hostile input is not echoed raw");
        }
        assertEquals(0, ec2.requests.size(), "nothing was asked of EC2");
        assertEquals(0, aws("--help").status());
    }

    /** fora run with importS3Dataset, the S3 server's endpoint and credentials in the environment. */
    @Test void foraRunComputesOverAnObjectReadFromS3AndWritesOneBack() throws Exception {
        var s3 = AwsCommand.s3(Map.of("AWS_ENDPOINT_URL_S3", s3url), "us-east-1");
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 100_000; i++) csv.append(i).append(',').append(i % 7).append('\n');
        s3.putObject(b -> b.bucket("jars").key("data/rows.csv"), software.amazon.awssdk.core.sync.RequestBody.fromString(csv.toString()));
        Path prog = Files.writeString(tmp.resolve("s3sum.py"), """
                text = importS3Dataset("jars", "data/rows.csv")
                rows = [line.split(",") for line in text.splitlines()]
                total = sum(int(a) * int(b) for a, b in rows)
                exportS3Dataset(str(total), "jars", "data/total.txt")
                print(len(rows), total)
                try:
                    importS3Dataset("jars", "data/missing.csv")
                except FileNotFoundError as e:
                    print("FileNotFoundError:", e)
                """);
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xss16m", "-cp", System.getProperty("java.class.path"),
                ForaMain.class.getName(), "run", "--cores", "2", prog.toString());
        pb.environment().put("AWS_ENDPOINT_URL_S3", s3url);
        pb.environment().put("AWS_ACCESS_KEY_ID", "AKIAFAKEFORTESTS");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", SECRET);
        pb.environment().remove("AWS_PROFILE");
        Path log = tmp.resolve("stderr.log");
        Process p = pb.redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        long total = 0;
        for (long i = 0; i < 100_000; i++) total += i * (i % 7);
        assertEquals("100000 " + total + "\nFileNotFoundError: no object s3://jars/data/missing.csv\n", out, Files.readString(log));
        assertEquals(String.valueOf(total), s3.getObjectAsBytes(b -> b.bucket("jars").key("data/total.txt")).asUtf8String());
    }

    /** As a user runs it: a fora process, the endpoint and credentials in its environment. */
    @Test void theCommandReadsTheSdksStandardEnvironment() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"),
                ForaMain.class.getName(), "aws", "list", "--name", "g9");
        pb.environment().put("AWS_ENDPOINT_URL_EC2", ec2.url());
        pb.environment().put("AWS_ACCESS_KEY_ID", "AKIAFAKEFORTESTS");
        pb.environment().put("AWS_SECRET_ACCESS_KEY", SECRET);
        pb.environment().put("AWS_REGION", "eu-west-1");
        pb.environment().remove("AWS_PROFILE");
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("grid 'g9' has no instances"), out);
        FakeEc2.Request d = ec2.calls("DescribeInstances").get(0);
        assertEquals("tag:fora:cluster", d.get("Filter.1.Name"));
        assertEquals("g9", d.get("Filter.1.Value.1"));
    }
}
