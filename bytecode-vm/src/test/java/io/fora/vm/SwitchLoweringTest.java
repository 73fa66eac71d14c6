// SPDX-License-Identifier: Apache-2.0
package io.fora.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Switches lowered by {@link SwitchLowering} choose the same case as the {@code invokedynamic}
 * they replace, and the build lowered every one it could in the VM's classes.
 */
class SwitchLoweringTest {
    // public: the lowered copy of Cases is defined by another class loader, in another run-time package
    public sealed interface Shape permits Circle, Square, Rect {}
    public record Circle(double r) implements Shape {}
    public record Square(double side) implements Shape {}
    public record Rect(double w, double h) implements Shape {}

    /** Switches of the kinds the lowering handles (and one on strings alone, which javac compiles without invokedynamic). */
    public static final class Cases {
        public static String shapes(Shape s) {
            return switch (s) {
                case Circle c when c.r() > 10 -> "big circle";
                case Circle c when c.r() < 0 -> "odd circle";
                case Circle c -> "circle";
                case Square q -> "square";
                case Rect(double w, double h) when w == h -> "square rect";
                case Rect r -> "rect";
            };
        }

        public static String objects(Object o) {
            return switch (o) {
                case null -> "null";
                case Integer i when i > 5 -> "big int";
                case Integer i -> "int";
                case CharSequence cs when cs.isEmpty() -> "empty chars";
                case String s -> "string " + s;
                case CharSequence cs -> "chars";
                case int[] a -> "ints " + a.length;
                case Object[] a -> "objects " + a.length;
                default -> "other";
            };
        }

        public static String strings(String s) {
            return switch (s) {
                case "a", "b" -> "a or b";
                case "" -> "empty";
                default -> "other";
            };
        }

        public static String mixed(CharSequence s) {
            return switch (s) {
                case null -> "null";
                case String t when t.length() > 3 -> "long";
                case String t -> "short";
                default -> "chars";
            };
        }

        public static String noNullCase(Object o) {
            return switch (o) {
                case String s -> "s";
                default -> "d";
            };
        }
    }

    private static byte[] bytes(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    private static int lowerableSites(byte[] classFile) {
        int n = 0;
        for (MethodModel m : ClassFile.of().parse(classFile).methods()) {
            if (m.code().isEmpty()) continue;
            for (CodeElement e : m.code().get()) if (e instanceof InvokeDynamicInstruction i && SwitchLowering.lowerable(i)) n++;
        }
        return n;
    }

    @Test
    void loweredSwitchesChooseTheSameCases() throws Exception {
        byte[] original = bytes(Cases.class);
        assertEquals(4, lowerableSites(original), "test classes are not lowered by the build");
        SwitchLowering.Lowered lowered = SwitchLowering.lower(ClassFile.of(), original);
        assertEquals(lowerableSites(original), lowered.switches());
        assertEquals(0, lowerableSites(lowered.bytes()));
        Class<?> copy = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define() { return defineClass(Cases.class.getName(), lowered.bytes(), 0, lowered.bytes().length); }
        }.define();
        List<Object> inputs = new ArrayList<>(List.of(new Circle(11), new Circle(-1), new Circle(1), new Square(2),
                new Rect(2, 2), new Rect(2, 3), 3, 7, "", "a", "b", "abcd", "xyz", new StringBuilder(), new StringBuilder("q"),
                new int[2], new String[3], new Object[0], 2.5, List.of()));
        inputs.add(null);
        int compared = 0;
        for (Method m : Cases.class.getDeclaredMethods()) {
            Method other = copy.getDeclaredMethod(m.getName(), m.getParameterTypes());
            for (Object in : inputs) {
                if (in != null && !m.getParameterTypes()[0].isInstance(in)) continue;
                assertEquals(outcome(m, in), outcome(other, in), m.getName() + "(" + in + ")");
                compared++;
            }
        }
        assertTrue(compared > 40, "compared " + compared);
    }

    /** What a call answers, or the class of what it throws (a null with no null case: NullPointerException). */
    private static String outcome(Method m, Object in) {
        try {
            return String.valueOf(m.invoke(null, in));
        } catch (java.lang.reflect.InvocationTargetException e) {
            return "raised " + e.getCause().getClass().getName();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aClassWithoutTypeSwitchesIsLeftAsItWas() throws IOException {
        byte[] original = bytes(SwitchLoweringTest.class);
        SwitchLowering.Lowered lowered = SwitchLowering.lower(ClassFile.of(), original);
        assertEquals(0, lowered.switches());
        assertTrue(lowered.bytes() == original);
    }

    @Test
    void theBuildLoweredTheVmsSwitches() throws IOException {
        Path classes = Path.of("target/classes/io/fora/vm");
        int files = 0;
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                assertEquals(0, lowerableSites(Files.readAllBytes(p)), p + " still links a type switch at run time");
                files++;
            }
        }
        assertTrue(files > 300, "classes found: " + files);
    }
}
