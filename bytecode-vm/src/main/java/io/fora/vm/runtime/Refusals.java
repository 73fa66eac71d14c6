// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Map;

/**
 * What a computation may not do, and why: the builtins that would let it observe or change the
 * world, and the modules Fora does not provide. One table for the two places that say it: the
 * checker's warnings ({@code fora check}) and the errors raised where a program reaches them.
 */
public final class Refusals {
    private Refusals() {}

    /** Refused builtins by name: why each is. */
    public static final Map<String, String> BUILTINS = Map.ofEntries(
            Map.entry("input", "a computation cannot read input"),
            Map.entry("open", "a computation cannot open files (print is its only output)"),
            Map.entry("exec", "code must be known before it runs"),
            Map.entry("eval", "code must be known before it runs"),
            Map.entry("compile", "code must be known before it runs"),
            Map.entry("breakpoint", "a computation cannot stop for a debugger"),
            Map.entry("help", "a computation cannot read input"),
            Map.entry("exit", "a computation cannot stop the process (raise an exception instead)"),
            Map.entry("quit", "a computation cannot stop the process (raise an exception instead)"));

    /** Why importing a module that Fora does not provide fails. */
    public static String module(String name) {
        return switch (name.split("\\.")[0]) {
            case "os", "io", "socket", "subprocess", "shutil", "pathlib", "tempfile", "glob", "select", "signal" ->
                    "a computation cannot reach files, processes or the network";
            case "time", "datetime", "calendar" -> "a computation cannot read the clock";
            case "threading", "multiprocessing", "concurrent" ->
                    "Fora runs its own parallelism (threads are not available)";
            default -> RefusedName.standard(name) ? "Fora does not provide the standard module '" + name.split("\\.")[0] + "' yet"
                    : "no module named '" + name + "' in Fora";
        };
    }
}
