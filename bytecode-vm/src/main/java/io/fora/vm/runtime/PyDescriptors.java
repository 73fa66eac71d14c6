// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** The decorators that change how a class attribute binds. */
public final class PyDescriptors {
    private PyDescriptors() {}

    public record StaticMethod(Object function) implements PyObject {
        @Override public PyClass pyClass() { return Types.STATICMETHOD; }
    }

    public record ClassMethod(Object function) implements PyObject {
        @Override public PyClass pyClass() { return Types.CLASSMETHOD; }
    }

    /** {@code @property}, with its setter and deleter (null when absent). */
    public record Property(Object getter, Object setter, Object deleter, Object doc) implements PyObject {
        /** A read-only property. */
        public Property(Object getter) { this(getter, null, null, null); }

        /** A property whose __doc__ is its getter's. */
        public Property(Object getter, Object setter, Object deleter) { this(getter, setter, deleter, null); }

        @Override public PyClass pyClass() { return Types.PROPERTY; }
    }

    /**
     * A name in a class's {@code __slots__} ({@code C.x}): reading it from an instance reads the
     * instance's own attribute, an AttributeError while unset (CPython's member_descriptor).
     */
    public record Member(String name, String owner) implements PyObject {
        @Override public PyClass pyClass() { return Types.MEMBER_DESCRIPTOR; }

        @Override public String toString() { return "<member '" + name + "' of '" + owner + "' objects>"; }
    }

    /** {@code super()} bound to a class in the MRO and an object. */
    public record Super(PyClass thisClass, Object self) implements PyObject {
        @Override public PyClass pyClass() { return Types.SUPER; }
    }
}
