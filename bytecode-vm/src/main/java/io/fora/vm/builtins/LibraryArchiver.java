// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

/**
 * Run when Fora is built (the bytecode-vm module's process-classes phase): compiles each library
 * module written in Python and writes its code next to its source as NAME.fcode (see
 * {@link io.fora.vm.compile.CodeArchive}), so that an import reads code instead of compiling.
 */
public final class LibraryArchiver {
    private LibraryArchiver() {}

    /** args[0]: the classes directory (the archives go to its io/fora/vm/lib). */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) throw new IllegalArgumentException("usage: LibraryArchiver CLASSES_DIR");
        long t0 = System.nanoTime();
        int n = SourceModules.archive(java.nio.file.Path.of(args[0], "io", "fora", "vm", "lib"));
        System.out.printf("fora: compiled %d library modules into archives (%.1f s)%n", n, (System.nanoTime() - t0) / 1e9);
    }
}
