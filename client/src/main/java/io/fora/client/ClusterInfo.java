// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

/** What a Fora server has and does: its workers and cores, memory, computations and stored objects. */
public record ClusterInfo(int workers, int cores, int threads, long maxMemoryBytes, long usedMemoryBytes,
                          int runningComputations, long totalComputations, long objects, String version) {}
