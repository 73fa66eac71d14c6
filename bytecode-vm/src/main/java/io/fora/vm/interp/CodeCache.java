// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The code objects a machine has received, by content hash, so that a computation's code is sent
 * to it once and every piece of it shares one instance (and the interpreter's inline caches).
 * Bounded: the least recently used code is forgotten, and a sender naming it again is told so.
 */
public final class CodeCache {
    private final Map<String, CodeObject> byHash;

    public CodeCache(int capacity) {
        this.byHash = new LinkedHashMap<>(64, 0.75f, true) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, CodeObject> eldest) { return size() > capacity; }
        };
    }

    public synchronized int size() { return byHash.size(); }

    VmKryo.CodeShipping shipping() {
        return new VmKryo.CodeShipping() {
            @Override public boolean peerHolds(String hash) { return false; }

            @Override public CodeObject known(String hash) {
                synchronized (CodeCache.this) {
                    return byHash.get(hash);
                }
            }

            @Override public CodeObject remember(String hash, CodeObject code) {
                synchronized (CodeCache.this) {
                    CodeObject earlier = byHash.putIfAbsent(hash, code);
                    return earlier != null ? earlier : code;
                }
            }
        };
    }
}
