// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.runtime.PyCell;
import java.util.Map;

/** What a class body leaves behind: its namespace and the cell that super() reads. */
record ClassNamespace(Map<String, Object> namespace, PyCell classCell) {}
