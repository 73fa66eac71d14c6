// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** Iterators over the builtin containers, and adapters for user-defined iteration. */
public final class Iterators {
    private Iterators() {}

    public static PyIter ofArray(Object[] items, int size) {
        return new ArrayIter(items, size, Types.ITERATOR);
    }

    /** An iterator over an array prefix that reports the given iterator class. */
    public static PyIter ofArray(Object[] items, int size, PyClass cls) {
        return new ArrayIter(items, size, cls);
    }

    /** Iterates an array prefix; {@link #remaining} lets the VM split or fast-path it. */
    public static final class ArrayIter extends OwnedIter implements SplittableIter {
        private final Object[] items;
        private final int size;
        private final PyClass cls;
        private int pos;

        ArrayIter(Object[] items, int size, PyClass cls) { this.items = items; this.size = size; this.cls = cls; }

        @Override public PyClass pyClass() { return cls; }

        @Override public Object next() { return pos < size ? items[pos++] : null; }

        public int remaining() { return size - pos; }

        /** The items not yet produced, in a new array. */
        public Object[] rest() { return java.util.Arrays.copyOfRange(items, pos, size); }

        @Override public long splitLength() { return remaining(); }

        @Override public void exhaust() { pos = size; }

        @Override public void skip(long n) { pos = (int) Math.min(size, pos + n); }

        /** The iterator over {@code count} of the remaining items, starting {@code offset} on. */
        @Override public ArrayIter slice(long offset, long count) {
            ArrayIter it = new ArrayIter(items, (int) (pos + offset + count), cls);
            it.pos = (int) (pos + offset);
            return it;
        }
    }

    /**
     * Iterates a list as CPython's list iterator does: live, so that elements appended while it
     * runs are reached (a breadth-first search over a growing list), changed ones are seen, and
     * once it has ended it stays ended.
     */
    public static final class ListIter extends OwnedIter implements SplittableIter {
        private final PyList list;
        private final PyClass cls;
        private int pos;
        private boolean ended;

        public ListIter(PyList list, PyClass cls, int pos, boolean ended) {
            this.list = list;
            this.cls = cls;
            this.pos = pos;
            this.ended = ended;
        }

        @Override public PyClass pyClass() { return cls; }

        @Override public Object next() {
            if (!ended && pos < list.size()) return list.get(pos++);
            ended = true;
            return null;
        }

        public PyList list() { return list; }

        public int position() { return pos; }

        public boolean ended() { return ended; }

        @Override public long splitLength() { return ended ? 0 : Math.max(0, list.size() - pos); }

        @Override public void exhaust() { ended = true; }

        @Override public void skip(long n) { pos = (int) Math.min(list.size(), pos + n); }

        /** The items [pos + offset, pos + offset + count) as they are now (pieces of a split run while the list cannot change). */
        @Override public PyIter slice(long offset, long count) {
            SplittableIter now = (SplittableIter) list.snapshotIterator(cls);
            now.skip(pos);
            return now.slice(offset, count);
        }
    }

    /** A range iterator part-way through: {@code remaining} values from {@code next} on, {@code step} apart. */
    public static PyIter rangeIter(long next, long step, long remaining) { return new RangeIter(next, step, remaining); }

    public static PyIter ofRange(PyRange r) { return new RangeIter(r.start(), r.step(), r.length()); }

    /** Iterates a range; the hot loop of most numeric code, so kept allocation-light. */
    public static final class RangeIter extends OwnedIter implements SplittableIter {
        private long next;
        private final long step;
        private long remaining;

        RangeIter(long start, long step, long count) { this.next = start; this.step = step; this.remaining = count; }

        @Override public PyClass pyClass() { return Types.RANGE_ITERATOR; }

        @Override public Object next() {
            if (remaining <= 0) return null;
            remaining--;
            long v = next;
            next += step;
            return Ints.box(v);
        }

        public long remaining() { return remaining; }

        /** The value the next call yields (when any remain). */
        public long position() { return next; }

        public long step() { return step; }

        @Override public long splitLength() { return remaining; }

        @Override public void exhaust() { remaining = 0; }

        @Override public void skip(long n) {
            long k = Math.min(n, remaining);
            next += k * step;
            remaining -= k;
        }

        /** The iterator over {@code count} of the remaining values, starting {@code offset} on. */
        @Override public RangeIter slice(long offset, long count) { return new RangeIter(next + offset * step, step, count); }
    }

    /** An iterator that knows how many values remain (its {@code __length_hint__}). */
    public interface Remaining {
        long remaining();
    }

    public static PyIter ofStr(PyStr s) {
        abstract class StrIter extends OwnedIter implements Remaining {}
        return new StrIter() {
            private int pos;
            private final int n = s.length();

            @Override public long remaining() { return n - pos; }

            @Override public Object next() { return pos < n ? PyStr.ofCodePoint(s.codePointAt(pos++)) : null; }

            @Override public PyClass pyClass() {
                return s.value().chars().allMatch(c -> c < 128) ? Types.STR_ASCII_ITERATOR : Types.STR_ITERATOR;
            }
        };
    }

    public static PyIter ofDictKeys(PyDict d) { return new DictIter(d, DictIter.KEYS); }

    public static PyIter ofSet(PySet s) { return new SetIter(s); }

    /**
     * Iterates a dict (its keys, values or items) in insertion order, as CPython's does: over the
     * dict's entries, deleted ones skipped, raising {@code RuntimeError} when the dict changes size
     * under it (and on every later call), or when it finds more keys than the dict had when it
     * began (a delete and an insert left the size as it was: "keys changed"); an entry deleted
     * ahead of it is simply not seen.
     */
    public static final class DictIter extends OwnedIter {
        public static final int KEYS = 0, VALUES = 1, ITEMS = 2;
        private static final PyClass[] CLASSES = {
            Types.DICT_KEYITERATOR, Types.DICT_VALUEITERATOR, Types.DICT_ITEMITERATOR};
        private final PyDict d;
        private final int kind;
        /** The dict's size when this began; -1 once it changed (the error stays). */
        private int size;
        /** Keys not yet given of those it had then. */
        private int remaining;
        /** The next entry, in {@link PyDict#rawKey}'s numbering; -1 when done. */
        private int pos;

        public DictIter(PyDict d, int kind) {
            this.d = d;
            this.kind = kind;
            this.size = d.size();
            this.remaining = size;
        }

        @Override public Object next() {
            if (pos < 0) return null;
            if (d.size() != size) {
                size = -1;
                throw Errors.of(Types.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            int n = d.rawSize();
            while (pos < n) {
                int i = pos++;
                Object k = d.rawKey(i);
                if (k == null) continue;
                if (remaining == 0) {
                    pos = -1;
                    throw Errors.of(Types.RUNTIME_ERROR, "dictionary keys changed during iteration");
                }
                remaining--;
                return switch (kind) {
                    case KEYS -> k;
                    case VALUES -> d.rawValue(i);
                    default -> PyTuple.of(k, d.rawValue(i));
                };
            }
            pos = -1;
            return null;
        }

        @Override public PyClass pyClass() { return CLASSES[kind]; }
    }

    /** Iterates a set; as CPython's, it raises {@code RuntimeError} when the set changes size under it. */
    public static final class SetIter extends OwnedIter {
        private final PySet s;
        private final int size;
        private int slot;

        SetIter(PySet s) {
            this.s = s;
            this.size = s.size();
            this.slot = s.nextSlot(0);
        }

        @Override public Object next() {
            if (s.size() != size) throw Errors.of(Types.RUNTIME_ERROR, "Set changed size during iteration");
            if (slot < 0) return null;
            Object k = s.slotKey(slot);
            slot = s.nextSlot(slot + 1);
            return k;
        }

        @Override public PyClass pyClass() { return Types.SET_ITERATOR; }
    }

    static PyIter ofInstance(PyInstance i) {
        Object iterFn = i.cls().lookup("__iter__");
        if (iterFn == PyNone.NONE) throw Errors.typeError("'" + i.cls().tpName() + "' object is not iterable"); // __iter__ = None
        if (iterFn != null) {
            Object it = Ops.call(iterFn, i);
            if (it instanceof PyIter p) return p;
            if (it instanceof PyInstance pi && pi.cls().lookup("__next__") != null) {
                return new InstanceIter(pi);
            }
            throw Errors.typeError("iter() returned non-iterator of type '" + Ops.typeName(it) + "'");
        }
        Object getItem = i.cls().lookup("__getitem__");
        if (getItem != null) {
            return new OwnedIter() {
                private long index;
                private boolean done;

                @Override public Object next() {
                    if (done) return null;
                    try {
                        return Ops.call(getItem, i, index++);
                    } catch (PyError e) {
                        PyClass c = e.exception().cls();
                        if (c.isSubclassOf(Types.INDEX_ERROR) || c.isSubclassOf(Types.STOP_ITERATION)) {
                            done = true;
                            return null;
                        }
                        throw e;
                    }
                }
            };
        }
        throw Errors.typeError("'" + i.cls().tpName() + "' object is not iterable");
    }

    /** A user object with {@code __next__}, seen as a native iterator. */
    /** The object an iterator made by iter() drives: the instance whose {@code __next__} it calls, else it itself. */
    public static Object driven(PyIter it) { return it instanceof InstanceIter i ? i.instance : it; }

    static final class InstanceIter extends OwnedIter {
        private final PyInstance instance;

        InstanceIter(PyInstance instance) { this.instance = instance; }

        @Override public Object next() { return Ops.next(instance); }
    }

    /** Drains any iterable into an array. */
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l) return l.toArray();
        if (iterable instanceof PyTuple t) return t.items().clone();
        PyIter it = Ops.iter(iterable);
        Object[] out = new Object[8];
        int n = 0;
        for (Object x = it.next(); x != null; x = it.next()) {
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = x;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
