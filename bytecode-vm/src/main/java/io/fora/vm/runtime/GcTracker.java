// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.function.Supplier;

/**
 * What {@code gc.collect()} answers: how many of the computation's containers (lists, dicts,
 * sets, instances of user classes) made since it imported {@code gc} have become unreachable since
 * the last collection. CPython counts only the objects its cycle collector finds (reference
 * counting freed the others as soon as they were dropped); the JVM's collector frees both kinds
 * alike, so an object dropped without being in a cycle counts here too. A program that drops a
 * structure full of cycles and checks that they were collected (pyperformance's
 * {@code gc_collect}: at least one per node) gets a count at least as large as CPython's.
 *
 * <p>A computation that never imports {@code gc} pays one static read per container made; one
 * that does keeps a weak reference to each container it makes, up to {@link #CAP} outstanding
 * (past that, containers go uncounted until a collection frees room).
 */
public final class GcTracker {
    /** Weak references held at most per computation. */
    static final int CAP = 1 << 20;

    /** True once any computation in this JVM imported gc: only then does a new container look for its tracker. */
    private static boolean any;
    /** The calling thread's computation's tracker, or null (installed by the interpreter). */
    private static volatile Supplier<GcTracker> source = () -> null;

    private final ArrayList<WeakReference<Object>> refs = new ArrayList<>();
    /** What gc.isenabled() answers (gc.disable() changes nothing else: the JVM collects as it must). */
    public volatile boolean enabled = true;

    /** Installs how the calling thread's computation is found. */
    public static void source(Supplier<GcTracker> s) { source = s; }

    /** A tracker for a computation that imported gc: it counts the containers made from now on. */
    public GcTracker() { any = true; }

    /** Called by every new container. */
    public static void made(Object o) {
        if (!any) return;
        GcTracker t = source.get();
        if (t != null) t.add(o);
    }

    private synchronized void add(Object o) {
        if (refs.size() < CAP) refs.add(new WeakReference<>(o));
    }

    /**
     * Runs the JVM's collector (only while some container is tracked) and answers how many of the
     * tracked containers it found unreachable; they are tracked no longer.
     */
    public synchronized long collect() {
        if (refs.isEmpty()) return 0;
        System.gc();
        long dead = 0;
        int kept = 0;
        for (int i = 0; i < refs.size(); i++) {
            WeakReference<Object> r = refs.get(i);
            if (r.refersTo(null)) dead++;
            else refs.set(kept++, r);
        }
        refs.subList(kept, refs.size()).clear();
        return dead;
    }

    /** The calling thread's computation's tracker, or null when it has not imported gc. */
    public static GcTracker current() { return source.get(); }
}
