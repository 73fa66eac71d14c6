// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

/** A value that stays on the server, named by its id; encodes as {@code {"$ref": "<id>"}}. */
public record RemoteRef(String id) {
    public RemoteRef {
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("a remote reference needs an id");
    }
}
