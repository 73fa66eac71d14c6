// SPDX-License-Identifier: Apache-2.0
package io.fora.vm;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.InvokeDynamicInstruction;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DirectMethodHandleDesc;
import java.lang.constant.MethodTypeDesc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Run at build time over the VM's compiled classes: each pattern-matching {@code switch} on types
 * becomes a call of a private static method of its own class that tests the cases in order with
 * {@code instanceof}, instead of an {@code invokedynamic} that {@code SwitchBootstraps.typeSwitch}
 * links at its first use.
 *
 * <p>Why: linking one such switch spins a hidden class and method handles at run time, which the
 * JVM's AOT cache does not keep: 0.3-0.5 ms each, and 4 ms for the first, every run. A short
 * {@code fora run} meets 15-25 of them (the parser, the checker, the compiler, the runtime's
 * operators) before its program starts. The source keeps its exhaustive switches; only their
 * linkage changes, to what javac emits for a chain of {@code instanceof} tests.
 *
 * <p>What {@code typeSwitch(target, restart)} answers, and so what the method answers: -1 for a
 * null target; otherwise the index of the first label at or after {@code restart} that the target
 * matches (a guard that fails calls again from the next label); the number of labels when none
 * does. Only switches whose labels are all classes (array types too) or strings are lowered;
 * others (enum constants, boxed numbers) keep their {@code invokedynamic}.
 */
public final class SwitchLowering {
    private static final ClassDesc SWITCH_BOOTSTRAPS = ClassDesc.of("java.lang.runtime.SwitchBootstraps");

    private SwitchLowering() {}

    /** {@code SwitchLowering DIR}: rewrites the class files under DIR in place; prints how many switches changed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: SwitchLowering CLASSES_DIR");
        Path root = Path.of(args[0]);
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
                ClassHierarchyResolver.defaultResolver().orElse(
                        ClassHierarchyResolver.ofResourceParsing(Thread.currentThread().getContextClassLoader())).cached()));
        int switches = 0, classes = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            byte[] in = Files.readAllBytes(file);
            Lowered out = lower(cf, in);
            if (out.switches() > 0) {
                Files.write(file, out.bytes());
                switches += out.switches();
                classes++;
            }
        }
        System.out.println("fora: lowered " + switches + " type switches in " + classes + " classes");
    }

    /** A class file after lowering, and how many switch sites it had. */
    public record Lowered(byte[] bytes, int switches) {}

    /** Lowers the type switches of one class file; the same bytes back when it has none. */
    public static Lowered lower(ClassFile cf, byte[] classFile) {
        ClassModel cm = cf.parse(classFile);
        // one method per distinct (type, labels); named in order of first appearance
        Map<String, Site> sites = new LinkedHashMap<>();
        int[] count = {0};
        for (MethodModel m : cm.methods()) {
            m.code().ifPresent(code -> {
                for (CodeElement e : code) {
                    if (e instanceof InvokeDynamicInstruction indy && lowerable(indy)) {
                        count[0]++;
                        sites.computeIfAbsent(key(indy), k -> new Site("$typeSwitch$" + sites.size(),
                                indy.typeSymbol(), List.copyOf(indy.bootstrapArgs())));
                    }
                }
            });
        }
        if (sites.isEmpty()) return new Lowered(classFile, 0);
        ClassDesc self = cm.thisClass().asSymbol();
        boolean isInterface = cm.flags().has(java.lang.reflect.AccessFlag.INTERFACE);
        ClassTransform calls = ClassTransform.transformingMethodBodies((cob, e) -> {
            if (e instanceof InvokeDynamicInstruction indy && lowerable(indy)) {
                Site s = sites.get(key(indy));
                cob.invokestatic(self, s.name(), s.type(), isInterface);
            } else {
                cob.with(e);
            }
        });
        ClassTransform methods = ClassTransform.endHandler(clb -> {
            for (Site s : sites.values()) {
                clb.withMethodBody(s.name(), s.type(),
                        ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC | ClassFile.ACC_SYNTHETIC, cob -> body(cob, s.labels()));
            }
        });
        return new Lowered(cf.transformClass(cm, calls.andThen(methods)), count[0]);
    }

    private record Site(String name, MethodTypeDesc type, List<ConstantDesc> labels) {}

    private static String key(InvokeDynamicInstruction indy) {
        return indy.typeSymbol().descriptorString() + indy.bootstrapArgs();
    }

    /** A typeSwitch call site whose labels are all classes (arrays too) or strings, on a reference target. */
    static boolean lowerable(InvokeDynamicInstruction indy) {
        DirectMethodHandleDesc bsm = indy.bootstrapMethod();
        if (!bsm.owner().equals(SWITCH_BOOTSTRAPS) || !bsm.methodName().equals("typeSwitch")) return false;
        MethodTypeDesc t = indy.typeSymbol();
        if (t.parameterCount() != 2 || !t.parameterType(0).isClassOrInterface()
                || !t.parameterType(1).equals(ConstantDescs.CD_int) || !t.returnType().equals(ConstantDescs.CD_int)) {
            return false;
        }
        for (ConstantDesc label : indy.bootstrapArgs()) {
            if (!(label instanceof ClassDesc c && !c.isPrimitive() || label instanceof String)) return false;
        }
        return true;
    }

    /** {@code if (target == null) return -1; if (restart <= i && matches(target, label[i])) return i; ... return n;} */
    private static void body(CodeBuilder cob, List<ConstantDesc> labels) {
        Label notNull = cob.newLabel();
        cob.aload(0).ifnonnull(notNull).iconst_m1().ireturn().labelBinding(notNull);
        for (int i = 0; i < labels.size(); i++) {
            Label next = cob.newLabel();
            cob.iload(1).loadConstant(i).if_icmpgt(next);
            if (labels.get(i) instanceof ClassDesc c) {
                cob.aload(0).instanceOf(c).ifeq(next);
            } else {
                // a string label: matches an equal String
                cob.loadConstant(labels.get(i)).aload(0)
                        .invokevirtual(ConstantDescs.CD_String, "equals", MethodTypeDesc.of(ConstantDescs.CD_boolean, ConstantDescs.CD_Object))
                        .ifeq(next);
            }
            cob.loadConstant(i).ireturn().labelBinding(next);
        }
        cob.loadConstant(labels.size()).ireturn();
    }
}
