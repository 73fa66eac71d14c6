// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the manager knows of its grid, published for the gateway's threads: the workers and their
 * loads, and the cores each job keeps busy across the grid. Written by the manager actor only.
 */
public final class GridView {
    /** A worker as {@code GET /api/v1/cluster} shows it. */
    public record Member(String address, int cores, int busyCores, long heapUsedBytes, long heapMaxBytes, String status,
                         int computations, long piecesSent, long piecesRun, long bytesSent, Pages pages) {}

    /**
     * A worker's page store and data port: bytes of pages in memory (within budgetBytes) and
     * spilled to disk, page transfers running, where peers send pages (null: not known yet), pages
     * that arrived from other workers, and sums and reads of its pages that it ran for other workers.
     */
    public record Pages(long inMemoryBytes, long onDiskBytes, long budgetBytes, int transfersInFlight, String dataEndpoint,
                        long pagesReceived, long asksServed) {
        public static final Pages NONE = new Pages(0, 0, 0, 0, null, 0, 0);
    }

    private volatile List<Member> members = List.of();
    private final Map<String, Integer> busyByJob = new ConcurrentHashMap<>();

    public List<Member> members() { return members; }

    /** Workers that are up. */
    public int workersUp() {
        int n = 0;
        for (Member m : members) if (m.status().equals("up")) n++;
        return n;
    }

    /** Cores busy for a job across the grid, as last reported. */
    public int busyCores(String jobId) { return busyByJob.getOrDefault(jobId, 0); }

    void members(List<Member> members) { this.members = List.copyOf(members); }

    void busy(Map<String, Integer> byJob) {
        busyByJob.keySet().retainAll(byJob.keySet());
        busyByJob.putAll(byJob);
    }
}
