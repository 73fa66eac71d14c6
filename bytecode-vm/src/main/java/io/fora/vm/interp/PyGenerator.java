// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.Types;

/** A generator: a suspended frame. The VM resumes it in place; native code calls {@link #next}. */
public final class PyGenerator implements PyIter, PyGeneratorAccess {
    final Frame frame;
    boolean started;
    boolean running;
    boolean finished;
    Object returnValue;
    /** Resuming changes the generator: a piece may resume only generators it made (see Region). */
    private transient io.fora.vm.runtime.Region owner = io.fora.vm.runtime.Region.forNewObject();

    PyGenerator(Frame frame) {
        this.frame = frame;
        frame.generator = this;
    }

    /** Set when compiled code left this generator mid-body: it resumes where its frame is, with no value sent in. */
    private boolean resumeAtFrame;

    boolean takeResumeAtFrame() {
        boolean r = resumeAtFrame;
        resumeAtFrame = false;
        return r;
    }

    /** For compiled code: the body's code, globals and slots (of a generator that has not started). */
    public CodeObject code() { return frame.code; }

    public io.fora.vm.runtime.Globals globals() { return frame.globals; }

    public Object[] slots() { return frame.r; }

    /**
     * For compiled code about to run this generator's whole body: true (and the generator counts
     * as started and running) when it has not started; the caller then calls {@link #compiledDone}
     * or hands it a frame (Deopt#intoGenerator).
     */
    public boolean beginCompiled() {
        if (started || running || finished) return false;
        resuming();
        started = true;
        running = true;
        return true;
    }

    /** Compiled code ran the body to its end. */
    public void compiledDone() {
        running = false;
        finished = true;
        returnValue = io.fora.vm.runtime.PyNone.NONE;
    }

    /** An exception left compiled code that ran the body (an element, or what it was yielded to, raised): finished. */
    void leftCompiledAbruptly() {
        if (!running) return;
        running = false;
        finished = true;
    }

    void compiledLeft() {
        running = false;
        resumeAtFrame = true;
    }

    /** Checks that the running code may resume this generator (a split that did not make it falls back). */
    void resuming() {
        owner = io.fora.vm.runtime.Region.checkWrite(owner);
    }

    @Override public Object next() {
        if (finished) return null;
        if (running) throw Errors.valueError("generator already executing");
        resuming();
        return Interpreter.current().resumeNested(this, io.fora.vm.runtime.PyNone.NONE);
    }

    /** {@code g.send(v)}: resumes with v as the value of the paused yield. */
    public Object send(Object value) {
        if (!started && value != io.fora.vm.runtime.PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        if (running) throw Errors.valueError("generator already executing");
        boolean wasFinished = finished;
        if (finished && isCoroutine()) throw Errors.of(Types.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
        if (!finished) resuming();
        Object v = finished ? null : Interpreter.current().resumeNested(this, value);
        if (v == null) throw stopIteration(wasFinished);
        return v;
    }

    /** {@code g.throw(type[, value])}: raises the exception where the generator is paused; answers what it yields next. */
    public Object throwIn(Object type, Object value) {
        if (running) throw Errors.valueError("generator already executing");
        io.fora.vm.runtime.PyException exc = Interpreter.thrown(type, value);
        boolean wasFinished = finished;
        if (finished && isCoroutine()) throw Errors.of(Types.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
        resuming();
        Object v = Interpreter.current().throwInto(this, exc);
        if (v == null) throw stopIteration(wasFinished);
        return v;
    }

    /**
     * {@code g.close()}: raises GeneratorExit where the generator is paused, so its finally blocks
     * run; a generator that yields instead is a RuntimeError.
     */
    public void close() {
        if (running) throw Errors.valueError("generator already executing");
        resuming();
        if (!started || finished) {
            finished = true;
            return;
        }
        Object v;
        try {
            v = Interpreter.current().throwInto(this, Errors.newException(Types.GENERATOR_EXIT));
        } catch (io.fora.vm.runtime.PyError e) {
            PyClass c = e.exception().cls();
            if (c.isSubclassOf(Types.GENERATOR_EXIT) || c.isSubclassOf(Types.STOP_ITERATION)) return;
            throw e;
        }
        if (v != null) throw Errors.of(Types.RUNTIME_ERROR, "generator ignored GeneratorExit");
    }

    /** Made by a for loop's own expression and taken by it before it started (Op#ITER_OWNED). */
    private boolean ownedByLoop;

    public void ownByLoop() {
        if (!started) ownedByLoop = true;
    }

    /** A loop's own generator, paused at a yield: closing it would run its code (Op#POP_CLOSE). */
    public boolean closableByLoop() {
        return ownedByLoop && started && !finished && !running && !isCoroutine() && !isAsyncGenerator();
    }

    /**
     * The loop that made this generator let go of it early ({@link io.fora.vm.compile.Op#POP_CLOSE}):
     * closed, as CPython finalizes a generator when its last reference goes. As there, an
     * exception from its finally blocks goes nowhere (CPython prints it to stderr as "ignored").
     */
    void dropped() {
        try {
            close();
        } catch (io.fora.vm.runtime.PyError ignored) {
            // unraisable in CPython too
        }
    }

    @Override public boolean isFinished() { return finished; }

    /** True while its body runs (gi_running). */
    public boolean isRunning() { return running; }

    /** True when started, not running and not finished (gi_suspended). */
    public boolean isSuspended() { return started && !running && !finished; }

    /** What it is paused on in a yield from or await (gi_yieldfrom, cr_await), or null. */
    public Object yieldingFrom() {
        if (!isSuspended()) return null;
        int pc = frame.pc;
        int[] code = frame.code.code;
        if (pc < 2 || frame.sp < 1 || io.fora.vm.compile.Op.op(code[pc - 1]) != io.fora.vm.compile.Op.YIELD_VALUE
                || io.fora.vm.compile.Op.op(code[pc - 2]) != io.fora.vm.compile.Op.YIELD_FROM_ITER) return null;
        return frame.r[frame.sp - 1];
    }

    @Override public io.fora.vm.runtime.PyError stopIteration(boolean wasFinished) {
        return wasFinished || returnValue == null || returnValue == io.fora.vm.runtime.PyNone.NONE
                ? Errors.stopIteration() : Errors.of(Types.STOP_ITERATION, returnValue);
    }

    /**
     * The generator that {@code yield from} / {@code await} over v resumes frame to frame: v
     * itself, or the coroutine behind a {@code coroutine.__await__()} wrapper; null for other iterators.
     */
    public static PyGenerator driven(Object v) {
        return v instanceof PyGenerator g ? g : v instanceof CoroutineWrapper w ? w.coroutine : null;
    }

    /** Made by calling an {@code async def}: its class is coroutine, it is awaited rather than iterated. */
    public boolean isCoroutine() { return (frame.code.flags & CodeObject.COROUTINE) != 0; }

    /**
     * What {@code await v} delegates to, as CPython finds it: a coroutine itself (once), or the
     * iterator its class's {@code __await__} returns; otherwise CPython's TypeError.
     */
    static Object awaitable(Object v) {
        if (v instanceof PyGenerator g && g.isCoroutine()) {
            if (g.finished) throw Errors.of(Types.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
            return g;
        }
        if (v instanceof PyGenerator g && (g.frame.code.flags & CodeObject.ITERABLE_COROUTINE) != 0) return g;
        Object await = v instanceof PyGenerator ? null : io.fora.vm.runtime.Ops.getAttrOrNull(v, "__await__");
        if (await == null) {
            throw Errors.typeError("object " + io.fora.vm.runtime.Ops.typeName(v) + " can't be used in 'await' expression");
        }
        Object it = io.fora.vm.runtime.Ops.call(await);
        if (it instanceof PyGenerator g && g.isCoroutine()) throw Errors.typeError("__await__() returned a coroutine");
        if (!(it instanceof PyIter) && io.fora.vm.runtime.Ops.getAttrOrNull(it, "__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + io.fora.vm.runtime.Ops.typeName(it) + "'");
        }
        return it;
    }

    /** Made by calling an {@code async def} with {@code yield}: iterated by {@code async for}. */
    public boolean isAsyncGenerator() { return (frame.code.flags & CodeObject.ASYNC_GENERATOR) != 0; }

    @Override public PyClass pyClass() {
        return isCoroutine() ? Types.COROUTINE : isAsyncGenerator() ? Types.ASYNC_GENERATOR : Types.GENERATOR;
    }

    @Override public String toString() {
        return "<" + pyClass().name() + " object " + frame.code.qualname
                + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
