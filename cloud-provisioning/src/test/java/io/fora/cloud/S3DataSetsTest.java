// SPDX-License-Identifier: Apache-2.0
package io.fora.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import io.fora.vm.runtime.ExternalData;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * importS3Dataset and exportS3Dataset against S3Proxy, a real S3 API server, started in this JVM
 * on loopback: objects larger than a part (and than a page), missing buckets and keys, denied
 * access, values that are not strings, and computations over what was read.
 */
class S3DataSetsTest {
    static S3Proxy proxy;
    static S3Client s3, intruder;
    static URI endpoint;
    static final int PART = 5 << 20; // 5 MiB parts (S3's smallest), so that 25 MiB moves in five

    static S3Client client(String access, String secret) {
        return S3Client.builder().httpClient(UrlConnectionHttpClient.create()).endpointOverride(endpoint).forcePathStyle(true)
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(software.amazon.awssdk.core.checksums.ResponseChecksumValidation.WHEN_REQUIRED)
                .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(access, secret)))
                .build();
    }

    @BeforeAll static void start() throws Exception {
        BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("unused", "unused")
                .overrides(new Properties()).build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "fora-test-access", "fora-test-secret").build();
        proxy.start();
        for (int i = 0; i < 200 && !"STARTED".equals(proxy.getState()); i++) Thread.sleep(50);
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        s3 = client("fora-test-access", "fora-test-secret");
        intruder = client("fora-test-access", "not-the-secret");
        s3.createBucket(r -> r.bucket("data"));
        s3.putObject(r -> r.bucket("data").key("small.csv"), RequestBody.fromString("a,b\n1,2\n3,4\n"));
        s3.putObject(r -> r.bucket("data").key("latin1.bin"), RequestBody.fromBytes(new byte[] {(byte) 0xe9, 'x'}));
    }

    @AfterAll static void stop() throws Exception {
        if (proxy != null) proxy.stop();
    }

    /** A CSV of {@code rows} lines, "i,i*i" each: about 25 MiB for a million, more than a 20 MB page. */
    static String csv(int rows) {
        StringBuilder sb = new StringBuilder(rows * 20);
        for (int i = 0; i < rows; i++) sb.append(i).append(',').append((long) i * i).append(",row ").append(i).append('\n');
        return sb.toString();
    }

    @Test void aSmallObjectIsReadAsText() {
        assertEquals("a,b\n1,2\n3,4\n", new S3DataSets(s3).importText("data", "small.csv"));
    }

    @Test void aLargeObjectMovesInPartsBothWays() {
        S3DataSets sets = new S3DataSets(() -> s3, PART);
        String text = csv(1_000_000);
        assertTrue(text.length() > 20_000_000, "larger than a page");
        sets.exportText("data", "big.csv", text); // a multipart upload
        assertEquals(text.length(), s3.headObject(r -> r.bucket("data").key("big.csv")).contentLength());
        String back = sets.importText("data", "big.csv"); // ranged reads
        int diff = 0;
        while (diff < Math.min(back.length(), text.length()) && back.charAt(diff) == text.charAt(diff)) diff++;
        assertEquals(text.length(), back.length());
        assertEquals(text.length(), diff, "first difference at " + diff);
    }

    @Test void failuresNameTheObjectAndTheirKind() {
        S3DataSets sets = new S3DataSets(s3);
        ExternalData.Failure noBucket = assertThrows(ExternalData.Failure.class, () -> sets.importText("no-such-bucket", "x"));
        assertEquals(ExternalData.Kind.NOT_FOUND, noBucket.kind);
        assertTrue(noBucket.getMessage().contains("no bucket 'no-such-bucket'"), noBucket.getMessage());
        ExternalData.Failure noKey = assertThrows(ExternalData.Failure.class, () -> sets.importText("data", "missing.csv"));
        assertEquals(ExternalData.Kind.NOT_FOUND, noKey.kind);
        assertTrue(noKey.getMessage().contains("no object s3://data/missing.csv"), noKey.getMessage());
        ExternalData.Failure denied = assertThrows(ExternalData.Failure.class, () -> new S3DataSets(intruder).importText("data", "small.csv"));
        assertEquals(ExternalData.Kind.DENIED, denied.kind, denied.getMessage());
        assertTrue(!denied.getMessage().contains("not-the-secret") && !denied.getMessage().contains("fora-test-secret"), "no secret in a message");
        ExternalData.Failure notText = assertThrows(ExternalData.Failure.class, () -> sets.importText("data", "latin1.bin"));
        assertEquals(ExternalData.Kind.INVALID, notText.kind);
        ExternalData.Failure exportDenied = assertThrows(ExternalData.Failure.class, () -> new S3DataSets(intruder).exportText("data", "x", "y"));
        assertEquals(ExternalData.Kind.DENIED, exportDenied.kind);
        ExternalData.Failure unreachable = assertThrows(ExternalData.Failure.class, () -> new S3DataSets(S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create()).endpointOverride(URI.create("http://127.0.0.1:1")).forcePathStyle(true)
                .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build()).importText("data", "small.csv"));
        assertEquals(ExternalData.Kind.UNAVAILABLE, unreachable.kind);
    }

    /** A program as fora run runs it, with S3 installed as this process's data sets. */
    static String run(String source) throws ForaVm.CompileError {
        ExternalData.install(new S3DataSets(() -> s3, PART));
        try {
            StringBuilder out = new StringBuilder();
            ForaVm.Outcome o = new ForaVm().run(ForaVm.compile("s3.py", source), out::append);
            return out + (o.failed() ? o.lastLine() : "");
        } finally {
            ExternalData.install(null);
        }
    }

    @Test void aComputationReadsComputesAndWritesDataSets() throws Exception {
        s3.putObject(r -> r.bucket("data").key("numbers.csv"), RequestBody.fromString(csv(300_000)));
        String out = run("""
                text = importS3Dataset("data", "numbers.csv")
                rows = [line.split(",") for line in text.split("\\n") if line]
                print(len(rows), sum(int(r[1]) for r in rows))
                exportS3Dataset("\\n".join(r[0] for r in rows if int(r[0]) % 1000 == 0), "data", "every-1000th.txt")
                """);
        long expected = 0;
        for (long i = 0; i < 300_000; i++) expected += i * i;
        assertEquals("300000 " + expected, out.strip());
        String written = s3.getObjectAsBytes(r -> r.bucket("data").key("every-1000th.txt")).asString(StandardCharsets.UTF_8);
        assertEquals(300, written.split("\n").length);
        assertTrue(written.startsWith("0\n1000\n2000\n"));
    }

    @Test void failuresInAComputationArePythonExceptions() throws Exception {
        assertEquals("FileNotFoundError: no bucket 'nope' (s3://nope/k)", run("importS3Dataset('nope', 'k')\n").strip());
        assertEquals("FileNotFoundError: no object s3://data/missing", run("importS3Dataset('data', 'missing')\n").strip());
        assertEquals("caught", run("""
                try:
                    importS3Dataset('data', 'missing')
                except OSError:
                    print('caught')
                """).strip());
        assertTrue(run("exportS3Dataset(42, 'data', 'k')\n").contains("TypeError: exportS3Dataset: the value must be a str, not 'int'"));
        assertTrue(run("importS3Dataset(1, 'k')\n").contains("TypeError: importS3Dataset: the bucket must be a str, not 'int'"));
        assertTrue(run("importS3Dataset('data')\n").contains("TypeError"));
        assertTrue(run("importS3Dataset('data', 'latin1.bin')\n").contains("ValueError: s3://data/latin1.bin is not UTF-8 text"));
    }

    @Test void withoutS3AComputationSaysSo() throws Exception {
        ForaVm.Outcome o = new ForaVm().run(ForaVm.compile("t.py", "importS3Dataset('data', 'k')\n"), null);
        assertTrue(o.lastLine().startsWith("OSError: importS3Dataset: this process has no access to S3"), o.lastLine());
    }

    @Test void theEnvironmentsEndpointIsUsedWithPathStyle() {
        S3Client c = S3DataSets.client(Map.of(), endpoint);
        assertTrue(c.serviceClientConfiguration().endpointOverride().isPresent());
        c.close();
    }
}
