// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * How native code calls a Python-defined function (a dunder, a key function): the interpreter
 * installs itself here. Kept as an interface so the value layer does not depend on the VM.
 */
public interface Invoker {
    Object callFunction(PyFunction function, Object[] args, Kwargs kwargs);

    /** How many more nested calls the running computation's recursion limit allows (CPython counts repr's and ==' s nesting too). */
    default int recursionRoom() { return 1000; }

    /** One more level of native nesting counted against the recursion limit (CPython's Py_EnterRecursiveCall); false past it. */
    default boolean enterNative() { return true; }

    /** A level {@link #enterNative} counted is done. */
    default void leaveNative() {}

    /** Set once by the interpreter when it is loaded. */
    final class Holder {
        private Holder() {}
        static volatile Invoker instance;

        public static void install(Invoker invoker) { instance = invoker; }

        /** The room left below the recursion limit where this thread runs (1000 with no interpreter installed). */
        public static int recursionRoom() {
            Invoker i = instance;
            return i == null ? 1000 : i.recursionRoom();
        }

        /** {@link Invoker#enterNative} of the installed interpreter (always true with none). */
        public static boolean enterNative() {
            Invoker i = instance;
            return i == null || i.enterNative();
        }

        public static void leaveNative() {
            Invoker i = instance;
            if (i != null) i.leaveNative();
        }
    }
}
