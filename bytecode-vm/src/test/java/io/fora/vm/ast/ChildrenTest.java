// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.diag.Diagnostics;
import io.fora.vm.diag.SourceFile;
import io.fora.vm.parse.Parser;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Children} finds every node that the records' own components hold, in the same order. */
class ChildrenTest {
    /** The reference: every record reached through record components, as reflection sees them. */
    private static void reflectiveWalk(Object n, List<Object> out) {
        if (n instanceof List<?> l) {
            for (Object x : l) reflectiveWalk(x, out);
            return;
        }
        if (!(n instanceof Record r) || n instanceof Pos || n instanceof Expr.ComplexLiteral) return;
        out.add(n);
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                reflectiveWalk(c.getAccessor().invoke(r), out);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static Module parse(String name, String text) {
        SourceFile source = new SourceFile(name, text);
        return Parser.parse(source, new Diagnostics(source));
    }

    private static void assertSameWalk(Module m) {
        List<Object> expected = new ArrayList<>();
        reflectiveWalk(m, expected);
        List<Object> actual = new ArrayList<>();
        Children.walk(m, actual::add);
        assertEquals(expected.size(), actual.size(), m.fileName());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i) == actual.get(i), m.fileName() + ": node " + i + " differs: " + expected.get(i) + " / " + actual.get(i));
        }
    }

    @Test
    void everyNodeOfEveryCorpusProgramIsReachedInOrder() throws IOException {
        int programs = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/programs"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                assertSameWalk(parse(p.getFileName().toString(), Files.readString(p)));
                programs++;
            }
        }
        assertTrue(programs > 500, "corpus found: " + programs);
    }

    @Test
    void rareNodesAreReached() {
        String text = """
                def f(a, /, b: int = 1, *args: str, c=2, d, **kw: dict) -> None:
                    global g
                    nonlocal_ok = lambda x=f'{a!r:>{b}}': x
                    async def h():
                        async for x in y:
                            await x
                        async with z as (p, q):
                            pass
                    match a:
                        case [1, *rest] | {"k": 2, **more} if rest:
                            pass
                        case P(1, x=Q(y)) as w:
                            pass
                        case None:
                            pass
                    try:
                        raise E from F
                    except* G as e:
                        del e
                    finally:
                        assert a, b
                    with open(x) as f, g:
                        yield from (i for i in range(3) if i)
                    return {k: v for k, v in d.items()}, {s for s in t}, [*a, *b], a[1:2:3], (x := 3), 3j, ...
                import a.b as c
                from . import d
                """;
        assertSameWalk(parse("rare.py", text));
        SourceFile source = new SourceFile("rare.py", text);
        assertSameWalk(Parser.parseAsWritten(source, new Diagnostics(source))); // with statements as written
    }
}
