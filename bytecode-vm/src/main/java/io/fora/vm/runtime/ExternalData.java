// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * Data sets outside the computation: objects of a store such as S3, read as immutable inputs
 * ({@code importS3Dataset}) and written as outputs ({@code exportS3Dataset}). The VM knows nothing
 * of the store: the process that runs computations (a {@code fora} command, a worker) installs
 * the implementation. A read is pure as far as the computation can tell (the object is taken to
 * stay as it is while the computation runs); a write of the same text to the same key, when a
 * piece runs again elsewhere, leaves the same object.
 */
public interface ExternalData {
    /** The object's bytes as text (UTF-8). */
    String importText(String bucket, String key);

    /** Stores {@code text} (as UTF-8) at bucket/key. */
    void exportText(String bucket, String key, String text);

    /** Why a transfer failed, in the terms of Python's exceptions. */
    enum Kind { NOT_FOUND, DENIED, INVALID, TOO_LARGE, UNAVAILABLE }

    /** A failed transfer: raised in the computation as the Python exception {@link Kind} maps to. */
    final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final Kind kind;

        public Failure(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }
    }

    /** The installed implementation, or null when this process has none. */
    static ExternalData installed() { return Holder.installed; }

    /** Installs the implementation this process's computations use. */
    static void install(ExternalData data) { Holder.installed = data; }

    final class Holder {
        private Holder() {}

        static volatile ExternalData installed;
    }
}
