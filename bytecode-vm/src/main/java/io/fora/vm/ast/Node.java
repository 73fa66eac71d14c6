// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

/** Every AST node knows where it came from. */
public interface Node {
    Pos pos();
}
