// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import io.fora.vm.compile.CodeArchive;
import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.PyTuple;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The archives of the library modules' compiled code, made when Fora is built: code read back is
 * the code compiled (same content hash, same sharing), an archive made from other source or
 * damaged is refused (the module is compiled from its source instead), and the archives on the
 * class path are those of today's sources.
 */
class CodeArchiveTest {
    private static final String LIB = "/io/fora/vm/lib/";

    private static List<String> modules() throws Exception {
        List<String> names = new ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(CodeArchiveTest.class.getResource(LIB + "abc.py").toURI()).getParent())) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".py")).sorted()
                    .forEach(f -> names.add(f.substring(0, f.length() - 3)));
        }
        assertTrue(names.size() > 50, names.toString());
        return names;
    }

    private static String source(String name) throws Exception {
        try (InputStream in = CodeArchiveTest.class.getResourceAsStream(LIB + name + ".py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long crc(String text) {
        CRC32 c = new CRC32();
        c.update(text.getBytes(StandardCharsets.UTF_8));
        return c.getValue();
    }

    /** Walks a and b side by side: the same shape, and an object shared in a is shared alike in b. */
    private static void sameSharing(Object a, Object b, Map<Object, Object> pairs) {
        if (a == null || a instanceof Long || a instanceof Double || a instanceof Boolean || a instanceof Enum<?>) return;
        Object had = pairs.putIfAbsent(a, b);
        if (had != null) {
            assertSame(had, b, "a shared object became two");
            return;
        }
        if (a instanceof CodeObject ca) {
            CodeObject cb = (CodeObject) b;
            assertEquals(ca.consts.length, cb.consts.length);
            for (int i = 0; i < ca.consts.length; i++) sameSharing(ca.consts[i], cb.consts[i], pairs);
            sameSharing(ca.listVariant, cb.listVariant, pairs);
            sameSharing(ca.drainVariant, cb.drainVariant, pairs);
        } else if (a instanceof PyTuple ta) {
            PyTuple tb = (PyTuple) b;
            for (int i = 0; i < ta.size(); i++) sameSharing(ta.get(i), tb.get(i), pairs);
        }
    }

    @Test
    void everyLibraryModuleReadsBackAsCompiled() throws Exception {
        for (String name : modules()) {
            String text = source(name);
            ForaVm.Program p = ForaVm.compile(name + ".py", text);
            byte[] bytes = CodeArchive.write(crc(text), p.code(), p.boundNames());
            CodeArchive.Module m = CodeArchive.read(bytes, crc(text));
            assertNotNull(m, name);
            assertEquals(CodeHashes.of(p.code()), CodeHashes.of(m.code()), name);
            assertEquals(List.copyOf(p.boundNames()), List.copyOf(m.boundNames()), name);
            Map<Object, Object> pairs = new IdentityHashMap<>();
            sameSharing(p.code(), m.code(), pairs);
            // and the other way round: no two objects became one
            assertEquals(pairs.size(), distinct(pairs.values()), name);
        }
    }

    private static int distinct(java.util.Collection<Object> objects) {
        java.util.Set<Object> s = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(objects);
        return s.size();
    }

    @Test
    void theArchivesOnTheClassPathAreTodays() throws Exception {
        for (String name : modules()) {
            String text = source(name);
            byte[] archived;
            try (InputStream in = CodeArchiveTest.class.getResourceAsStream(LIB + name + ".fcode")) {
                assertNotNull(in, name + ".fcode is not on the class path: the build makes it (bytecode-vm's process-classes)");
                archived = in.readAllBytes();
            }
            CodeArchive.Module m = CodeArchive.read(archived, crc(text));
            assertNotNull(m, name + ".fcode was made from other source");
            assertEquals(CodeHashes.of(ForaVm.compile(name + ".py", text).code()), CodeHashes.of(m.code()), name);
        }
    }

    @Test
    void otherSourceOtherFormatsAndDamageAreRefused() throws Exception {
        String text = source("heapq");
        ForaVm.Program p = ForaVm.compile("heapq.py", text);
        byte[] bytes = CodeArchive.write(crc(text), p.code(), p.boundNames());
        assertNull(CodeArchive.read(bytes, crc(text) + 1), "made from other source");
        byte[] format = bytes.clone();
        format[7]++;
        assertNull(CodeArchive.read(format, crc(text)), "another format");
        assertNull(CodeArchive.read(new byte[0], crc(text)));
        for (int n = 0; n < bytes.length; n += 1 + n / 8) {
            assertNull(CodeArchive.read(java.util.Arrays.copyOf(bytes, n), crc(text)), "cut at " + n);
        }
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        assertNull(CodeArchive.read(longer, crc(text)), "bytes after the code");
        // damaged anywhere: refused or read, never an exception
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] d = bytes.clone();
            for (int k = 1 + r.nextInt(3); k > 0; k--) d[16 + r.nextInt(d.length - 16)] ^= (byte) (1 + r.nextInt(255));
            CodeArchive.read(d, crc(text));
        }
        byte[] junk = new byte[4096];
        for (int i = 0; i < 200; i++) {
            r.nextBytes(junk);
            assertNull(CodeArchive.read(junk, crc(text)));
        }
    }

    @Test
    void aConstantOfAnUnknownKindIsNotArchived() {
        CodeObject c = new CodeObject();
        c.consts = new Object[] {new java.util.ArrayList<>()};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodeArchive.write(0, c, java.util.Set.of()));
        assertTrue(e.getMessage().contains("java.util.ArrayList"), e.getMessage());
    }
}
