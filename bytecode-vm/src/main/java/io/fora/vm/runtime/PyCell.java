// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * A variable captured by a closure, or a module global; null contents means not yet bound.
 * Rebinding it ({@code nonlocal}, {@code global}) is a write like any other: checked against the
 * cell's {@link Region}.
 */
public final class PyCell implements PyObject {
    public Object value;
    transient Region owner = Region.forNewObject();
    /** Times the variable was rebound to another value (up to a cap): tier 1 takes one rebound often as a variable, not a constant. */
    public transient int rebinds;

    public PyCell() {}

    public PyCell(Object value) { this.value = value; }

    /** A cell owned by {@code owner} (a module's globals belong to whoever owns the module). */
    static PyCell ownedBy(Region owner) {
        PyCell c = new PyCell();
        c.owner = owner;
        return c;
    }

    @Override public PyClass pyClass() { return Types.CELL; }

    /** Rebinds the variable. */
    public void set(Object v) {
        owner = Region.checkWrite(owner);
        if (value != v && value != null && rebinds < 1000) rebinds++;
        value = v;
    }
}
