// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How many pieces a worker may send another: bounded by the idle cores the peer's reports count. */
class PeersTest {
    private static Peers.Peer peer(int idle) {
        Peers.Peer p = new Peers.Peer("pekko://fora@127.0.0.1:1", null);
        p.cores = 1;
        p.idle = idle;
        return p;
    }

    @Test void onePieceInFlightPerIdleCore() {
        Peers.Peer p = peer(1);
        assertTrue(p.reserve());
        assertFalse(p.reserve(), "a second piece before the peer's report would wait there for a core");
        p.unreserve();
        assertTrue(p.reserve());
    }

    @Test void aPieceTheReportCountsFreesItsRoom() {
        Peers.Peer p = peer(1);
        assertTrue(p.reserve());
        p.sent();
        p.acknowledged(0); // a report sent before the piece arrived there: still in flight
        assertEquals(0, p.room());
        // the peer started the piece (busy), then passed part of it back and waits: idle again
        p.idle = 1;
        p.acknowledged(1);
        assertEquals(1, p.room(), "the core that waits for the part it passed back can take a piece");
        assertTrue(p.reserve());
    }

    @Test void anAnswerAndALaterReportCountThePieceOnce() {
        Peers.Peer p = peer(1);
        assertTrue(p.reserve());
        p.sent();
        p.answered();
        assertEquals(1, p.room());
        p.acknowledged(1); // the report that also counts it
        assertEquals(1, p.room());
        assertEquals(0, p.inFlight.get());
    }

    @Test void aReportCountingMoreThanWasSentOrFewerThanBeforeChangesNothing() {
        Peers.Peer p = peer(2);
        assertTrue(p.reserve());
        p.sent();
        assertTrue(p.reserve());
        p.sent();
        p.acknowledged(1_000_000); // garbled or forged: at most what was sent
        assertEquals(0, p.inFlight.get());
        p.acknowledged(-5);
        p.acknowledged(1);
        assertEquals(0, p.inFlight.get());
        assertEquals(2, p.room());
    }
}
