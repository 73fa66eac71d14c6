// SPDX-License-Identifier: Apache-2.0
package io.fora.cloud;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.Ec2ClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The AWS SDK clients Fora makes, one way: the URL-connection HTTP client, credentials and region
 * from the SDK's default chains (a region given overrides), and the endpoint from
 * {@code AWS_ENDPOINT_URL_<SERVICE>} or {@code AWS_ENDPOINT_URL} in {@code env} (or the SDK's
 * {@code aws.endpointUrl*} properties).
 */
public final class AwsClients {
    private AwsClients() {}

    /** The endpoint {@code env} names for a service (EC2, S3), or null for AWS's own. */
    static String endpoint(Map<String, String> env, String service) {
        return firstSet(env.get("AWS_ENDPOINT_URL_" + service), env.get("AWS_ENDPOINT_URL"),
                System.getProperty("aws.endpointUrl" + service.charAt(0) + service.substring(1).toLowerCase()), System.getProperty("aws.endpointUrl"));
    }

    public static Ec2Client ec2(Map<String, String> env, String region) {
        Ec2ClientBuilder b = Ec2Client.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = endpoint(env, "EC2");
        if (endpoint != null) b.endpointOverride(URI.create(endpoint));
        if (region != null) b.region(Region.of(region));
        return b.build();
    }

    /** An S3 client; {@code endpoint}, when not null, overrides the one {@code env} names. */
    public static S3Client s3(Map<String, String> env, URI endpoint, String region) {
        S3ClientBuilder b = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
        URI custom = endpoint != null ? endpoint : endpoint(env, "S3") != null ? URI.create(endpoint(env, "S3")) : null;
        if (custom != null) {
            // S3-compatible servers expect path-style addresses, and not all of them read the
            // trailing checksums the SDK now sends by default
            b.endpointOverride(custom).forcePathStyle(true)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        if (region != null) {
            b.region(Region.of(region));
        } else if (custom != null && firstSet(env.get("AWS_REGION"), env.get("AWS_DEFAULT_REGION"), System.getenv("AWS_REGION"),
                System.getenv("AWS_DEFAULT_REGION"), System.getProperty("aws.region")) == null) {
            b.region(Region.US_EAST_1); // an S3-compatible server ignores it; the SDK needs one
        }
        return b.build();
    }

    static String firstSet(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    /** A message's first line (the SDK's run on with request details). */
    public static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
