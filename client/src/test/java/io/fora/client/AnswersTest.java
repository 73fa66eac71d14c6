// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.encoding.RemoteRef;
import io.fora.errors.ComputationError;
import io.fora.errors.ForaError;
import io.fora.errors.ForaToPythonConversionError;
import io.fora.errors.InvalidPyforaOperation;
import io.fora.errors.NotCallableError;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswersTest {
    private final Fora fora = Fora.connect("http://127.0.0.1:1");

    @AfterEach void close() { fora.close(); }

    private static Answers.Computation answer(String json) {
        return Answers.computation(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test void readsCallResult() {
        var a = answer("{\"id\":\"c-1\",\"status\":\"done\",\"result\":42,\"elapsedMs\":3}");
        assertEquals("c-1", a.id());
        assertEquals("done", a.status());
        assertEquals(3, a.elapsedMs());
        CallResult r = fora.callResult(a);
        assertEquals(42L, r.getLong());
        assertEquals(42, r.getInt());
        assertEquals(42.0, r.getDouble());
        assertFalse(r.isRemote());
        assertThrows(IllegalStateException.class, r::remote);
        assertEquals("c-1", r.computationId());
    }

    @Test void readsNoneResultAsNull() {
        CallResult r = fora.callResult(answer("{\"id\":\"c-1\",\"status\":\"done\",\"result\":null,\"elapsedMs\":0}"));
        assertNull(r.value());
        assertNull(r.getString());
        assertThrows(ForaToPythonConversionError.class, r::getLong);
    }

    @Test void referenceResultBecomesRemoteObject() {
        CallResult r = fora.callResult(answer("{\"id\":\"c-1\",\"status\":\"done\",\"result\":{\"$ref\":\"o-9\"},\"elapsedMs\":3}"));
        assertTrue(r.isRemote());
        assertEquals("o-9", r.remote().id());
        assertTrue(r.remote().type().isEmpty());
        assertEquals(r.remote(), r.get(RemoteObject.class));
        var e = assertThrows(IllegalStateException.class, r::getLong);
        assertTrue(e.getMessage().contains("toLocal"), e.getMessage());
    }

    @Test void readsRemotelyResultsInOrderWithValuesAndReferences() {
        RemotelyResult r = fora.remotelyResult(answer("{\"id\":\"c-2\",\"status\":\"done\",\"elapsedMs\":950,"
                + "\"results\":{\"n\":78498,\"xs\":{\"$ref\":\"o-3\"},\"big\":{\"$int\":\"1267650600228229401496703205376\"},"
                + "\"ok\":true,\"s\":\"hi\",\"t\":{\"$tuple\":[1,2.5]}}}"));
        assertEquals(List.of("n", "xs", "big", "ok", "s", "t"), List.copyOf(r.names()));
        assertEquals(78498L, r.getLong("n"));
        assertTrue(r.isRemote("xs"));
        assertEquals(new RemoteObject(fora, "o-3", null), r.remote("xs"));
        assertEquals(BigInteger.TWO.pow(100), r.get("big"));
        assertThrows(ForaToPythonConversionError.class, () -> r.getLong("big"));
        assertTrue(r.getBoolean("ok"));
        assertEquals("hi", r.getString("s"));
        assertEquals(List.of(1L, 2.5), r.get("t", List.class));
        assertThrows(IllegalStateException.class, () -> r.remote("n"));
        assertThrows(IllegalStateException.class, () -> r.getLong("xs"));
        var missing = assertThrows(NoSuchElementException.class, () -> r.get("nope"));
        assertTrue(missing.getMessage().contains("n, xs"), missing.getMessage());
    }

    @Test void readsModuleOutput() {
        var a = answer("{\"id\":\"c-3\",\"status\":\"done\",\"output\":[\"78498\",\"'a'\"],\"elapsedMs\":950}");
        assertEquals(List.of("78498", "'a'"), a.output());
    }

    @Test void failureBecomesComputationErrorWithTrace() {
        var a = answer("{\"id\":\"c-4\",\"status\":\"failed\",\"elapsedMs\":2,\"error\":{\"type\":\"ZeroDivisionError\","
                + "\"message\":\"division by zero\",\"traceback\":[{\"path\":\"<source>\",\"line\":7,\"function\":\"<module>\"},"
                + "{\"path\":\"<source>\",\"line\":4,\"function\":\"f\"}],\"text\":\"Traceback (most recent call last):\\n  File ...\"}}");
        var e = assertInstanceOf(ComputationError.class, a.error());
        assertEquals("ZeroDivisionError", e.remoteType());
        assertEquals("division by zero", e.remoteMessage());
        assertEquals(2, e.trace().size());
        assertEquals(new ComputationError.TraceEntry("<source>", 4, "f"), e.trace().get(1));
        assertTrue(e.formattedTraceback().startsWith("Traceback"));
        assertEquals("ZeroDivisionError: division by zero", e.getMessage());
    }

    @Test void foraErrorKindsBecomeTheirClasses() {
        assertInstanceOf(NotCallableError.class, answer("{\"id\":\"c\",\"status\":\"failed\",\"error\":{\"type\":\"NotCallableError\","
                + "\"message\":\"'int' object is not callable\",\"traceback\":[],\"text\":\"\"}}").error());
        assertInstanceOf(InvalidPyforaOperation.class, answer("{\"id\":\"c\",\"status\":\"failed\",\"error\":{\"type\":\"InvalidPyforaOperation\","
                + "\"message\":\"m\",\"traceback\":[]}}").error());
        assertInstanceOf(ForaToPythonConversionError.class, answer("{\"id\":\"c\",\"status\":\"failed\",\"error\":{\"type\":\"ForaToPythonConversionError\","
                + "\"message\":\"m\"}}").error());
    }

    @Test void emptyTextIsNoFormattedTraceback() {
        var e = (ComputationError) answer("{\"id\":\"c\",\"status\":\"failed\",\"error\":{\"type\":\"NameError\",\"message\":\"x\",\"traceback\":[],\"text\":\"\"}}").error();
        assertNull(e.formattedTraceback());
    }

    @Test void runningAnswerHasIdAndNoResult() {
        var a = answer("{\"id\":\"c-5\",\"status\":\"running\",\"elapsedMs\":1200}");
        assertEquals("running", a.status());
        assertFalse(a.hasResult());
        assertThrows(ForaError.class, () -> fora.callResult(a));
    }

    @Test void unknownMembersAreSkipped() {
        var a = answer("{\"id\":\"c-6\",\"future\":{\"a\":[1,{\"b\":2}]},\"status\":\"done\",\"result\":1}");
        assertEquals(1L, a.result());
    }

    @Test void malformedAnswersFailWithForaError() {
        assertThrows(ForaError.class, () -> answer("not json"));
        assertThrows(ForaError.class, () -> answer("[1]"));
        assertThrows(ForaError.class, () -> answer("{\"id\":\"c\"}"));
        assertThrows(ForaError.class, () -> answer("{\"id\":\"c\",\"status\":\"done\",\"result\":{\"$bogus\":1}}"));
    }

    @Test void readsStoredObjects() {
        var defined = Answers.storedObject("{\"id\":\"o-1\",\"type\":\"function\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals("function", defined.type());
        assertFalse(defined.hasValue());
        var downloaded = Answers.storedObject("{\"id\":\"o-1\",\"type\":\"dict\",\"value\":{\"$dict\":[[\"a\",{\"$ref\":\"o-2\"}]]}}".getBytes(StandardCharsets.UTF_8));
        assertTrue(downloaded.hasValue());
        assertEquals(Map.of("a", new RemoteRef("o-2")), downloaded.value());
    }

    @Test void readsClusterInfo() {
        ClusterInfo c = Answers.cluster(("{\"workers\": 1, \"cores\": 2, \"threads\": 2,"
                + "\"memory\": {\"maxBytes\": 8589934592, \"usedBytes\": 123456789},"
                + "\"computations\": {\"running\": 0, \"total\": 12}, \"objects\": 3, \"version\": \"0.1.0\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(new ClusterInfo(1, 2, 2, 8589934592L, 123456789L, 0, 12, 3, "0.1.0"), c);
    }

    @Test void readsProgressEvents() {
        Progress p = Answers.progress("{\"event\": \"progress\", \"id\": \"c-1\", \"status\": \"running\", \"elapsedMs\": 1250,"
                + " \"coresBusy\": 2, \"tasks\": 512, \"splits\": 3, \"steals\": 40}");
        assertEquals(new Progress("progress", "c-1", "running", 1250, 2, 512, 3, 40), p);
        assertFalse(p.isEnded());
        assertTrue(Answers.progress("{\"event\":\"ended\",\"id\":\"c-1\",\"status\":\"done\"}").isEnded());
    }

    @Test void progressListenerDeliversOnlyItsComputationsEvents() {
        List<Progress> seen = new java.util.ArrayList<>();
        ProgressListener l = new ProgressListener("c-1", seen::add);
        l.deliver("{\"event\":\"progress\",\"id\":\"c-2\",\"status\":\"running\"}");
        l.deliver("garbage");
        l.deliver("{\"event\":\"progress\",\"id\":\"c-1\",\"status\":\"running\",\"tasks\":5}");
        assertEquals(1, seen.size());
        assertEquals(5, seen.get(0).tasks());
    }
}
