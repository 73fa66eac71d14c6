// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

/**
 * A downloaded value that has no JSON form (a function, a class, an instance of a user class):
 * its {@code repr()} and its type's name. It cannot be sent back; use a {@link RemoteRef} for that.
 */
public record Opaque(String repr, String type) {}
