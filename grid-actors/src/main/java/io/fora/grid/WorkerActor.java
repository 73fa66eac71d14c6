// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.grid.job.Job;
import io.fora.grid.job.JobCodec;
import io.fora.grid.job.JobOutcome;
import io.fora.vm.ForaVm;
import io.fora.vm.interp.Cancellation;
import java.time.Duration;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.Member;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Subscribe;

/**
 * A worker of the grid: runs the jobs the manager hands it and the pieces other workers send it,
 * on its machine's cores; sends pieces of its own computations to workers with idle cores
 * (through {@link Peers}); and tells the manager and every other worker its load when it changes
 * (looked at every 10 ms for idle cores, every 100 ms for the rest) and once a second besides, so
 * idle cores are known everywhere (as Ufora's machines broadcast their loads) without an idle grid
 * talking to itself ten times a second.
 */
public final class WorkerActor extends AbstractBehavior<WorkerActor.Command> {
    public static final String NAME = "worker";
    static final Duration REPORT_EVERY = Duration.ofMillis(100);
    /** Loads are sent when they change (looked at every REPORT_EVERY), and at least this often. */
    static final long REFRESH_NANOS = 1_000_000_000L;
    /** Idle cores are looked at this often, and told to the other workers at once when they change. */
    static final Duration WATCH_EVERY = Duration.ofMillis(10);

    public sealed interface Command extends GridMessage {}

    /** Runs a job from the start; {@code attempt} tells a restarted job's answer from a stale one. */
    public record RunJob(String jobId, int attempt, String transfer, byte[] inline, int parts,
                         ActorRef<ManagerActor.Command> replyTo) implements Command {}

    /** Stops a job's root and every piece of it running here. */
    public record CancelJob(String jobId) implements Command {}

    /**
     * Runs a piece another worker split off; the answer goes to {@code replyTo}. {@code idle}: the
     * sender's idle cores as it sends (none, as a rule: it sends only when its own are busy).
     */
    public record RunPiece(String pieceId, String jobId, int recursionLimit, String transfer, byte[] inline, int parts,
                           ActorRef<Command> replyTo, int idle) implements Command {}

    /** A piece's answer: its encoded result when {@code ok}; {@code idle} is the sender's idle cores now. */
    public record PieceDone(String pieceId, boolean ok, boolean missingCode, int idle, String transfer, byte[] inline,
                            int parts) implements Command {}

    public record CancelPiece(String pieceId) implements Command {}

    /**
     * Another worker's load: its idle cores now, and how many of the pieces the worker it tells
     * sent it have started there or gone back (so that worker knows which of the pieces it sent
     * that figure counts).
     */
    public record PeerLoad(String address, ActorRef<Command> ref, int cores, int idle, int received) implements Command {}

    /** A part of a large byte array that a later message names (see {@link Bulk}). */
    public record Part(String transfer, int index, byte[] data) implements Command {}

    /** Asks the worker holding page (hi, lo) to push it over Aeron to the data endpoint {@code to}. */
    public record SendPage(long hi, long lo, String to, ActorRef<Command> replyTo) implements Command {}

    /** The page asked for could not be sent. */
    public record PageMissing(long hi, long lo, String why) implements Command {}

    /** One more worker holds a reference to page (hi, lo): keep it. */
    public record PinPage(long hi, long lo) implements Command {}

    /** A worker let go of its reference to page (hi, lo). */
    public record ReleasePage(long hi, long lo) implements Command {}

    /**
     * Asks the worker holding page (hi, lo) to work on it where it is: {@link #ADD} its elements
     * [from, from + n) (of floats when {@code doubles}), the exact sum of ints, or {@code acc} plus
     * each element in order when {@code hasAcc}; or {@link #READ} elements from, from + step, ...
     * ({@code n} of them). The answer is a {@link PageAnswer} with the same request number.
     */
    public record AskPage(long request, long hi, long lo, int op, boolean doubles, int from, int step, int n,
                          boolean hasAcc, double acc, ActorRef<Command> replyTo) implements Command {
        public static final int ADD = 0, READ = 1;
    }

    /**
     * What an {@link AskPage} came to: {@code kind} 0 an int in {@code value}, 1 an int too large
     * for a long in {@code bytes} (two's complement), 2 a float whose bits are {@code value}, 3
     * elements' raw bits in {@code bytes} (8 each, little-endian), -1 nothing ({@code why}).
     */
    public record PageAnswer(long request, int kind, long value, byte[] bytes, String why) implements Command {}

    private record Tick() implements Command {}

    private record Watch() implements Command {}

    private record MemberChange(ClusterEvent.MemberEvent event) implements Command {}

    private record ReachabilityChange(ClusterEvent.ReachabilityEvent event) implements Command {}

    private final WorkerContext work;
    /** The actor's logger, captured on its thread: driver threads log through it too. */
    private final org.slf4j.Logger log;
    private final String address;
    private final ActorRefResolver resolver;
    private final Bulk.Inbox inbox = new Bulk.Inbox();
    private final Map<String, ActorRef<Command>> others = new java.util.HashMap<>();
    private ActorRef<ManagerActor.Command> manager;
    /** Members that stopped answering heartbeats: their load reports are not believed until they answer again. */
    private final java.util.Set<String> unreachable = new java.util.HashSet<>();

    /** A message that makes a handler fail is dropped; the worker goes on with its state (supervised: resume). */
    static Behavior<Command> create(WorkerContext work) {
        return Behaviors.supervise(Behaviors.<Command>setup(ctx -> Behaviors.withTimers(timers -> new WorkerActor(ctx, timers, work))))
                .onFailure(org.apache.pekko.actor.typed.SupervisorStrategy.resume());
    }

    private WorkerActor(ActorContext<Command> ctx, TimerScheduler<Command> timers, WorkerContext work) {
        super(ctx);
        this.work = work;
        this.log = ctx.getLog();
        Cluster cluster = Cluster.get(ctx.getSystem());
        this.address = cluster.selfMember().address().toString();
        this.resolver = ActorRefResolver.get(ctx.getSystem());
        work.peers.self(ctx.getSelf());
        WorkerPages pages = work.pages;
        if (pages != null && pages.keeper() != null) pages.keeper().connect(address, pages.transport().endpoint(), ctx.getSelf(), work.peers::ref);
        cluster.subscriptions().tell(Subscribe.create(ctx.messageAdapter(ClusterEvent.MemberEvent.class, MemberChange::new),
                ClusterEvent.MemberEvent.class));
        cluster.subscriptions().tell(Subscribe.create(ctx.messageAdapter(ClusterEvent.ReachabilityEvent.class, ReachabilityChange::new),
                ClusterEvent.ReachabilityEvent.class));
        timers.startTimerAtFixedRate(new Tick(), REPORT_EVERY);
        timers.startTimerAtFixedRate("watch", new Watch(), WATCH_EVERY);
    }

    @Override public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(RunJob.class, this::onRunJob)
                .onMessage(CancelJob.class, this::onCancelJob)
                .onMessage(RunPiece.class, this::onRunPiece)
                .onMessage(PieceDone.class, this::onPieceDone)
                .onMessage(CancelPiece.class, this::onCancelPiece)
                .onMessage(PeerLoad.class, this::onPeerLoad)
                .onMessage(Part.class, this::onPart)
                .onMessage(SendPage.class, this::onSendPage)
                .onMessage(PageMissing.class, this::onPageMissing)
                .onMessage(PinPage.class, m -> pageKeeper(k -> k.pin(new io.fora.pagestore.PageId(m.hi(), m.lo()))))
                .onMessage(ReleasePage.class, m -> pageKeeper(k -> k.release(new io.fora.pagestore.PageId(m.hi(), m.lo()))))
                .onMessage(AskPage.class, this::onAskPage)
                .onMessage(PageAnswer.class, m -> pageKeeper(k -> k.answered(m)))
                .onMessage(Tick.class, this::onTick)
                .onMessage(Watch.class, this::onWatch)
                .onMessage(MemberChange.class, this::onMemberChange)
                .onMessage(ReachabilityChange.class, this::onReachabilityChange)
                .onSignal(org.apache.pekko.actor.typed.PostStop.class, s -> onStop())
                .build();
    }

    private Behavior<Command> onRunJob(RunJob m) {
        if (m.replyTo() == null || m.jobId() == null) return this; // forged: nobody to answer
        byte[] bytes = inbox.take(m.transfer(), m.inline(), m.parts());
        String jobId = m.jobId();
        Cancellation token = work.entered(jobId);
        work.roots.add(jobId);
        work.drivers.execute(() -> {
            JobOutcome outcome;
            try {
                if (bytes == null) throw new IllegalStateException("the job's bytes did not all arrive");
                Job job = JobCodec.decodeJob(bytes);
                outcome = runAgainWhenPagesAreLost(jobId, job, token);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                outcome = token.isCancelled() ? JobOutcome.cancelledOutcome() : JobOutcome.crashed("the worker could not run the job: " + e);
            } finally {
                work.roots.remove(jobId);
                work.left(jobId, token);
            }
            byte[] answer;
            try {
                answer = JobCodec.encode(outcome);
            } catch (RuntimeException | StackOverflowError e) {
                answer = JobCodec.encode(JobOutcome.crashed("the result cannot be sent to the manager: " + e));
            }
            Bulk.Payload p = Bulk.send(answer, (t, part) -> m.replyTo().tell(new ManagerActor.Part(t, part.index(), part.data())));
            m.replyTo().tell(new ManagerActor.JobDone(jobId, m.attempt(), p.transfer(), p.inline(), p.parts()));
        });
        return this;
    }

    private Behavior<Command> onCancelJob(CancelJob m) {
        work.cancelJob(m.jobId());
        return this;
    }

    /**
     * A piece that no core here takes up within this time goes back to its sender, which runs it
     * itself: the load report that invited it may be a few milliseconds old, and the sender must
     * not wait behind work that came here since.
     */
    static final long START_WITHIN_MS = 20;

    private Behavior<Command> onRunPiece(RunPiece m) {
        byte[] bytes = inbox.take(m.transfer(), m.inline(), m.parts());
        ActorRef<Command> to = m.replyTo();
        if (to == null || m.pieceId() == null || m.jobId() == null) return this; // forged: nobody to answer
        // the sender is busy now, whatever its last load report said: no piece goes back to it on
        // that report (it would wait there for a core, then come back: 20 ms of a core's work late)
        String from = to.path().address().toString();
        if (others.containsKey(from) && !unreachable.contains(from)) work.peers.idle(from, Math.max(0, m.idle()));
        // counted for its sender once it runs here, or goes back: then this worker's idle figure shows it
        boolean fromPeer = others.containsKey(from);
        java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable settle = () -> {
            if (fromPeer && counted.compareAndSet(false, true)) settledFrom.merge(from, 1, Integer::sum);
        };
        if (bytes == null) {
            settle.run();
            answer(to, m.pieceId(), null, false, work.pool.idleThreads());
            return this;
        }
        Cancellation token = work.entered(m.jobId());
        work.pieces.put(m.pieceId(), token);
        java.util.concurrent.atomic.AtomicBoolean taken = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable handBack = () -> {
            if (taken.compareAndSet(false, true) && answered.compareAndSet(false, true)) {
                token.cancel();
                settle.run();
                answer(to, m.pieceId(), null, false, 0);
            }
        };
        // the window opens once the piece is decoded: decoding a large piece is not waiting for a core
        ForaVm.StartWindow window = new ForaVm.StartWindow() {
            @Override public void queued() { work.timer.schedule(handBack, START_WITHIN_MS, java.util.concurrent.TimeUnit.MILLISECONDS); }

            @Override public boolean start() {
                if (!taken.compareAndSet(false, true)) return false;
                settle.run();
                return true;
            }
        };
        work.drivers.execute(() -> {
            byte[] result = null;
            boolean missingCode = false;
            try {
                result = work.vmFor(m.jobId(), Math.max(10, m.recursionLimit())).runPiece(bytes, work.codes, work.scope(m.jobId()), token, window);
            } catch (ForaVm.PieceFailed e) {
                missingCode = e.missingCode();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // the sender runs it itself
            } finally {
                work.pieces.remove(m.pieceId());
                work.left(m.jobId(), token);
                settle.run();
            }
            if (!answered.compareAndSet(false, true)) return; // handed back already
            if (result != null) work.piecesRun.incrementAndGet();
            // the core that ran it is free: the sender may send the next range at once
            answer(to, m.pieceId(), result, missingCode, work.pool.idleThreadsSettled());
        });
        return this;
    }

    /** A piece's answer: its result (in parts when large), or null for "run it yourself". */
    private static void answer(ActorRef<Command> to, String pieceId, byte[] result, boolean missingCode, int idle) {
        if (result == null) {
            to.tell(new PieceDone(pieceId, false, missingCode, idle, null, null, 0));
            return;
        }
        Bulk.Payload p = Bulk.send(result, (t, part) -> to.tell(new Part(t, part.index(), part.data())));
        to.tell(new PieceDone(pieceId, true, false, idle, p.transfer(), p.inline(), p.parts()));
    }

    private Behavior<Command> onPieceDone(PieceDone m) {
        byte[] bytes = m.ok() ? inbox.take(m.transfer(), m.inline(), m.parts()) : null;
        work.peers.done(m.pieceId(), bytes, m.missingCode(), m.idle());
        return this;
    }

    private Behavior<Command> onCancelPiece(CancelPiece m) {
        Cancellation token = work.pieces.get(m.pieceId());
        if (token != null) token.cancel();
        return this;
    }

    private Behavior<Command> onPeerLoad(PeerLoad m) {
        String a = m.address();
        if (a != null && m.ref() != null && !a.equals(address) && others.containsKey(a) && !unreachable.contains(a)) {
            work.peers.load(a, m.ref(), Math.max(0, m.cores()), Math.max(0, m.idle()), m.received());
            // the grid has work: this worker's cores may be wanted for its pieces at once
            if (m.idle() < m.cores()) work.stopWarmUp();
        }
        return this;
    }

    /** Attempts at a job whose pages are lost with a worker that left, before it is reported as failed. */
    static final int PAGE_LOSS_ATTEMPTS = 3;

    /**
     * Runs a job; when a page it made on another worker is lost (that worker left the grid), runs
     * it again from the start here: computations are pure, so the answer is the same, and the lost
     * pages are made again by whichever workers are up now.
     */
    private JobOutcome runAgainWhenPagesAreLost(String jobId, Job job, Cancellation token) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.runner.run(work.vmFor(jobId, job.recursionLimit()), job, token);
            } catch (io.fora.vm.runtime.PageKeeper.Lost lost) {
                if (token.isCancelled()) return JobOutcome.cancelledOutcome();
                if (attempt == PAGE_LOSS_ATTEMPTS) return JobOutcome.crashed(lost.getMessage() + " (" + attempt + " attempts)");
                log.warn("job {}: {}; running it again", jobId, lost.getMessage());
            }
        }
    }

    private Behavior<Command> pageKeeper(java.util.function.Consumer<StoreKeeper> action) {
        WorkerPages pages = work.pages;
        if (pages != null && pages.keeper() != null) action.accept(pages.keeper());
        return this;
    }

    /** Pushes a page to the worker that asked (off the actor's thread: a page is megabytes). */
    private Behavior<Command> onSendPage(SendPage m) {
        WorkerPages pages = work.pages;
        if (m.to() == null || m.replyTo() == null) return this; // forged: nowhere to send
        io.fora.pagestore.PageId id = new io.fora.pagestore.PageId(m.hi(), m.lo());
        work.drivers.execute(() -> {
            String why = null;
            io.fora.pagestore.Page page = pages == null || pages.keeper() == null ? null : pages.keeper().page(id);
            if (page == null) {
                why = "worker " + address + " does not hold it";
            } else {
                try {
                    pages.transport().send(m.to(), page, StoreKeeper.FETCH_TIMEOUT);
                } catch (java.io.IOException | RuntimeException e) {
                    why = "sending it from " + address + " failed: " + e.getMessage();
                }
            }
            if (why != null) m.replyTo().tell(new PageMissing(m.hi(), m.lo(), why));
        });
        return this;
    }

    /** Works on a page held here for another worker (off the actor's thread: a page may be read from disk). */
    private Behavior<Command> onAskPage(AskPage m) {
        WorkerPages pages = work.pages;
        if (m.replyTo() == null) return this; // forged: nobody to answer
        work.drivers.execute(() -> {
            StoreKeeper keeper = pages == null ? null : pages.keeper();
            m.replyTo().tell(keeper == null
                    ? new PageAnswer(m.request(), -1, 0, null, "worker " + address + " keeps no pages")
                    : keeper.work(m, address));
        });
        return this;
    }

    private Behavior<Command> onPageMissing(PageMissing m) {
        return pageKeeper(k -> k.missing(new io.fora.pagestore.PageId(m.hi(), m.lo()), m.why() == null ? "not sent" : m.why()));
    }

    private Behavior<Command> onPart(Part m) {
        inbox.add(m.transfer(), m.index(), m.data());
        return this;
    }

    private int lastIdle = -1;

    /** A core that just became idle is offered to the other workers now, not at the next report. */
    private Behavior<Command> onWatch(Watch w) {
        int idle = work.pool.idleThreads();
        if (idle != lastIdle) tellPeers(idle);
        return this;
    }

    private void tellPeers(int idle) {
        lastIdle = idle;
        for (Map.Entry<String, ActorRef<Command>> other : others.entrySet()) {
            other.getValue().tell(new PeerLoad(address, getContext().getSelf(), work.cores(), idle, settledFrom.getOrDefault(other.getKey(), 0)));
        }
    }

    /**
     * Pieces from each other worker (by its address) that have started here or gone back: the
     * idle figure this worker tells shows them (told back in {@link PeerLoad}). Written by the
     * threads that run pieces.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> settledFrom = new java.util.concurrent.ConcurrentHashMap<>();

    /** What the last report said, and when: an idle worker reports once a second, not ten times. */
    private long lastReport;
    private String lastReported = "";

    private Behavior<Command> onTick(Tick t) {
        int idle = work.pool.idleThreads();
        long now = System.nanoTime();
        boolean refresh = now - lastReport >= REFRESH_NANOS;
        // the other workers hear of every change at once (onWatch); here only the periodic refresh
        if (refresh) tellPeers(idle);
        if (manager != null) {
            Map<String, Integer> busy = work.busyByJob();
            String state = idle + " " + busy + " " + work.peers.piecesSent.get() + " " + work.piecesRun.get() + " " + work.pagesStats();
            if (refresh || !state.equals(lastReported)) {
                lastReported = state;
                sendLoad(idle, busy);
            }
        }
        if (refresh) lastReport = now;
        return this;
    }

    private void sendLoad(int idle, Map<String, Integer> busy) {
        String[] jobs = busy.keySet().toArray(new String[0]);
        int[] counts = new int[jobs.length];
        for (int i = 0; i < jobs.length; i++) counts[i] = busy.get(jobs[i]);
        Runtime rt = Runtime.getRuntime();
        GridView.Pages pages = work.pagesStats();
        manager.tell(new ManagerActor.WorkerLoad(address, getContext().getSelf(), work.cores(), idle,
                rt.totalMemory() - rt.freeMemory(), rt.maxMemory(), jobs, counts,
                work.peers.piecesSent.get(), work.piecesRun.get(), work.peers.bytesSent.get(),
                pages.inMemoryBytes(), pages.onDiskBytes(), pages.budgetBytes(), pages.transfersInFlight(), pages.dataEndpoint(),
                pages.pagesReceived(), pages.asksServed()));
    }

    private Behavior<Command> onMemberChange(MemberChange m) {
        Member member = m.event().member();
        String a = member.address().toString();
        if (m.event() instanceof ClusterEvent.MemberUp) {
            if (member.hasRole("manager")) manager = resolver.resolveActorRef(a + "/user/" + ManagerActor.NAME);
            if (member.hasRole("worker") && !a.equals(address)) {
                ActorRef<Command> ref = resolver.resolveActorRef(a + "/user/" + NAME);
                others.put(a, ref);
                work.peers.up(a, ref);
            }
        } else if (leaves(m.event())) {
            others.remove(a);
            settledFrom.remove(a);
            unreachable.remove(a);
            work.peers.down(a);
            pageKeeper(k -> k.holderLeft(a));
            if (member.hasRole("manager") && manager != null && manager.path().address().toString().equals(a)) manager = null;
        }
        return this;
    }

    /** True for the events after which a member takes no more work: it left, is leaving, or was downed. */
    static boolean leaves(ClusterEvent.MemberEvent e) {
        return e instanceof ClusterEvent.MemberRemoved || e instanceof ClusterEvent.MemberExited
                || e instanceof ClusterEvent.MemberLeft || e instanceof ClusterEvent.MemberDowned;
    }

    private Behavior<Command> onReachabilityChange(ReachabilityChange m) {
        String a = m.event().member().address().toString();
        if (m.event() instanceof ClusterEvent.UnreachableMember) {
            // its pieces are recomputed here now; it gets new ones once it is reachable again
            unreachable.add(a);
            work.peers.down(a);
            pageKeeper(k -> k.holderLeft(a));
        } else if (m.event() instanceof ClusterEvent.ReachableMember) {
            unreachable.remove(a);
            if (others.containsKey(a)) work.peers.up(a, others.get(a));
        }
        return this;
    }

    private Behavior<Command> onStop() {
        // this member left the cluster: nobody waits for what runs here any more
        work.peers.clear();
        work.cancelAll();
        return this;
    }
}
