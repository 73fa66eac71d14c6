// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.Types;

/**
 * Asynchronous generators as CPython runs them. The body of an {@code async def} with
 * {@code yield} is an ordinary generator frame: its {@code await}s yield what the awaited object
 * yields (values for the event loop), and each {@code yield v} yields v marked as an {@link Item}.
 * Awaiting {@code agen.__anext__()} (an {@link Step}) resumes the frame, passes the unmarked values
 * through to whoever drives the await, and ends with the first marked item as its result;
 * a generator that returns ends it with StopAsyncIteration.
 */
public final class AsyncGenerators {
    private AsyncGenerators() {}

    /** {@code yield v} inside an async generator: v for the consumer, not a value for the event loop. */
    public record Item(Object value) {}

    /** An awaitable iterator that takes sent values and ends with StopIteration(result), as a generator does. */
    public interface Sendable {
        Object send(Object value);

        /** Raises the exception where the awaited code is paused; answers what it yields next. */
        Object throwIn(Object type, Object value);

        void close();
    }

    /**
     * One step of {@code yield from it} / {@code await} with v sent in: what it yields next; null
     * or StopIteration(result) when it is done.
     */
    public static Object sendTo(Object it, Object v) {
        PyGenerator g = PyGenerator.driven(it);
        if (g != null) return g.send(v);
        if (it instanceof Sendable s) return s.send(v);
        Object target = it instanceof PyIter pi ? Iterators.driven(pi) : it;
        if (v == PyNone.NONE) {
            // a class's __next__ is called directly: the value of its StopIteration is the result
            if (target instanceof PyInstance i && i.cls().lookup("__next__") != null) return Ops.callSpecial(i, "__next__");
            return Ops.next(it);
        }
        // an iterator that is not a generator takes sent values through its send method
        return Ops.call(Ops.getAttr(target, "send"), v);
    }

    /** {@code agen.__anext__()} / {@code agen.asend(v)}: send; {@code agen.athrow(...)}: throw; {@code agen.aclose()}: close. */
    enum Kind { SEND, THROW, CLOSE }

    /** The awaitable that one {@code __anext__}, {@code asend}, {@code athrow} or {@code aclose} returns. */
    public static final class Step implements PyIter, Sendable {
        private final PyGenerator gen;
        private final Kind kind;
        /** The value to send first (SEND), or the exception's type and value to throw (THROW). */
        private final Object first, second;
        private boolean started, done;

        Step(PyGenerator gen, Kind kind, Object first, Object second) {
            this.gen = gen;
            this.kind = kind;
            this.first = first;
            this.second = second;
        }

        @Override public Object send(Object v) {
            if (done) {
                throw Errors.of(Types.RUNTIME_ERROR, kind == Kind.SEND
                        ? "cannot reuse already awaited __anext__()/asend()" : "cannot reuse already awaited aclose()/athrow()");
            }
            Object r;
            try {
                if (!started) {
                    started = true;
                    if (gen.running) {
                        throw Errors.of(Types.RUNTIME_ERROR, kind == Kind.SEND
                                ? "anext(): asynchronous generator is already running" : "aclose(): asynchronous generator is already running");
                    }
                    r = switch (kind) {
                        case SEND -> gen.send(v == PyNone.NONE ? first : v);
                        case THROW -> gen.throwIn(first, second);
                        case CLOSE -> {
                            if (!gen.started || gen.finished) {
                                gen.finished = true;
                                done = true;
                                throw Errors.stopIteration();
                            }
                            yield gen.throwIn(Types.GENERATOR_EXIT, null);
                        }
                    };
                } else {
                    r = gen.send(v);
                }
            } catch (PyError e) {
                throw ended(e);
            }
            return result(r);
        }

        /** throw() on the awaitable raises in the generator where it is paused. */
        @Override public Object throwIn(Object type, Object value) {
            if (done) throw Errors.of(Types.RUNTIME_ERROR, "cannot reuse already awaited __anext__()/asend()");
            started = true;
            Object r;
            try {
                r = gen.throwIn(type, value);
            } catch (PyError e) {
                throw ended(e);
            }
            return result(r);
        }

        @Override public void close() { done = true; }

        /** What the generator yielded: an item ends the await with it as the result; anything else goes to the event loop. */
        private Object result(Object r) {
            if (!(r instanceof Item item)) return r;
            done = true;
            if (kind == Kind.CLOSE) throw Errors.of(Types.RUNTIME_ERROR, "async generator ignored GeneratorExit");
            throw Errors.of(Types.STOP_ITERATION, item.value());
        }

        /** The generator raised or returned: the end of the await. */
        private PyError ended(PyError e) {
            done = true;
            PyClass c = e.exception().cls();
            if (c.isSubclassOf(Types.STOP_ITERATION)) {
                // the body returned (or the generator had finished)
                return kind == Kind.CLOSE ? Errors.stopIteration() : Errors.of(stopAsyncIteration());
            }
            if (kind == Kind.CLOSE && c.isSubclassOf(Types.GENERATOR_EXIT)) return Errors.stopIteration();
            return e;
        }

        @Override public Object next() {
            try {
                return send(PyNone.NONE);
            } catch (PyError e) {
                if (e.exception().cls().isSubclassOf(Types.STOP_ITERATION)) return null;
                throw e;
            }
        }

        @Override public PyClass pyClass() { return kind == Kind.SEND ? Types.ASYNC_GENERATOR_ASEND : Types.ASYNC_GENERATOR_ATHROW; }

        @Override public String toString() {
            return "<" + pyClass().name() + " object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
        }
    }

    /** {@code anext(it, default)}: awaits {@code it.__anext__()}, with default as the result instead of StopAsyncIteration. */
    public static final class WithDefault implements PyIter, Sendable {
        private final Object inner;
        private final Object dflt;

        WithDefault(Object inner, Object dflt) {
            this.inner = inner;
            this.dflt = dflt;
        }

        @Override public Object send(Object v) {
            try {
                Object r = sendTo(inner, v);
                if (r == null) throw Errors.stopIteration();
                return r;
            } catch (PyError e) {
                throw ended(e);
            }
        }

        @Override public Object throwIn(Object type, Object value) {
            try {
                PyGenerator g = PyGenerator.driven(inner);
                if (g != null) return g.throwIn(type, value);
                if (inner instanceof Sendable s) return s.throwIn(type, value);
                Object target = inner instanceof PyIter pi ? Iterators.driven(pi) : inner;
                Object t = Ops.getAttrOrNull(target, "throw");
                if (t == null) throw new PyError(Interpreter.thrown(type, value));
                return value == null ? Ops.call(t, type) : Ops.call(t, type, value);
            } catch (PyError e) {
                throw ended(e);
            }
        }

        @Override public void close() {
            PyGenerator g = PyGenerator.driven(inner);
            if (g != null) g.close();
            else if (inner instanceof Sendable s) s.close();
        }

        private PyError ended(PyError e) {
            return e.exception().cls().isSubclassOf(stopAsyncIteration()) ? Errors.of(Types.STOP_ITERATION, dflt) : e;
        }

        @Override public Object next() {
            try {
                return send(PyNone.NONE);
            } catch (PyError e) {
                if (e.exception().cls().isSubclassOf(Types.STOP_ITERATION)) return null;
                throw e;
            }
        }

        @Override public PyClass pyClass() { return Types.ANEXT_AWAITABLE; }
    }

    static PyClass stopAsyncIteration() { return Types.EXCEPTIONS.get("StopAsyncIteration"); }

    /** {@code agen.__anext__()}. */
    public static Object anext(PyGenerator g) { return new Step(g, Kind.SEND, PyNone.NONE, null); }

    /** {@code agen.asend(v)}. */
    public static Object asend(PyGenerator g, Object v) { return new Step(g, Kind.SEND, v, null); }

    /** {@code agen.athrow(type[, value])}. */
    public static Object athrow(PyGenerator g, Object type, Object value) { return new Step(g, Kind.THROW, type, value); }

    /** {@code agen.aclose()}. */
    public static Object aclose(PyGenerator g) { return new Step(g, Kind.CLOSE, null, null); }

    /**
     * {@code aiter(x)}, and what {@code async for} iterates: the class's {@code __aiter__}, whose
     * result must have {@code __anext__}.
     */
    public static Object aiter(Object x, boolean forStatement) {
        Object f = Ops.getAttrOrNull(x, "__aiter__");
        if (f == null) {
            throw Errors.typeError(forStatement ? "'async for' requires an object with __aiter__ method, got " + Ops.typeName(x)
                    : "'" + Ops.typeName(x) + "' object is not an async iterable");
        }
        Object it = Ops.call(f);
        if (Ops.getAttrOrNull(it, "__anext__") == null) {
            throw Errors.typeError(forStatement
                    ? "'async for' received an object from __aiter__ that does not implement __anext__: " + Ops.typeName(it)
                    : "aiter() returned not an async iterator of type '" + Ops.typeName(it) + "'");
        }
        return it;
    }

    /** {@code anext(it[, default])}, and each step of {@code async for}: the awaitable {@code it.__anext__()} returns. */
    public static Object anext(Object it, Object dflt, boolean forStatement) {
        Object f = Ops.getAttrOrNull(it, "__anext__");
        if (f == null) {
            throw Errors.typeError(forStatement ? "'async for' requires an iterator with __anext__ method, got " + Ops.typeName(it)
                    : "'" + Ops.typeName(it) + "' object is not an async iterator");
        }
        Object awaitable = Ops.call(f);
        if (dflt == null) return awaitable;
        return new WithDefault(PyGenerator.awaitable(awaitable), dflt);
    }
}
