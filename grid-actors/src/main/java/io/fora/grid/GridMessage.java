// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

/** Marks the messages that travel between members of a Fora grid: bound to {@link GridSerializer}. */
public interface GridMessage {}
