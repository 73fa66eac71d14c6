// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Floats;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyRange;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import java.math.BigInteger;

/** printf-style formatting, {@code str % args} (CPython's PyUnicode_Format). */
public final class PercentFormat {
    private static final int F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16;

    private final int[] fmt;
    private int pos;
    private int cnt;
    private Object args;
    private int argLen;
    private int argIdx;
    private final Object dict;
    private final StringBuilder out = new StringBuilder();
    /** bytes % args (PEP 461): keys are bytes, %s and %b take bytes-like values, %r and %a ascii(). */
    private boolean bytes;

    private PercentFormat(int[] fmt, Object args) {
        this.fmt = fmt;
        this.cnt = fmt.length;
        this.args = args;
        if (args instanceof PyTuple t) {
            argLen = t.size();
            argIdx = 0;
        } else {
            argLen = -1;
            argIdx = -2;
        }
        // as PyMapping_Check: what has __getitem__ (a dict subclass, defaultdict, UserDict, Counter too)
        boolean mapping = args instanceof PyDict || args instanceof PyList || args instanceof PyRange
                || args instanceof io.fora.vm.runtime.PyBytes || args instanceof io.fora.vm.runtime.PyMemoryView
                || args instanceof io.fora.vm.runtime.PyInstance i && !(args instanceof io.fora.vm.runtime.PyException)
                && !i.cls().isSubclassOf(io.fora.vm.runtime.Types.TUPLE) && !i.cls().isSubclassOf(io.fora.vm.runtime.Types.STR)
                && (i.base() instanceof PyDict || i.cls().lookup("__getitem__") != null);
        this.dict = mapping ? args : null;
    }

    /**
     * {@code fmt % args}: args is a PyTuple of values, a mapping (PyDict) for {@code %(key)s}, or a
     * single value. Supports conversions d i o u x X e E f F g G c r s a %, flags {@code -+ #0},
     * width and precision including {@code *}, with CPython's errors.
     *
     * @param fmt the format string
     * @param args the right operand of %
     * @return the formatted string
     */
    public static PyStr format(PyStr fmt, Object args) {
        PercentFormat f = new PercentFormat(fmt.value().codePoints().toArray(), args);
        f.run();
        return PyStr.of(f.out.toString());
    }

    /**
     * {@code bytes % args} (CPython's _PyBytes_FormatEx) over the format's bytes read as latin-1:
     * the result, one char per byte (every char below 256).
     */
    public static String formatBytes(String latin1, Object args) {
        PercentFormat f = new PercentFormat(latin1.codePoints().toArray(), args);
        f.bytes = true;
        f.run();
        return f.out.toString();
    }

    private int at(int i) {
        return i < fmt.length ? fmt[i] : 0;
    }

    private void run() {
        while (--cnt >= 0) {
            if (at(pos) != '%') {
                int start = pos++;
                while (cnt >= 0 && at(pos) != '%') {
                    pos++;
                    cnt--;
                }
                if (cnt < 0) pos--;
                for (int i = start; i < pos; i++) out.appendCodePoint(fmt[i]);
            } else {
                pos++;
                formatArg();
            }
        }
        if (argIdx < argLen && dict == null) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
    }

    private Object nextArg() {
        int idx = argIdx;
        if (idx < argLen) {
            argIdx++;
            if (argLen < 0) return args;
            return ((PyTuple) args).get(idx);
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    private int ch;
    private int flags;
    private long width;
    private int prec;
    private boolean sign;

    private void formatArg() {
        ch = at(pos);
        if (ch == '%') {
            pos++;
            cnt--;
            out.append('%');
            return;
        }
        flags = 0;
        width = -1;
        prec = -1;
        sign = false;
        parse();
        String str = convert();
        if (str != null) output(str);
        if (dict != null && argIdx < argLen) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
    }

    private void parse() {
        if (at(pos) == '(') {
            if (dict == null) throw Errors.typeError("format requires a mapping");
            ++pos;
            --cnt;
            int keyStart = pos;
            int pcount = 1;
            while (pcount > 0 && --cnt >= 0) {
                ch = at(pos);
                if (ch == ')') --pcount;
                else if (ch == '(') ++pcount;
                pos++;
            }
            int keyLen = pos - keyStart - 1;
            if (cnt < 0 || pcount > 0) throw Errors.valueError("incomplete format key");
            String k = new String(fmt, keyStart, keyLen);
            Object key = bytes ? io.fora.vm.runtime.PyBytes.ofLatin1(k, false) : PyStr.of(k);
            args = Ops.getItem(dict, key);
            argLen = -1;
            argIdx = -2;
        }
        while (--cnt >= 0) {
            ch = at(pos++);
            switch (ch) {
                case '-' -> { flags |= F_LJUST; continue; }
                case '+' -> { flags |= F_SIGN; continue; }
                case ' ' -> { flags |= F_BLANK; continue; }
                case '#' -> { flags |= F_ALT; continue; }
                case '0' -> { flags |= F_ZERO; continue; }
                default -> { }
            }
            break;
        }
        if (ch == '*') {
            Object v = nextArg();
            if (!Ints.isInt(v)) throw Errors.typeError("* wants int");
            width = asLong(v, "Python int too large to convert to C ssize_t");
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            if (--cnt >= 0) ch = at(pos++);
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (--cnt >= 0) {
                ch = at(pos++);
                if (ch < '0' || ch > '9') break;
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) throw Errors.valueError("width too big");
                width = width * 10 + (ch - '0');
            }
        }
        if (ch == '.') {
            prec = 0;
            if (--cnt >= 0) ch = at(pos++);
            if (ch == '*') {
                Object v = nextArg();
                if (!Ints.isInt(v)) throw Errors.typeError("* wants int");
                long p = asLong(v, "Python int too large to convert to C int");
                if (p > Integer.MAX_VALUE || p < Integer.MIN_VALUE) {
                    throw Errors.overflow("Python int too large to convert to C int");
                }
                prec = (int) Math.max(p, 0);
                if (--cnt >= 0) ch = at(pos++);
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while (--cnt >= 0) {
                    ch = at(pos++);
                    if (ch < '0' || ch > '9') break;
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw Errors.valueError("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (cnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
            if (--cnt >= 0) ch = at(pos++);
        }
        if (cnt < 0) throw Errors.valueError("incomplete format");
    }

    private static long asLong(Object v, String overflowMsg) {
        BigInteger b = Ints.big(v);
        if (b.bitLength() >= 64) throw Errors.overflow(overflowMsg);
        return b.longValue();
    }

    /** A subclass instance of int or float (an IntEnum member) as its number. */
    private static Object numberOf(Object v) {
        Object n = io.fora.vm.runtime.PyInstance.valueOf(v);
        return n instanceof Long || n instanceof BigInteger || n instanceof Double ? n : v;
    }

    /** Returns the text to pad, or null when it was written directly. */
    private String convert() {
        Object v = nextArg();
        if (bytes && ch == 'b') return bytesOf(v);
        switch (ch) {
            case 's', 'r', 'a' -> {
                if (bytes) return ch == 's' ? bytesOf(v) : ascii(Repr.repr(v));
                if (ch == 's') return v instanceof PyStr s ? s.value() : Repr.str(v);
                if (ch == 'r') return Repr.repr(v);
                return ascii(Repr.repr(v));
            }
            case 'i', 'd', 'u', 'o', 'x', 'X' -> {
                sign = true;
                return formatLong(numberOf(v));
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                sign = true;
                double x = asDouble(numberOf(v));
                if (prec < 0) prec = 6;
                return DoubleFormat.format(x, (char) ch, prec, (flags & F_ALT) != 0, false, false, false);
            }
            case 'c' -> {
                if (bytes) return String.valueOf((char) byteChar(v));
                return new String(Character.toChars(formatChar(v)));
            }
            default -> {
                char shown = ch >= 31 && ch <= 126 ? (char) ch : '?';
                throw Errors.valueError("unsupported format character '" + shown + "' (0x"
                        + Integer.toHexString(ch) + ") at index " + (pos - 1));
            }
        }
    }

    /** %s and %b of bytes: a bytes-like value's bytes or what __bytes__ gives, as latin-1. */
    private static String bytesOf(Object v) {
        byte[] raw = io.fora.vm.runtime.BytesOps.bufferOrNull(v);
        if (raw != null) return new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (has(v, "__bytes__")) {
            Object b = Ops.callSpecial(v, "__bytes__");
            if (b instanceof io.fora.vm.runtime.PyBytes pb && !pb.isMutable()) return pb.latin1();
            throw Errors.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(b) + ")");
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '" + Ops.typeName(v) + "'");
    }

    /** %c of bytes: an int in range(256) or a single byte. */
    private static int byteChar(Object v) {
        if (v instanceof io.fora.vm.runtime.PyBytes b && b.size() == 1) return b.at(0);
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (Ints.isInt(v)) {
            BigInteger n = Ints.big(v);
            if (n.signum() >= 0 && n.compareTo(BigInteger.valueOf(255)) <= 0) return n.intValue();
            throw Errors.of(io.fora.vm.runtime.Types.OVERFLOW_ERROR, "%c arg not in range(256)");
        }
        throw Errors.typeError("%c requires an integer in range(256) or a single byte");
    }

    /** PyObject_ASCII: the repr with non-ASCII characters backslash-escaped. */
    static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 0x80) sb.append((char) c);
            else if (c < 0x100) sb.append(String.format("\\x%02x", c));
            else if (c < 0x10000) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.toString();
    }

    private static double asDouble(Object v) {
        if (v instanceof Double d) return d;
        if (Ints.isInt(v)) return Ints.toDouble(v);
        return Ops.toDouble(v); // __float__, then __index__ (a Decimal, a Fraction), as PyFloat_AsDouble
    }

    /** True when v's class defines the special method (an instance of a user or library class). */
    private static boolean has(Object v, String special) {
        return v instanceof io.fora.vm.runtime.PyInstance i && i.cls().lookup(special) != null;
    }

    private static int formatChar(Object v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) return s.codePointAt(0);
            throw Errors.typeError("%c requires int or char");
        }
        if (!Ints.isInt(v)) throw Errors.typeError("%c requires int or char");
        BigInteger b = Ints.big(v);
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw Errors.overflow("%c arg not in range(0x110000)");
        }
        return b.intValue();
    }

    private String formatLong(Object v) {
        BigInteger b;
        if (Ints.isInt(v)) {
            b = Ints.big(v);
        } else if (v instanceof Double d) {
            if (ch == 'o' || ch == 'x' || ch == 'X') {
                throw Errors.typeError("%" + (char) ch + " format: an integer is required, not float");
            }
            b = Ints.big(Floats.toInt(d));
        } else {
            // as CPython: %o %x %X take what has __index__; %d %i %u what int() takes of a number
            // (__int__, then __index__); anything else is the wrong type
            boolean integral = ch == 'o' || ch == 'x' || ch == 'X';
            Object n = null;
            if (integral ? has(v, "__index__") : has(v, "__int__") || has(v, "__index__")) {
                io.fora.vm.runtime.PyInstance i = (io.fora.vm.runtime.PyInstance) v;
                String special = !integral && has(v, "__int__") ? "__int__" : "__index__";
                n = Ops.callSpecial(i, special);
                if (!Ints.isInt(n)) n = null; // a TypeError in CPython's conversion, reported as the wrong type
            }
            if (n == null) {
                throw Errors.typeError("%" + (char) ch + " format: " + (integral ? "an integer" : "a real number")
                        + " is required, not " + Ops.typeName(v));
            }
            b = Ints.big(n);
        }
        int radix = ch == 'o' ? 8 : ch == 'x' || ch == 'X' ? 16 : 10;
        String digits = radix == 10 ? io.fora.vm.runtime.Repr.bigToString(b.abs()) : b.abs().toString(radix);
        StringBuilder sb = new StringBuilder();
        if (b.signum() < 0) sb.append('-');
        if ((flags & F_ALT) != 0 && radix != 10) sb.append('0').append(ch == 'o' ? 'o' : 'x');
        for (int i = digits.length(); i < prec; i++) sb.append('0');
        sb.append(digits);
        String s = sb.toString();
        return ch == 'X' ? s.toUpperCase() : s;
    }

    private void output(String str) {
        int fill = sign && (flags & F_ZERO) != 0 ? '0' : ' ';
        int[] cps = str.codePoints().toArray();
        int len = cps.length;
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len)
                && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) len = prec;
        int p = 0;
        int signChar = 0;
        if (sign) {
            int c = cps[0];
            if (c == '-' || c == '+') {
                signChar = c;
                len--;
                p++;
            } else if ((flags & F_SIGN) != 0) {
                signChar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signChar = ' ';
            }
        }
        long w = Math.max(width, len);
        if (w > Integer.MAX_VALUE - 64) throw Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR);
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (signChar != 0) {
            if (fill != ' ') out.appendCodePoint(signChar);
            if (w > len) w--;
        }
        if (prefix) {
            if (fill != ' ') {
                out.appendCodePoint(cps[p]).appendCodePoint(cps[p + 1]);
                p += 2;
            }
            w -= 2;
            if (w < 0) w = 0;
            len -= 2;
        }
        if (w > len && (flags & F_LJUST) == 0) {
            NumberLayout.pad(out, fill, w - len);
            w = len;
        }
        if (fill == ' ') {
            if (signChar != 0) out.appendCodePoint(signChar);
            if (prefix) {
                out.appendCodePoint(cps[p]).appendCodePoint(cps[p + 1]);
                p += 2;
            }
        }
        for (int i = 0; i < len; i++) out.appendCodePoint(cps[p + i]);
        if (w > len) NumberLayout.pad(out, ' ', w - len);
    }
}
