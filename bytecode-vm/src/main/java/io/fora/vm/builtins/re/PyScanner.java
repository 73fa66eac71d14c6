// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyNone;

/**
 * {@code pattern.scanner(string, pos, endpos)}: CPython's {@code _sre.SRE_Scanner}, which a
 * tokenizer drives with {@code iter(scanner.match, None)}. Each {@code match()} (anchored where
 * the last one ended) or {@code search()} goes on from the end of the last match, a match that
 * was empty must advance, and once one finds nothing every later call answers None.
 */
final class PyScanner extends PyInstance {
    final PyPattern pattern;
    private final Object string;
    private final long pos, endpos;
    private int start = -1;
    private boolean advance, done;
    private transient PyPattern.Scanner sc;

    PyScanner(PyPattern pattern, Object string, long pos, long endpos) {
        super(ReTypes.SCANNER);
        pattern.subject(string); // a str pattern over bytes fails here, as CPython's does
        this.pattern = pattern;
        this.string = string;
        this.pos = pos;
        this.endpos = endpos;
    }

    /** The next match from where the last ended: anchored there (MATCH) or anywhere after (SEARCH). */
    Object next(int mode) {
        if (done) return PyNone.NONE;
        if (sc == null) sc = pattern.scanner(pattern.subject(string), pos, endpos);
        if (start < 0) start = sc.pos;
        int[] sp = start > sc.endpos ? null : sc.find(start, mode, advance);
        if (sp == null) {
            done = true;
            return PyNone.NONE;
        }
        advance = sp[0] == sp[1];
        start = sp[1];
        return sc.matchObject(string, sp);
    }
}
