// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the API refuses, answered as an RFC 9457 problem: the HTTP status, the name of the
 * error in Fora's error model (or an HTTP-level name such as {@code NotFound}), a message, and
 * extra members (a line and column, say).
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String error;
    private final Map<String, Object> extras;

    public ApiException(int status, String error, String message) {
        this(status, error, message, Map.of());
    }

    public ApiException(int status, String error, String message, Map<String, Object> extras) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.extras = new LinkedHashMap<>(extras);
    }

    public static ApiException badRequest(String message) { return new ApiException(400, "BadRequest", message); }

    public static ApiException notFound(String message) { return new ApiException(404, "NotFound", message); }

    public int status() { return status; }

    public String error() { return error; }

    public Map<String, Object> extras() { return extras; }
}
