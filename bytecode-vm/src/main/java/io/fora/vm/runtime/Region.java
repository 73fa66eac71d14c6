// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may change a mutable object (list, dict, set, instance) in place while a computation runs
 * split into parallel pieces. Every such object records the region that created it; a write is
 * allowed only from code running in that region (or in one it was merged into). Between splits
 * everything is one region (the root, {@code null}), and the check is one static read.
 *
 * <p>When code first forks a piece, the forking thread moves into a <em>forker</em> region of
 * its own and each piece runs in a <em>piece</em> region; everything that existed before the
 * split is then owned by neither, so it is frozen while the split lasts and pieces read it
 * without races. A piece that is about to write such an object throws {@link SplitAbandoned}:
 * the write does not happen and the piece is computed again, in order, by the code that joins
 * it. When the forker itself is about to write one, its pieces (all later in program order) are
 * {@linkplain #withdrawHook withdrawn} first: cancelled, waited for, and recomputed in order when
 * joined; then the forker returns to its parent region and the write proceeds. Either way the
 * answer is the sequential one. At a join, a piece's region is merged into its parent's, so
 * what a piece made belongs to the code that joined it.
 */
public final class Region {
    /** Live non-root regions in this JVM: while there are none, every write is allowed at once. */
    private static final AtomicInteger ACTIVE = new AtomicInteger();

    private static final ThreadLocal<Region> CURRENT = new ThreadLocal<>();
    private static final java.util.concurrent.atomic.AtomicLong ABANDONED = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong WITHDRAWN = new java.util.concurrent.atomic.AtomicLong();

    /** Pieces abandoned because they wrote what they did not make, since the JVM started. */
    public static long abandoned() { return ABANDONED.get(); }

    /** Splits withdrawn because their forker wrote what its pieces might read, since the JVM started. */
    public static long withdrawn() { return WITHDRAWN.get(); }

    /** The region this one was split from (null: the root). */
    public final Region parent;
    /** True for a split-off piece; false for the region a forking thread moves into. */
    public final boolean piece;
    private volatile boolean merged;
    /** Withdraws a forker region's pieces (cancel, wait until none runs); set by the code that forks. */
    public volatile Runnable withdrawHook;
    /** The forking code's record of the pieces it handed out from this region (opaque here). */
    public Object forks;
    /** Set when a forker region's pieces were withdrawn or one of them abandoned: fork no more from it. */
    public volatile boolean refusesForks;

    private Region(Region parent, boolean piece) {
        this.parent = parent;
        this.piece = piece;
        ACTIVE.incrementAndGet();
    }

    /** Aborts a piece that would write an object older than the split; never seen by Python code. */
    public static final class SplitAbandoned extends RuntimeException {
        public SplitAbandoned() { super("a piece wrote an object shared with the code it was split from", null, false, false); }
    }

    /** The owner to record in an object created now. */
    public static Region forNewObject() { return ACTIVE.get() == 0 ? null : CURRENT.get(); }

    public static Region current() { return CURRENT.get(); }

    /** Makes {@code r} the calling thread's region and returns the one it replaces. */
    public static Region enter(Region r) {
        Region old = CURRENT.get();
        if (old != r) CURRENT.set(r);
        return old;
    }

    /** A new piece region below {@code parent} (the forker's region when it forked). */
    public static Region newPiece(Region parent) { return new Region(parent, true); }

    /**
     * The forker region of the calling thread, created (and entered) on its first fork; it ends
     * when the split construct that opened it closes ({@link #closeTo}).
     */
    public static Region forker() {
        Region cur = CURRENT.get();
        if (cur != null && !cur.piece) return cur;
        Region r = new Region(cur, false);
        CURRENT.set(r);
        return r;
    }

    /** Ends the regions entered since {@code saved} (a split construct closes): their objects become saved's. */
    public static void closeTo(Region saved) {
        Region cur = CURRENT.get();
        while (cur != saved && cur != null && !cur.piece) {
            withdraw(cur);
            cur = cur.parent;
        }
        CURRENT.set(saved);
    }

    /** A piece ended (joined, abandoned or cancelled): what it made belongs to its parent. */
    public void end() { merge(); }

    private void merge() {
        if (!merged) {
            merged = true;
            ACTIVE.decrementAndGet();
        }
    }

    private static void withdraw(Region forker) {
        Runnable hook = forker.withdrawHook;
        if (hook != null) hook.run();
        forker.merge();
    }

    /** The region that owns what {@code r} created: r, or the first unmerged region above it. */
    private static Region resolve(Region r) {
        while (r != null && r.merged) r = r.parent;
        return r;
    }

    /** True when the calling thread may write an object owned by {@code owner}; the fast path of every write. */
    public static boolean owns(Region owner) {
        return ACTIVE.get() == 0 || owner == CURRENT.get();
    }

    /** Checks a write to an object owned by {@code owner}; returns the owner to record from now on (see {@link #claim}). */
    public static Region checkWrite(Region owner) {
        return owns(owner) ? owner : claim(owner);
    }

    /**
     * Called before a write to an object owned by {@code owner} that {@link #owns} did not allow at
     * once. Returns the owner to record (the writer's region), or throws {@link SplitAbandoned}.
     */
    public static Region claim(Region owner) {
        Region own = resolve(owner);
        Region cur = CURRENT.get();
        while (true) {
            if (own == cur) return cur;
            if (cur == null) return null; // no split of this computation is live: nothing else can see it
            if (isBelow(own, cur)) return cur; // made by a piece this code has joined
            if (cur.piece) {
                Region p = cur.parent;
                if (p != null) p.refusesForks = true;
                ABANDONED.incrementAndGet();
                throw new SplitAbandoned();
            }
            // a forker writes what its pieces may read: they come after it in program order, so they go
            WITHDRAWN.incrementAndGet();
            withdraw(cur);
            cur.refusesForks = true;
            cur = cur.parent;
            CURRENT.set(cur);
            if (cur != null) cur.refusesForks = true;
        }
    }

    /** True when r is a region split (directly or not) from {@code top}, all merged up to it. */
    private static boolean isBelow(Region r, Region top) {
        for (Region x = r; x != null; x = x.parent) if (x == top) return true;
        return false;
    }

    /** True when the calling thread may fork new pieces (no withdrawal or abandonment happened in its split). */
    public static boolean mayFork() {
        Region cur = CURRENT.get();
        return cur == null || !cur.refusesForks;
    }
}
