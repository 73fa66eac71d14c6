// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.NotSerializableException;
import java.util.List;
import java.util.Random;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every grid message survives the wire; garbled and forged bytes are refused cleanly. */
class GridSerializerTest {
    static ActorSystem<Void> system;
    static GridSerializer serializer;
    static ActorRef<WorkerActor.Command> worker;
    static ActorRef<ManagerActor.Command> manager;

    @BeforeAll static void start() throws Exception {
        system = ActorSystem.create(Behaviors.empty(), "grid-serializer-test",
                com.typesafe.config.ConfigFactory.parseString("pekko.loglevel = WARNING\npekko.stdout-loglevel = WARNING"));
        serializer = new GridSerializer(ActorRefResolver.get(system));
        worker = system.systemActorOf(Behaviors.<WorkerActor.Command>empty(), "w", org.apache.pekko.actor.typed.Props.empty());
        manager = system.systemActorOf(Behaviors.<ManagerActor.Command>empty(), "m", org.apache.pekko.actor.typed.Props.empty());
    }

    @AfterAll static void stop() { system.terminate(); }

    static List<GridMessage> everyKind() {
        byte[] bytes = new byte[3000];
        new Random(7).nextBytes(bytes);
        return List.of(
                new WorkerActor.RunJob("c-1", 2, null, bytes, 0, manager),
                new WorkerActor.RunJob("c-1", 1, "t-9", null, 4, manager),
                new WorkerActor.CancelJob("c-1"),
                new WorkerActor.RunPiece("p-1", "c-1", 1000, null, bytes, 0, worker, 0),
                new WorkerActor.PieceDone("p-1", true, false, 1, null, bytes, 0),
                new WorkerActor.PieceDone("p-2", false, true, 0, null, null, 0),
                new WorkerActor.CancelPiece("p-1"),
                new WorkerActor.PeerLoad("pekko://fora@127.0.0.1:30009", worker, 8, 3, 12),
                new WorkerActor.Part("t-9", 3, bytes),
                new ManagerActor.JobDone("c-1", 3, null, bytes, 0),
                new ManagerActor.WorkerLoad("pekko://fora@127.0.0.1:30009", worker, 4, 2, 1L << 30, 1L << 32,
                        new String[] {"c-1", "c-2"}, new int[] {1, 3}, 10, 20, 30_000, 1L << 20, 5L << 20, 1L << 30, 2,
                        "127.0.0.1:30010@/dev/shm/fora-aeron-1-2", 7, 9),
                new ManagerActor.Part("t-9", 0, bytes),
                new WorkerActor.SendPage(-5L, 1L << 62, "127.0.0.1:30010@/dev/shm/fora-aeron-1-2", worker),
                new WorkerActor.PageMissing(3L, 4L, "worker pekko://fora@127.0.0.1:30009 does not hold it"),
                new WorkerActor.PinPage(Long.MIN_VALUE, 0L),
                new WorkerActor.ReleasePage(0L, Long.MAX_VALUE),
                new WorkerActor.AskPage(12L, 3L, 4L, WorkerActor.AskPage.ADD, true, 5, 1, 1 << 20, true, -0.5, worker),
                new WorkerActor.AskPage(13L, 3L, 4L, WorkerActor.AskPage.READ, false, 0, -1000, 7, false, 0, worker),
                new WorkerActor.PageAnswer(12L, 2, Double.doubleToRawLongBits(1.5), null, null),
                new WorkerActor.PageAnswer(13L, 1, 0, new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 0}, null),
                new WorkerActor.PageAnswer(14L, -1, 0, null, "worker pekko://fora@127.0.0.1:30009 does not hold it"));
    }

    @Test void everyMessageKindRoundTrips() throws Exception {
        for (GridMessage m : everyKind()) {
            byte[] wire = serializer.toBinary(m);
            Object back = serializer.fromBinary(wire, serializer.manifest(m));
            assertEquals(m.getClass(), back.getClass());
            assertEquals(canonical(m), canonical(back), m.getClass().getSimpleName());
        }
    }

    /** Records with arrays compare by content here. */
    private static String canonical(Object o) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (var c : o.getClass().getRecordComponents()) {
            Object v = c.getAccessor().invoke(o);
            sb.append(c.getName()).append('=');
            if (v instanceof byte[] b) sb.append(java.util.Arrays.toString(b));
            else if (v instanceof int[] a) sb.append(java.util.Arrays.toString(a));
            else if (v instanceof String[] a) sb.append(java.util.Arrays.toString(a));
            else sb.append(v);
            sb.append(';');
        }
        return sb.toString();
    }

    @Test void referencesResolveToTheSameActor() throws Exception {
        var m = new WorkerActor.PeerLoad("a", worker, 1, 1, 0);
        var back = (WorkerActor.PeerLoad) serializer.fromBinary(serializer.toBinary(m), serializer.manifest(m));
        assertEquals(worker, back.ref());
    }

    @Test void randomBytesAreRefusedNotCrashing() {
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] junk = new byte[r.nextInt(64)];
            r.nextBytes(junk);
            String manifest = Integer.toString(r.nextInt(GridSerializer.MESSAGES.size()));
            try {
                serializer.fromBinary(junk, manifest);
            } catch (NotSerializableException expected) {
                // refused: fine
            }
        }
    }

    @Test void truncatedAndFlippedMessagesAreRefusedOrHarmless() throws Exception {
        Random r = new Random(1);
        for (GridMessage m : everyKind()) {
            byte[] wire = serializer.toBinary(m);
            for (int cut = 0; cut < wire.length; cut += Math.max(1, wire.length / 50)) {
                byte[] part = java.util.Arrays.copyOf(wire, cut);
                assertThrows(NotSerializableException.class, () -> serializer.fromBinary(part, serializer.manifest(m)));
            }
            for (int k = 0; k < 200; k++) {
                byte[] flipped = wire.clone();
                flipped[r.nextInt(flipped.length)] ^= (byte) (1 << r.nextInt(8));
                try {
                    serializer.fromBinary(flipped, serializer.manifest(m));
                } catch (NotSerializableException expected) {
                    // refused
                }
            }
        }
    }

    @Test void aHugeLengthFieldIsRefusedBeforeAnythingIsAllocated() {
        // CancelJob: a string; then a Part whose byte array claims two gigabytes
        byte[] forged = {2, 'x' | (byte) 0x80, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
        assertThrows(NotSerializableException.class, () -> serializer.fromBinary(forged, Integer.toString(GridSerializer.MESSAGES.indexOf(WorkerActor.Part.class))));
    }

    @Test void unknownKindsAndNonGridObjectsAreRefused() {
        assertThrows(NotSerializableException.class, () -> serializer.fromBinary(new byte[] {1}, "999"));
        assertThrows(NotSerializableException.class, () -> serializer.fromBinary(new byte[] {1}, "java.lang.Runtime"));
        assertThrows(IllegalArgumentException.class, () -> serializer.toBinary("a string"));
    }

    @Test void largeArraysTravelInParts() {
        byte[] big = new byte[Bulk.INLINE * 3 + 17];
        new Random(3).nextBytes(big);
        Bulk.Inbox inbox = new Bulk.Inbox();
        Bulk.Payload p = Bulk.send(big, (t, part) -> inbox.add(t, part.index(), part.data()));
        assertEquals(4, p.parts());
        assertArrayEquals(big, inbox.take(p.transfer(), p.inline(), p.parts()));
        byte[] small = {1, 2, 3};
        Bulk.Payload q = Bulk.send(small, (t, part) -> { throw new AssertionError("no parts for a small array"); });
        assertArrayEquals(small, inbox.take(q.transfer(), q.inline(), q.parts()));
        assertEquals(null, inbox.take("never-sent", null, 2));
    }
}
