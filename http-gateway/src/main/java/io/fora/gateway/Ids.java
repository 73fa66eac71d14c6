// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import java.security.SecureRandom;

/** Ids carry a tag per server start, so an id from before a restart is unknown, not someone else's. */
final class Ids {
    private Ids() {}

    private static final SecureRandom RANDOM = new SecureRandom();

    static String bootTag() {
        return Integer.toString(0x10000 + RANDOM.nextInt(0xF0000), 36);
    }

    /** An id from a request, cut short and stripped of control characters for an error message. */
    static String printable(String id) {
        String s = id.length() > 64 ? id.substring(0, 64) + "..." : id;
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
