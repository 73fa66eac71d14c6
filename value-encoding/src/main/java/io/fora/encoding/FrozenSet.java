// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** A Python frozenset on the Java side; encodes as {@code {"$frozenset": [...]}}. */
public record FrozenSet(Set<Object> items) {
    public FrozenSet {
        items = Collections.unmodifiableSet(new LinkedHashSet<>(items));
    }

    public static FrozenSet of(Object... items) { return new FrozenSet(new LinkedHashSet<>(java.util.Arrays.asList(items))); }
}
