// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

import java.util.Map;

/**
 * An instance of a user class ({@code {"$instance": [module, qualname, {"$dict": state}]}}): its
 * class by name and its attributes. A client that knows the class rebuilds the object; others
 * read the state.
 */
public record Instance(String module, String qualname, Map<Object, Object> state) {
    public Instance {
        state = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(state));
    }
}
