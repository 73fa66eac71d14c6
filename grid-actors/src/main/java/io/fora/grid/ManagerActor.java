// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.grid.job.JobCodec;
import io.fora.grid.job.JobOutcome;
import io.fora.vm.ForaVm;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * The manager of the grid: the registry of workers (from cluster membership and their load
 * reports) and the placement of jobs. A job goes to the worker with the most idle cores and
 * runs its root there; its pieces spread from there by themselves. When that worker dies the job
 * starts again on another (computations are pure: running one twice is harmless); while no worker
 * is up, jobs wait, up to a limit.
 */
public final class ManagerActor extends AbstractBehavior<ManagerActor.Command> {
    public static final String NAME = "manager";

    public sealed interface Command extends GridMessage {}

    /** A job's answer from the worker that ran attempt {@code attempt} of it. */
    public record JobDone(String jobId, int attempt, String transfer, byte[] inline, int parts) implements Command {}

    /** A worker's load, ten times a second. */
    public record WorkerLoad(String address, ActorRef<WorkerActor.Command> ref, int cores, int idle, long heapUsed,
                             long heapMax, String[] jobs, int[] busy, long piecesSent, long piecesRun, long bytesSent,
                             long pageBytesInMemory, long pageBytesOnDisk, long pageBudget, int transfersInFlight, String dataEndpoint,
                             long pagesReceived, long pageAsksServed)
            implements Command {}

    public record Part(String transfer, int index, byte[] data) implements Command {}

    /** From the gateway in this JVM (never sent over the network): run a job, answer its encoded outcome. */
    record Submit(String jobId, byte[] job, CompletableFuture<byte[]> answer) implements Command {}

    record Cancel(String jobId) implements Command {}

    private record Tick() implements Command {}

    private record MemberChange(ClusterEvent.MemberEvent event) implements Command {}

    private record ReachabilityChange(ClusterEvent.ReachabilityEvent event) implements Command {}

    static final class Worker {
        final ActorRef<WorkerActor.Command> ref;
        int cores;
        int idle;
        long heapUsed;
        long heapMax;
        long piecesSent;
        long piecesRun;
        long bytesSent;
        GridView.Pages pages = GridView.Pages.NONE;
        boolean reachable = true;
        int jobs;
        Map<String, Integer> busy = Map.of();

        Worker(ActorRef<WorkerActor.Command> ref) { this.ref = ref; }
    }

    private static final class JobState {
        final byte[] bytes;
        final CompletableFuture<byte[]> answer;
        int attempt;
        String worker;
        long waitingSince = System.nanoTime();

        JobState(byte[] bytes, CompletableFuture<byte[]> answer) {
            this.bytes = bytes;
            this.answer = answer;
        }
    }

    private final GridView view;
    private final Duration workerWait;
    private final ActorRefResolver resolver;
    private final Bulk.Inbox inbox = new Bulk.Inbox();
    private final Map<String, Worker> workers = new LinkedHashMap<>();
    private final Map<String, JobState> jobs = new LinkedHashMap<>();

    /** A message that makes a handler fail is dropped; the manager keeps its jobs (supervised: resume). */
    static Behavior<Command> create(GridView view, Duration workerWait) {
        return Behaviors.supervise(Behaviors.<Command>setup(ctx -> Behaviors.withTimers(timers -> new ManagerActor(ctx, timers, view, workerWait))))
                .onFailure(org.apache.pekko.actor.typed.SupervisorStrategy.resume());
    }

    private ManagerActor(ActorContext<Command> ctx, TimerScheduler<Command> timers, GridView view, Duration workerWait) {
        super(ctx);
        this.view = view;
        this.workerWait = workerWait;
        this.resolver = ActorRefResolver.get(ctx.getSystem());
        Cluster cluster = Cluster.get(ctx.getSystem());
        cluster.subscriptions().tell(Subscribe.create(ctx.messageAdapter(ClusterEvent.MemberEvent.class, MemberChange::new),
                ClusterEvent.MemberEvent.class));
        cluster.subscriptions().tell(Subscribe.create(ctx.messageAdapter(ClusterEvent.ReachabilityEvent.class, ReachabilityChange::new),
                ClusterEvent.ReachabilityEvent.class));
        timers.startTimerAtFixedRate(new Tick(), Duration.ofMillis(250));
    }

    @Override public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Submit.class, this::onSubmit)
                .onMessage(Cancel.class, this::onCancel)
                .onMessage(JobDone.class, this::onJobDone)
                .onMessage(WorkerLoad.class, this::onWorkerLoad)
                .onMessage(Part.class, this::onPart)
                .onMessage(Tick.class, this::onTick)
                .onMessage(MemberChange.class, this::onMemberChange)
                .onMessage(ReachabilityChange.class, this::onReachabilityChange)
                .build();
    }

    private Behavior<Command> onSubmit(Submit m) {
        JobState job = new JobState(m.job(), m.answer());
        jobs.put(m.jobId(), job);
        dispatch(m.jobId(), job);
        return this;
    }

    /** Workers that last ran the root of each job submitted, by a hash of the job's bytes (at most 1,024). */
    private final Map<Long, String> lastRoot = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) { return size() > 1_024; }
    };

    /** FNV-1a over the job's bytes: the same program submitted again hashes the same. */
    private static long jobKey(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        return h;
    }

    /**
     * Starts a job's next attempt on the worker with the most idle cores (then the fewest jobs),
     * or leaves it waiting. Among equals, the worker that ran the same job last time: its root's
     * code is compiled and warm there (the globals of its last run are renewed for it), and so
     * is its pieces' code on the others; alternating between equal workers made each of them
     * compile both, and a grid took five runs of a program to reach its speed instead of two.
     */
    private void dispatch(String jobId, JobState job) {
        long key = jobKey(job.bytes);
        String before = lastRoot.get(key);
        String best = choose(workers, before);
        if (best == null) {
            job.worker = null;
            job.waitingSince = System.nanoTime();
            return;
        }
        lastRoot.put(key, best);
        Worker w = workers.get(best);
        job.attempt++;
        job.worker = best;
        w.jobs++;
        w.idle = Math.max(0, w.idle - 1); // until its next report
        Bulk.Payload p = Bulk.send(job.bytes, (t, part) -> w.ref.tell(new WorkerActor.Part(t, part.index(), part.data())));
        w.ref.tell(new WorkerActor.RunJob(jobId, job.attempt, p.transfer(), p.inline(), p.parts(), getContext().getSelf()));
        publish();
    }

    /** The worker a job's root goes to (see {@link #dispatch}), or null when none is reachable. */
    static String choose(Map<String, Worker> workers, String before) {
        String best = null;
        for (Map.Entry<String, Worker> e : workers.entrySet()) {
            Worker w = e.getValue();
            if (!w.reachable) continue;
            Worker b = best == null ? null : workers.get(best);
            if (b == null || w.idle > b.idle || w.idle == b.idle && (w.jobs < b.jobs || w.jobs == b.jobs && e.getKey().equals(before))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private Behavior<Command> onCancel(Cancel m) {
        JobState job = jobs.remove(m.jobId());
        if (job != null) {
            if (job.worker != null && workers.get(job.worker) != null) workers.get(job.worker).jobs--;
            job.answer.cancel(false);
        }
        // every worker: pieces of the job may run anywhere
        for (Worker w : workers.values()) w.ref.tell(new WorkerActor.CancelJob(m.jobId()));
        return this;
    }

    private Behavior<Command> onJobDone(JobDone m) {
        if (m.jobId() == null) return this;
        byte[] bytes = inbox.take(m.transfer(), m.inline(), m.parts());
        JobState job = jobs.get(m.jobId());
        if (job == null || job.attempt != m.attempt()) return this; // cancelled, or an attempt given up on
        jobs.remove(m.jobId());
        Worker w = job.worker == null ? null : workers.get(job.worker);
        if (w != null) w.jobs--;
        freed(workers.values(), m.jobId(), w);
        if (bytes == null) bytes = JobCodec.encode(JobOutcome.crashed("the job's answer did not all arrive from " + job.worker));
        job.answer.complete(bytes);
        publish();
        return this;
    }

    /**
     * The cores a job that ended held are free from now on, not from the workers' next reports (up
     * to a tenth of a second away): the job's root's core (taken at dispatch, or counted in its
     * worker's report since), and those its pieces held elsewhere. A program submitted again right
     * after it ended otherwise found its last root still busy in the reports and went to the other
     * worker, which then compiled the root's code too (runs 2 to 5 of a fresh two-worker grid
     * alternated between the workers).
     */
    static void freed(java.util.Collection<Worker> workers, String jobId, Worker root) {
        for (Worker x : workers) {
            Integer n = x.busy.get(jobId);
            int cores = n == null ? 0 : n;
            if (x == root) cores = Math.max(cores, 1);
            if (cores == 0) continue;
            if (n != null) {
                Map<String, Integer> rest = new HashMap<>(x.busy);
                rest.remove(jobId);
                x.busy = rest;
            }
            x.idle = Math.min(x.cores, x.idle + cores);
        }
    }

    private Behavior<Command> onWorkerLoad(WorkerLoad m) {
        if (m.address() == null) return this;
        Worker w = workers.get(m.address());
        if (w == null) return this; // not a member (yet): its MemberUp comes first
        w.cores = m.cores();
        w.idle = m.idle();
        w.heapUsed = m.heapUsed();
        w.heapMax = m.heapMax();
        w.piecesSent = m.piecesSent();
        w.piecesRun = m.piecesRun();
        w.bytesSent = m.bytesSent();
        w.pages = new GridView.Pages(Math.max(0, m.pageBytesInMemory()), Math.max(0, m.pageBytesOnDisk()), Math.max(0, m.pageBudget()),
                Math.max(0, m.transfersInFlight()), m.dataEndpoint() == null || m.dataEndpoint().length() > 4096 ? null : m.dataEndpoint(),
                Math.max(0, m.pagesReceived()), Math.max(0, m.pageAsksServed()));
        Map<String, Integer> busy = new HashMap<>();
        if (m.jobs() != null && m.busy() != null) for (int i = 0; i < Math.min(m.jobs().length, m.busy().length); i++) busy.put(m.jobs()[i], m.busy()[i]);
        w.busy = busy;
        return this;
    }

    private Behavior<Command> onPart(Part m) {
        inbox.add(m.transfer(), m.index(), m.data());
        return this;
    }

    private Behavior<Command> onTick(Tick t) {
        long now = System.nanoTime();
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, JobState> e : jobs.entrySet()) {
            JobState job = e.getValue();
            if (job.worker == null && now - job.waitingSince > workerWait.toNanos()) expired.add(e.getKey());
        }
        for (String id : expired) {
            JobState job = jobs.remove(id);
            job.answer.complete(JobCodec.encode(JobOutcome.failed(new ForaVm.Failure("ForaError",
                    "no worker was up for " + workerWait.toSeconds() + " s to run the computation; start one with: fora worker --manager HOST:PORT",
                    List.of(), ""), List.of())));
        }
        publish();
        return this;
    }

    private void publish() {
        List<GridView.Member> members = new ArrayList<>();
        Map<String, Integer> busy = new HashMap<>();
        for (Map.Entry<String, Worker> e : workers.entrySet()) {
            Worker w = e.getValue();
            members.add(new GridView.Member(e.getKey(), w.cores, Math.max(0, w.cores - w.idle), w.heapUsed, w.heapMax,
                    w.reachable ? "up" : "unreachable", w.jobs, w.piecesSent, w.piecesRun, w.bytesSent, w.pages));
            w.busy.forEach((job, n) -> busy.merge(job, n, Integer::sum));
        }
        view.members(members);
        view.busy(busy);
    }

    private Behavior<Command> onMemberChange(MemberChange m) {
        Member member = m.event().member();
        if (!member.hasRole("worker")) return this;
        String a = member.address().toString();
        if (m.event() instanceof ClusterEvent.MemberUp) {
            workers.computeIfAbsent(a, k -> new Worker(resolver.resolveActorRef(k + "/user/" + WorkerActor.NAME)));
            dispatchWaiting();
        } else if (WorkerActor.leaves(m.event())) {
            if (workers.remove(a) != null) restartJobsOf(a);
        }
        publish();
        return this;
    }

    private Behavior<Command> onReachabilityChange(ReachabilityChange m) {
        String a = m.event().member().address().toString();
        Worker w = workers.get(a);
        if (w == null) return this;
        if (m.event() instanceof ClusterEvent.UnreachableMember) {
            w.reachable = false;
            restartJobsOf(a);
        } else if (m.event() instanceof ClusterEvent.ReachableMember) {
            w.reachable = true;
            dispatchWaiting();
        }
        publish();
        return this;
    }

    /** The jobs whose root ran on a worker that is gone start again elsewhere. */
    private void restartJobsOf(String address) {
        Worker gone = workers.get(address);
        for (Map.Entry<String, JobState> e : jobs.entrySet()) {
            JobState job = e.getValue();
            if (!address.equals(job.worker)) continue;
            if (gone != null) {
                gone.ref.tell(new WorkerActor.CancelJob(e.getKey()));
                gone.jobs--;
            }
            job.worker = null;
            dispatch(e.getKey(), job);
        }
    }

    private void dispatchWaiting() {
        for (Map.Entry<String, JobState> e : jobs.entrySet()) if (e.getValue().worker == null) dispatch(e.getKey(), e.getValue());
    }
}
