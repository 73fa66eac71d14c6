// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import io.fora.encoding.FrozenSet;
import io.fora.encoding.Opaque;
import io.fora.encoding.RemoteRef;
import io.fora.encoding.Tuple;
import io.fora.errors.ForaToPythonConversionError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a downloaded Python value into the Java type a caller asks for, refusing rather than
 * losing information: an int that does not fit an {@code int} or a {@code long}, or an int a
 * {@code double} cannot hold exactly, fails with {@link ForaToPythonConversionError}.
 *
 * <table>
 * <caption>What each requested type accepts</caption>
 * <tr><th>Requested</th><th>Accepts</th></tr>
 * <tr><td>{@code long}, {@code Long}</td><td>an int in the long range</td></tr>
 * <tr><td>{@code int}, {@code Integer}</td><td>an int in the int range</td></tr>
 * <tr><td>{@code double}, {@code Double}</td><td>a float; an int a double holds exactly</td></tr>
 * <tr><td>{@code BigInteger}</td><td>any int</td></tr>
 * <tr><td>{@code boolean}, {@code Boolean}</td><td>a bool</td></tr>
 * <tr><td>{@code String}</td><td>a str</td></tr>
 * <tr><td>{@code List}</td><td>a list; a tuple (its items)</td></tr>
 * <tr><td>{@code Set}</td><td>a set; a frozenset (its items)</td></tr>
 * <tr><td>{@code Map}, {@code Tuple}, {@code FrozenSet}, {@code Object}, any other class</td><td>an instance of it</td></tr>
 * </table>
 *
 * None becomes {@code null} for a reference type and fails for a primitive one.
 */
public final class Conversions {
    private Conversions() {}

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** {@code value} as a {@code type}; a primitive class gives its box ({@code long.class} a {@code Long}). */
    public static <T> T to(Object value, Class<T> type) {
        Objects.requireNonNull(type, "type");
        Object converted = convert(value, box(type), type);
        // A primitive class's T is its box, which is what convert returns.
        @SuppressWarnings("unchecked") T t = (T) converted;
        return t;
    }

    private static Object convert(Object value, Class<?> boxed, Class<?> requested) {
        if (value == null) {
            if (requested.isPrimitive()) throw refuse(value, requested, "None has no " + requested.getName() + " value");
            return null;
        }
        if (boxed == Long.class) return toLong(value, requested);
        if (boxed == Integer.class) {
            long l = toLong(value, requested);
            if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) throw refuse(value, requested, "out of range");
            return (int) l;
        }
        if (boxed == Double.class) return toDouble(value, requested);
        if (boxed == BigInteger.class) {
            if (value instanceof Long l) return BigInteger.valueOf(l);
            if (value instanceof BigInteger b) return b;
            throw refuse(value, requested, null);
        }
        if (boxed.isInstance(value)) return value;
        if (boxed == List.class && value instanceof Tuple t) return t.items();
        if (boxed == Set.class && value instanceof FrozenSet f) return f.items();
        throw refuse(value, requested, null);
    }

    private static long toLong(Object value, Class<?> requested) {
        if (value instanceof Long l) return l;
        if (value instanceof BigInteger b) {
            if (b.compareTo(LONG_MIN) < 0 || b.compareTo(LONG_MAX) > 0) throw refuse(value, requested, "out of range");
            return b.longValue();
        }
        throw refuse(value, requested, null);
    }

    private static double toDouble(Object value, Class<?> requested) {
        if (value instanceof Double d) return d;
        BigInteger exact = switch (value) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> throw refuse(value, requested, null);
        };
        double d = exact.doubleValue();
        if (Double.isInfinite(d) || new BigDecimal(d).toBigIntegerExact().compareTo(exact) != 0) {
            throw refuse(value, requested, "a double cannot hold it exactly");
        }
        return d;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) return type;
        if (type == long.class) return Long.class;
        if (type == int.class) return Integer.class;
        if (type == double.class) return Double.class;
        if (type == boolean.class) return Boolean.class;
        throw new IllegalArgumentException("Python values do not convert to " + type.getName()
                + " (use long, int, double or boolean)");
    }

    private static ForaToPythonConversionError refuse(Object value, Class<?> requested, String why) {
        String what = value == null ? "None" : "a Python " + pythonType(value) + scalar(value);
        return new ForaToPythonConversionError("cannot convert " + what + " to a Java " + requested.getSimpleName()
                + (why == null ? "" : ": " + why));
    }

    private static String scalar(Object value) {
        return switch (value) {
            case Long l -> " (" + l + ")";
            case BigInteger b -> " (" + abbreviate(b.toString()) + ")";
            case Double d -> " (" + d + ")";
            case Boolean b -> b ? " (True)" : " (False)";
            case String s -> " ('" + abbreviate(s) + "')";
            default -> "";
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** The Python type name of a downloaded value, for messages. */
    static String pythonType(Object value) {
        return switch (value) {
            case null -> "NoneType";
            case Boolean _ -> "bool";
            case Long _ -> "int";
            case BigInteger _ -> "int";
            case Double _ -> "float";
            case String _ -> "str";
            case Tuple _ -> "tuple";
            case FrozenSet _ -> "frozenset";
            case List<?> _ -> "list";
            case Set<?> _ -> "set";
            case Map<?, ?> _ -> "dict";
            case Opaque o -> o.type();
            case RemoteObject _ -> "remote object";
            case RemoteRef _ -> "remote object";
            default -> value.getClass().getSimpleName();
        };
    }
}
