// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

import java.util.Arrays;
import java.util.List;

/** A Python tuple on the Java side: an immutable list that encodes as {@code {"$tuple": [...]}}. */
public record Tuple(List<Object> items) {
    public Tuple {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    public static Tuple of(Object... items) { return new Tuple(Arrays.asList(items)); }

    public Object get(int i) { return items.get(i); }

    public int size() { return items.size(); }
}
