// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fora.encoding.FrozenSet;
import io.fora.encoding.Tuple;
import io.fora.errors.PythonToForaConversionError;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {
    private final Fora fora = Fora.connect("http://127.0.0.1:1");

    @AfterEach void close() { fora.close(); }

    private static JsonNode json(String body) {
        return Answers.tree(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test void callOfDefinedFunctionSendsReferenceArgsAndKwargs() {
        RemoteObject f = new RemoteObject(fora, "o-f", "function");
        RemoteObject xs = new RemoteObject(fora, "o-xs", "list");
        String body = fora.call(f).args(1, "two", xs).kwarg("k", 3.5).downloadNone().body();
        assertEquals("{\"call\":{\"$ref\":\"o-f\"},\"args\":[1,\"two\",{\"$ref\":\"o-xs\"}],\"kwargs\":{\"k\":3.5},\"download\":\"none\"}", body);
    }

    @Test void callOfModuleGlobalSendsSourcePathAndName() {
        String body = fora.call(PythonSource.of("def f(x):\n    return x\n", "f.py"), "f").args(List.of(1, 2)).body();
        assertEquals("{\"source\":\"def f(x):\\n    return x\\n\",\"path\":\"f.py\",\"call\":\"f\",\"args\":[[1,2]],\"download\":\"all\"}", body);
    }

    @Test void callWithoutArgumentsSendsAnEmptyList() {
        JsonNode n = json(fora.call(new RemoteObject(fora, "o-f", null)).body());
        assertTrue(n.path("args").isArray());
        assertEquals(0, n.path("args").size());
        assertTrue(n.path("kwargs").isMissingNode());
    }

    @Test void downloadSmallSendsItsLimitAndOtherModesDoNot() {
        RemoteObject f = new RemoteObject(fora, "o-f", null);
        assertEquals(10_000, json(fora.call(f).downloadSmall().body()).path("maxBytes").asLong());
        assertEquals(123, json(fora.call(f).downloadSmall(123).body()).path("maxBytes").asLong());
        assertEquals("small", json(fora.call(f).downloadSmall(123).body()).path("download").asText());
        assertTrue(json(fora.call(f).downloadAll().body()).path("maxBytes").isMissingNode());
        assertTrue(json(fora.remotely("x = 1").downloadNone().body()).path("maxBytes").isMissingNode());
    }

    @Test void remotelyBlockSendsBindingsAsPlainObject() {
        RemoteObject isPrime = new RemoteObject(fora, "o-p", "function");
        String body = fora.remotely("n = sum(isPrime(x) for x in range(10**6))")
                .bind("isPrime", isPrime).bind("limit", BigInteger.TWO.pow(70)).downloadSmall().body();
        assertEquals("{\"block\":\"n = sum(isPrime(x) for x in range(10**6))\",\"bindings\":{\"isPrime\":{\"$ref\":\"o-p\"},"
                + "\"limit\":{\"$int\":\"1180591620717411303424\"}},\"download\":\"small\",\"maxBytes\":10000}", body);
    }

    @Test void remotelyDefaultsToDownloadAll() {
        assertEquals("all", json(fora.remotely("x = 1").body()).path("download").asText());
    }

    @Test void moduleRunSendsSourceAndPath() {
        assertEquals("{\"source\":\"1 + 1\\n\",\"path\":\"<source>\"}", RequestBodies.module(PythonSource.of("1 + 1\n")));
    }

    @Test void definitionsSendValueOrSourceWithName() {
        assertEquals("{\"value\":{\"$tuple\":[1,{\"$float\":\"nan\"}]}}", RequestBodies.defineValue(Tuple.of(1L, Double.NaN)));
        assertEquals("{\"source\":\"x = 1\",\"name\":\"x\",\"path\":\"m.py\"}", RequestBodies.defineSource(PythonSource.of("x = 1", "m.py"), "x"));
    }

    @Test void remoteObjectsNestedInContainersBecomeReferences() {
        RemoteObject r = new RemoteObject(fora, "o-1", null);
        Map<Object, Object> dict = new LinkedHashMap<>();
        dict.put("k", List.of(r));
        Object value = List.of(1, Tuple.of(r, 2), dict, FrozenSet.of(r), new LinkedHashSet<>(List.of(r)));
        assertEquals("{\"value\":[1,{\"$tuple\":[{\"$ref\":\"o-1\"},2]},{\"$dict\":[[\"k\",[{\"$ref\":\"o-1\"}]]]},"
                + "{\"$frozenset\":[{\"$ref\":\"o-1\"}]},{\"$set\":[{\"$ref\":\"o-1\"}]}]}", RequestBodies.defineValue(value));
    }

    @Test void containersWithoutRemoteObjectsAreNotCopied() {
        List<Object> xs = new ArrayList<>(List.of(1, 2, List.of(3)));
        assertTrue(RequestBodies.toWire(xs) == xs);
    }

    @Test void primitiveArraysBecomeLists() {
        assertEquals("{\"value\":[[1,2],[3,4],[0.5],[true]]}",
                RequestBodies.defineValue(new Object[] {new int[] {1, 2}, new long[] {3, 4}, new double[] {0.5}, new boolean[] {true}}));
    }

    @Test void nullArgumentIsNone() {
        assertEquals("[null]", json(fora.call(new RemoteObject(fora, "o-f", null)).args((Object) null).body()).path("args").toString());
    }

    @Test void valueWithoutPythonFormIsAConversionError() {
        var e = assertThrows(PythonToForaConversionError.class, () -> RequestBodies.defineValue(List.of(new Object())));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
    }

    @Test void defineOfPythonSourceWithoutNameSaysHowToDefineAGlobal() {
        var e = assertThrows(PythonToForaConversionError.class, () -> RequestBodies.defineValue(PythonSource.of("x = 1")));
        assertTrue(e.getMessage().contains("define(source, name)"), e.getMessage());
    }

    @Test void definingAnUnencodableValueFailsTheFutureNotTheCaller() {
        var f = fora.define(new Object());
        assertTrue(f.isCompletedExceptionally());
    }

    @Test void bindingNamesMustBeIdentifiers() {
        assertThrows(IllegalArgumentException.class, () -> fora.remotely("x = 1").bind("not a name", 1));
        assertThrows(IllegalArgumentException.class, () -> fora.call(new RemoteObject(fora, "o", null)).kwarg("1x", 1));
        assertThrows(IllegalArgumentException.class, () -> fora.define(PythonSource.of("x = 1"), "x.y"));
    }

    @Test void runSnapshotsTheBuilder() {
        Remotely r = fora.remotely("y = x").bind("x", 1);
        String before = r.body();
        r.bind("x", 2);
        assertTrue(before.contains("\"x\":1"));
        assertTrue(r.body().contains("\"x\":2"));
    }
}
