// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Map;

/** An imported module such as {@code math}: a name and its attributes. */
public record PyModule(String name, Map<String, Object> attrs) implements PyObject {
    @Override public PyClass pyClass() { return Types.MODULE; }

    /** Attributes of a shared module that a computation may set for itself ({@code sys.stdout = buffer}). */
    public interface Settable {
        /** Sets the attribute for the running computation; false when the name is not settable. */
        boolean set(String name, Object value);
    }

    /** The attributes of a module instance that belongs to one computation (a library module written in Python): settable. */
    public static final class OwnAttrs extends java.util.LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }
}
