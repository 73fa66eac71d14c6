// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.errors.ComputationError;
import io.fora.errors.ForaError;
import io.fora.errors.PythonToForaConversionError;
import io.fora.errors.ResultExceededBytecountThreshold;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProblemsTest {
    private static ForaError problem(int status, String json) {
        return Problems.toError(status, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test void purityErrorCarriesPathLineAndColumn() {
        var e = assertInstanceOf(PythonToForaConversionError.class, problem(400,
                "{\"type\": \"/docs/problems#PythonToForaConversionError\", \"title\": \"PythonToForaConversionError\", \"status\": 400,"
                + " \"detail\": \"File \\\"<source>\\\", line 2, col 5: PurityError: print() has side effects\","
                + " \"error\": \"PythonToForaConversionError\", \"path\": \"<source>\", \"line\": 2, \"column\": 5,"
                + " \"errors\": [{\"kind\": \"PurityError\", \"message\": \"...\", \"line\": 2, \"column\": 5}]}"));
        assertEquals("<source>", e.path());
        assertEquals(2, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().contains("PurityError"));
    }

    @Test void conversionErrorWithoutPositionHasLineZero() {
        var e = assertInstanceOf(PythonToForaConversionError.class, problem(400,
                "{\"status\":400,\"error\":\"PythonToForaConversionError\",\"detail\":\"no Python form\"}"));
        assertEquals(0, e.line());
        assertEquals(null, e.path());
    }

    @Test void notFoundIsForaErrorWithTheServersDetail() {
        ForaError e = problem(404, "{\"title\":\"NotFound\",\"status\":404,\"error\":\"NotFound\","
                + "\"detail\":\"no object with id 'o-1' (never defined, or released)\"}");
        assertEquals(ForaError.class, e.getClass());
        assertEquals("no object with id 'o-1' (never defined, or released)", e.getMessage());
    }

    @Test void tooLargeResultIsResultExceededBytecountThreshold() {
        assertInstanceOf(ResultExceededBytecountThreshold.class, problem(422,
                "{\"status\":422,\"error\":\"ResultExceededBytecountThreshold\",\"detail\":\"longer than 10 bytes\",\"maxBytes\":10}"));
    }

    @Test void payloadTooLargeIsForaError() {
        ForaError e = problem(413, "{\"status\":413,\"error\":\"PayloadTooLarge\",\"detail\":\"body larger than 1024 bytes\"}");
        assertEquals(ForaError.class, e.getClass());
        assertEquals("body larger than 1024 bytes", e.getMessage());
    }

    @Test void moduleRaisingWhileDefiningIsComputationErrorOfTheRemoteType() {
        var e = assertInstanceOf(ComputationError.class, problem(422,
                "{\"status\":422,\"error\":\"ComputationError\",\"detail\":\"ValueError: bad\",\"remoteType\":\"ValueError\","
                + "\"remoteMessage\":\"bad\",\"traceback\":[{\"path\":\"m.py\",\"line\":3,\"function\":\"<module>\"}],\"text\":\"Traceback...\"}"));
        assertEquals("ValueError", e.remoteType());
        assertEquals("bad", e.remoteMessage());
        assertEquals(3, e.trace().get(0).line());
    }

    @Test void missingNameWhileDefiningIsNameError() {
        var e = assertInstanceOf(ComputationError.class, problem(422,
                "{\"status\":422,\"error\":\"ComputationError\",\"detail\":\"name 'g' is not defined by the module\",\"remoteType\":\"NameError\"}"));
        assertEquals("NameError", e.remoteType());
        assertTrue(e.getMessage().contains("'g'"));
    }

    @Test void answerThatIsNoProblemNamesTheStatus() {
        ForaError e = problem(502, "<html>Bad gateway</html>");
        assertEquals(ForaError.class, e.getClass());
        assertTrue(e.getMessage().contains("502"), e.getMessage());
        assertTrue(e.getMessage().contains("Bad gateway"), e.getMessage());
    }

    @Test void problemWithoutDetailUsesItsName() {
        assertTrue(problem(405, "{\"status\":405,\"error\":\"MethodNotAllowed\"}").getMessage().contains("MethodNotAllowed"));
    }
}
