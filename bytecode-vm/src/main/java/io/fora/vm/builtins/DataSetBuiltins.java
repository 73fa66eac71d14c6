// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.ExternalData;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Types;
import java.util.Map;

/**
 * pyfora's data sets in a computation: {@code importS3Dataset(bucket, key)} gives an object's
 * text; {@code exportS3Dataset(text, bucket, key)} stores a computed string. Failures are Python
 * exceptions: FileNotFoundError (no such bucket or key), PermissionError (access denied),
 * ValueError (not UTF-8 text, a bad name), MemoryError (too large), OSError (the store is
 * unreachable).
 */
final class DataSetBuiltins {
    private DataSetBuiltins() {}

    static void install(Map<String, Object> b) {
        b.put("importS3Dataset", new PyBuiltin("importS3Dataset", (a, kw) -> {
            kw.allowOnly("importS3Dataset", "verify");
            Builtins.arity("importS3Dataset", a, 2, 2);
            String bucket = name("importS3Dataset", "bucket", a[0]), key = name("importS3Dataset", "key", a[1]);
            try {
                return PyStr.of(store("importS3Dataset").importText(bucket, key));
            } catch (ExternalData.Failure f) {
                throw raised("importS3Dataset", f);
            }
        }));
        b.put("exportS3Dataset", new PyBuiltin("exportS3Dataset", (a, kw) -> {
            Builtins.noKw("exportS3Dataset", kw);
            Builtins.arity("exportS3Dataset", a, 3, 3);
            if (!(a[0] instanceof PyStr text)) {
                throw Errors.typeError("exportS3Dataset: the value must be a str, not '" + Types.typeOf(a[0]).name() + "'");
            }
            String bucket = name("exportS3Dataset", "bucket", a[1]), key = name("exportS3Dataset", "key", a[2]);
            try {
                store("exportS3Dataset").exportText(bucket, key, text.value());
            } catch (ExternalData.Failure f) {
                throw raised("exportS3Dataset", f);
            }
            return PyNone.NONE;
        }));
    }

    private static String name(String fn, String what, Object v) {
        if (!(v instanceof PyStr s)) throw Errors.typeError(fn + ": the " + what + " must be a str, not '" + Types.typeOf(v).name() + "'");
        if (s.value().isEmpty()) throw Errors.valueError(fn + ": the " + what + " must not be empty");
        return s.value();
    }

    private static ExternalData store(String fn) {
        ExternalData d = ExternalData.installed();
        if (d == null) throw Errors.of(Types.OS_ERROR, fn + ": this process has no access to S3 (run it with fora run, fora local or on a grid)");
        return d;
    }

    /** The Python exception for a failed transfer. */
    private static RuntimeException raised(String fn, ExternalData.Failure f) {
        PyClass cls = switch (f.kind) {
            case NOT_FOUND -> Types.EXCEPTIONS.get("FileNotFoundError");
            case DENIED -> Types.EXCEPTIONS.get("PermissionError");
            case INVALID -> Types.VALUE_ERROR;
            case TOO_LARGE -> Types.MEMORY_ERROR;
            case UNAVAILABLE -> Types.OS_ERROR;
        };
        // S3 missing altogether: say which call needed it (the others name the object)
        String msg = f.getMessage();
        return Errors.of(cls, f.kind == ExternalData.Kind.UNAVAILABLE && msg != null && !msg.startsWith(fn) ? fn + ": " + msg : msg);
    }
}
