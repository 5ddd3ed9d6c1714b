package org.minnow.tool.cc.ast;

import java.util.List;

/**
 * A parsed translation unit: its functions and global variables (string literals included), in
 * source order, and the texts of {@code asm("...")} written outside functions.
 */
public record Program(List<Obj> globals, List<String> toplevelAsm) {}
