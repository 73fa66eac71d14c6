// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A paged list too large to hold unpaged: Python's MemoryError, before any memory is taken. */
class PagedVectorFitsTest {
    @Test void tooLargeToHoldUnpagedIsAMemoryError() {
        long tooMany = Runtime.getRuntime().maxMemory() / 20 + 1;
        PyError e = assertThrows(PyError.class, () -> PagedVector.checkFits(tooMany));
        assertEquals(Types.MEMORY_ERROR, e.exception().cls());
        assertTrue(e.getMessage().contains("too large to hold unpaged"), e.getMessage());
        PagedVector.checkFits(1000); // small ones fit
    }
}
