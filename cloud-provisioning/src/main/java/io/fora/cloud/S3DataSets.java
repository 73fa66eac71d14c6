// SPDX-License-Identifier: Apache-2.0
package io.fora.cloud;

import io.fora.vm.runtime.ExternalData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * importS3Dataset and exportS3Dataset on S3, through the AWS SDK v2. Credentials and region come
 * from the SDK's default chains (environment, profiles, instance roles); the endpoint from the
 * SDK's standard settings ({@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL}), with path-style
 * addressing when one is set (S3-compatible servers such as S3Proxy or MinIO expect it). Objects
 * above {@link #PART_BYTES} move in parts: ranged reads in, a multipart upload out (aborted if a
 * part fails, so no half-written object is left).
 */
public final class S3DataSets implements ExternalData {
    /** The size of one part of a transfer. */
    public static final int PART_BYTES = 8 << 20;
    /** The largest object read into one string (a Java array's limit; paged strings will lift it). */
    static final long MAX_OBJECT_BYTES = Integer.MAX_VALUE - 16;

    private final java.util.function.Supplier<S3Client> client;
    private volatile S3Client s3;
    private final int partBytes;

    public S3DataSets(S3Client s3) { this(() -> s3, PART_BYTES); }

    S3DataSets(java.util.function.Supplier<S3Client> client, int partBytes) {
        this.client = client;
        this.partBytes = partBytes;
    }

    /**
     * Data sets on the S3 that this process's environment names, the SDK's standard way; the client
     * is made on first use (a computation that reads no data set pays nothing for it).
     */
    public static S3DataSets fromEnvironment() { return new S3DataSets(() -> client(System.getenv(), null), PART_BYTES); }

    private S3Client s3() {
        S3Client c = s3;
        if (c == null) {
            synchronized (this) {
                if (s3 == null) {
                    try {
                        s3 = client.get();
                    } catch (SdkException e) { // no region, say: a clear error, not a stack trace
                        throw new Failure(Kind.UNAVAILABLE, "S3 is not configured here: " + AwsClients.firstLine(e.getMessage()));
                    }
                }
                c = s3;
            }
        }
        return c;
    }

    /** The S3 client of {@link AwsClients#s3}, with {@code endpoint} (when not null) over the environment's. */
    static S3Client client(Map<String, String> env, URI endpoint) { return AwsClients.s3(env, endpoint, null); }

    @Override public String importText(String bucket, String key) {
        byte[] bytes = read(bucket, key);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Failure(Kind.INVALID, "s3://" + bucket + "/" + key + " is not UTF-8 text");
        }
    }

    /** The object's bytes: one GET, or ranged GETs of {@link #partBytes} for a large object. */
    byte[] read(String bucket, String key) {
        try {
            S3Client s3 = s3();
            HeadObjectResponse head;
            try {
                head = s3.headObject(r -> r.bucket(bucket).key(key));
            } catch (S3Exception e) {
                // a HEAD's 404 has no body to say whether the bucket or the key is missing
                if (e.statusCode() == 404) {
                    try {
                        s3.headBucket(r -> r.bucket(bucket));
                    } catch (S3Exception noBucket) {
                        if (noBucket.statusCode() == 404) throw new Failure(Kind.NOT_FOUND, "no bucket '" + bucket + "' (s3://" + bucket + "/" + key + ")");
                    }
                }
                throw e;
            }
            long size = head.contentLength();
            if (size > MAX_OBJECT_BYTES) {
                throw new Failure(Kind.TOO_LARGE, "s3://" + bucket + "/" + key + " has " + size + " bytes: more than one string can hold");
            }
            if (size <= partBytes) return getRange(bucket, key, null, head.eTag());
            byte[] all = new byte[(int) size];
            for (long from = 0; from < size; from += partBytes) {
                long to = Math.min(size, from + partBytes) - 1;
                byte[] part = getRange(bucket, key, "bytes=" + from + "-" + to, head.eTag());
                if (part.length != to - from + 1) throw new Failure(Kind.UNAVAILABLE, "s3://" + bucket + "/" + key + " changed while it was read");
                System.arraycopy(part, 0, all, (int) from, part.length);
            }
            return all;
        } catch (SdkException e) {
            throw failure(e, bucket, key);
        }
    }

    private byte[] getRange(String bucket, String key, String range, String eTag) {
        GetObjectRequest.Builder req = GetObjectRequest.builder().bucket(bucket).key(key);
        if (range != null) req.range(range);
        if (eTag != null) req.ifMatch(eTag); // every part of one version of the object
        try (ResponseInputStream<GetObjectResponse> in = s3().getObject(req.build())) {
            return readAll(in);
        } catch (IOException e) {
            throw new Failure(Kind.UNAVAILABLE, "reading s3://" + bucket + "/" + key + ": " + e.getMessage());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    @Override public void exportText(String bucket, String key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            S3Client s3 = s3();
            if (bytes.length <= partBytes) {
                s3.putObject(r -> r.bucket(bucket).key(key).contentType("text/plain; charset=utf-8"), RequestBody.fromBytes(bytes));
                return;
            }
            String upload = s3.createMultipartUpload(r -> r.bucket(bucket).key(key).contentType("text/plain; charset=utf-8")).uploadId();
            try {
                List<CompletedPart> parts = new ArrayList<>();
                for (int from = 0, n = 1; from < bytes.length; from += partBytes, n++) {
                    int len = Math.min(partBytes, bytes.length - from);
                    int number = n;
                    String eTag = s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(upload).partNumber(number).contentLength((long) len),
                            RequestBody.fromInputStream(new java.io.ByteArrayInputStream(bytes, from, len), len)).eTag();
                    parts.add(CompletedPart.builder().partNumber(number).eTag(eTag).build());
                }
                s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(upload)
                        .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
            } catch (RuntimeException e) {
                try {
                    s3.abortMultipartUpload(AbortMultipartUploadRequest.builder().bucket(bucket).key(key).uploadId(upload).build());
                } catch (SdkException ignored) {
                    // the original failure is the one to report
                }
                throw e;
            }
        } catch (SdkException e) {
            throw failure(e, bucket, key);
        }
    }

    /** The SDK's exception as a data-set failure naming the object (never the credentials). */
    static Failure failure(SdkException e, String bucket, String key) {
        String where = "s3://" + bucket + "/" + key;
        if (e instanceof NoSuchBucketException) return new Failure(Kind.NOT_FOUND, "no bucket '" + bucket + "' (" + where + ")");
        if (e instanceof NoSuchKeyException) return new Failure(Kind.NOT_FOUND, "no object " + where);
        if (e instanceof S3Exception s) {
            String code = s.awsErrorDetails() != null ? s.awsErrorDetails().errorCode() : null;
            int status = s.statusCode();
            if ("NoSuchBucket".equals(code)) return new Failure(Kind.NOT_FOUND, "no bucket '" + bucket + "' (" + where + ")");
            if (status == 404) return new Failure(Kind.NOT_FOUND, "no object " + where);
            if (status == 403) return new Failure(Kind.DENIED, "access to " + where + " denied" + (code != null ? " (" + code + ")" : ""));
            if ("InvalidBucketName".equals(code) || status == 400) return new Failure(Kind.INVALID, where + ": " + (code != null ? code : "bad request"));
            return new Failure(Kind.UNAVAILABLE, where + ": S3 answered " + status + (code != null ? " " + code : ""));
        }
        if (e instanceof SdkClientException) return new Failure(Kind.UNAVAILABLE, where + ": S3 cannot be reached: " + AwsClients.firstLine(e.getMessage()));
        return new Failure(Kind.UNAVAILABLE, where + ": " + AwsClients.firstLine(e.getMessage()));
    }
}
