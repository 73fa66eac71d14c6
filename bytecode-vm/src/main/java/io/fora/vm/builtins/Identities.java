// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code id(x)}: a number unique among the objects alive at the same time, as CPython's is
 * (memo tables such as {@code copy.deepcopy}'s rely on it). Numbers are handed out on first
 * use and forgotten when the object is collected.
 */
final class Identities {
    private Identities() {}

    private static final AtomicLong NEXT = new AtomicLong(0x7f0000001000L);
    private static final ConcurrentHashMap<Key, Long> IDS = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> GONE = new ReferenceQueue<>();

    /** An object compared by identity, held weakly. */
    private static final class Key extends WeakReference<Object> {
        final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override public int hashCode() { return hash; }

        @Override public boolean equals(Object other) {
            if (this == other) return true;
            if (!(other instanceof Key k)) return false;
            Object mine = get();
            return mine != null && mine == k.get();
        }
    }

    static long of(Object o) {
        for (Object gone; (gone = GONE.poll()) != null; ) IDS.remove(gone);
        Key probe = new Key(o, null);
        Long id = IDS.get(probe);
        if (id != null) return id;
        return IDS.computeIfAbsent(new Key(o, GONE), k -> NEXT.getAndAdd(16));
    }
}
