// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** A variable captured by a closure; null contents means not yet bound. */
public final class PyCell {
    public Object value;

    public PyCell() {}

    public PyCell(Object value) { this.value = value; }
}
