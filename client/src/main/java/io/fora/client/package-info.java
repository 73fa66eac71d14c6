// SPDX-License-Identifier: Apache-2.0
/**
 * The Java SDK of Fora: run pure Python on a Fora server from Java.
 *
 * <pre>{@code
 * try (var fora = Fora.connect("http://localhost:30000")) {
 *     RemoteObject isPrime = fora.define(PythonSource.of(code), "isPrime").join();
 *     long n = fora.remotely("n = sum(isPrime(x) for x in range(10**6))")
 *                  .bind("isPrime", isPrime).downloadAll().run().join().getLong("n");
 * }
 * }</pre>
 *
 * Everything that talks to the server returns a {@link java.util.concurrent.CompletableFuture}
 * and blocks no thread while it waits; failures complete the future exceptionally with the
 * classes of {@code io.fora.errors} (wrapped in a {@link java.util.concurrent.CompletionException}
 * by {@code join()}). Cancelling the future of a computation cancels it on the server.
 *
 * <p>Python values travel as Java values: None as {@code null}, bool as {@link java.lang.Boolean},
 * int as {@link java.lang.Long} or {@link java.math.BigInteger}, float as {@link java.lang.Double},
 * str as {@link java.lang.String}, list as {@link java.util.List}, tuple as
 * {@link io.fora.encoding.Tuple}, dict as {@link java.util.Map}, set as {@link java.util.Set},
 * frozenset as {@link io.fora.encoding.FrozenSet}; a value with no JSON form (a function, an
 * instance) downloads as {@link io.fora.encoding.Opaque}. {@link io.fora.client.Conversions}
 * turns them into the Java type a caller asks for.
 */
package io.fora.client;
