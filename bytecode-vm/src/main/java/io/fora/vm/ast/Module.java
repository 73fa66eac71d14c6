// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

import java.util.List;

/** A parsed source file. */
public record Module(String fileName, List<Stmt> body) {}
