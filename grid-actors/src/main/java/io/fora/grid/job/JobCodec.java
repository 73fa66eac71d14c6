// SPDX-License-Identifier: Apache-2.0
package io.fora.grid.job;

import io.fora.vm.ForaVm;
import io.fora.vm.interp.ComputationState;
import io.fora.vm.runtime.PyException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Jobs and their outcomes as bytes, with the VM's own serialization of the values they hold. */
public final class JobCodec {
    private JobCodec() {}

    public static byte[] encode(Job j) {
        return ComputationState.saveValue(new Object[] {j.kind().name(), j.path(), j.source(), j.callName(), j.function(),
                j.args(), new LinkedHashMap<>(j.kwargs()), new LinkedHashMap<>(j.bindings()), j.recursionLimit()});
    }

    @SuppressWarnings("unchecked")
    public static Job decodeJob(byte[] bytes) {
        Object[] f = (Object[]) ComputationState.loadValue(bytes);
        return new Job(Job.Kind.valueOf((String) f[0]), (String) f[1], (String) f[2], (String) f[3], f[4], (Object[]) f[5],
                (Map<String, Object>) f[6], (Map<String, Object>) f[7], (Integer) f[8]);
    }

    public static byte[] encode(JobOutcome o) {
        ForaVm.Failure f = o.failure();
        Object[] failure = f == null ? null : new Object[] {f.type(), f.message(), new ArrayList<>(f.traceback()), f.text()};
        return ComputationState.saveValue(new Object[] {o.result(), new LinkedHashMap<>(o.bound()), new ArrayList<>(o.output()),
                failure, o.cancelled(), o.crash()});
    }

    @SuppressWarnings("unchecked")
    public static JobOutcome decodeOutcome(byte[] bytes) {
        Object[] f = (Object[]) ComputationState.loadValue(bytes);
        Object[] failure = (Object[]) f[3];
        ForaVm.Failure fail = failure == null ? null : new ForaVm.Failure((String) failure[0], (String) failure[1],
                (List<PyException.TraceEntry>) failure[2], (String) failure[3]);
        return new JobOutcome(f[0], (Map<String, Object>) f[1], (List<String>) f[2], fail, (Boolean) f[4], (String) f[5]);
    }
}
