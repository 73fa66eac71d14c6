// SPDX-License-Identifier: Apache-2.0
package io.fora.grid.job;

import io.fora.vm.ForaVm;
import java.util.List;
import java.util.Map;

/**
 * What a job produced: the call's result, the block's bound globals in binding order, the values
 * a module displayed (also before it raised), or the uncaught exception; {@code cancelled} when
 * its token was cancelled, {@code crash} for a failure of Fora itself.
 */
public record JobOutcome(Object result, Map<String, Object> bound, List<String> output, ForaVm.Failure failure,
                         boolean cancelled, String crash) {
    public static JobOutcome failed(ForaVm.Failure f, List<String> output) {
        return new JobOutcome(null, Map.of(), output, f, false, null);
    }

    public static JobOutcome cancelledOutcome() { return new JobOutcome(null, Map.of(), List.of(), null, true, null); }

    public static JobOutcome crashed(String message) { return new JobOutcome(null, Map.of(), List.of(), null, false, message); }
}
