// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.HashMap;

/** An instance of a user class. Attributes are set only inside {@code __init__}. */
public class PyInstance {
    private final PyClass cls;
    private final HashMap<String, Object> attrs = new HashMap<>(8);

    public PyInstance(PyClass cls) { this.cls = cls; }

    public PyClass cls() { return cls; }

    public Object getAttr(String name) { return attrs.get(name); }

    public void setAttr(String name, Object value) { attrs.put(name, value); }

    public HashMap<String, Object> attrs() { return attrs; }
}
