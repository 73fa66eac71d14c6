// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.fora.errors.ComputationError;
import io.fora.errors.ForaError;
import io.fora.errors.PythonToForaConversionError;

/**
 * Turns a refusal of the server (an RFC 9457 problem: {@code error} names the class of Fora's
 * error model, {@code detail} says what went wrong) into that class. HTTP-level problems
 * ({@code NotFound}, {@code BadRequest}, {@code PayloadTooLarge}…) and answers that are not
 * problems at all become a plain {@link ForaError}.
 */
final class Problems {
    private Problems() {}

    static ForaError toError(int status, byte[] body) {
        JsonNode problem;
        try {
            problem = Answers.tree(body);
        } catch (RuntimeException notJson) {
            return new ForaError("the server answered HTTP " + status + ": " + Answers.snippet(body));
        }
        String error = problem.path("error").asText(problem.path("title").asText(""));
        String detail = problem.path("detail").asText("");
        if (detail.isEmpty()) detail = error.isEmpty() ? "the server answered HTTP " + status : error + " (HTTP " + status + ")";
        return switch (error) {
            case "PythonToForaConversionError" -> new PythonToForaConversionError(detail,
                    problem.hasNonNull("path") ? problem.path("path").asText() : null,
                    problem.path("line").asInt(0), problem.path("column").asInt(0));
            case "ComputationError" -> computationError(problem, detail);
            default -> ForaError.fromWire(error, detail);
        };
    }

    /**
     * Defining an object whose module raised: the problem carries the Python exception's type,
     * message and traceback as {@code remoteType}, {@code remoteMessage}, {@code traceback}, {@code text}.
     */
    private static ComputationError computationError(JsonNode problem, String detail) {
        String type = problem.path("remoteType").asText("Exception");
        String message = problem.hasNonNull("remoteMessage") ? problem.path("remoteMessage").asText() : detail;
        return new ComputationError(type, message, Answers.trace(problem.path("traceback")), Answers.text(problem.path("text")));
    }
}
