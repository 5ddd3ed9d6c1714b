package org.minnow.tool.elf;

/**
 * A relocation: patch the bytes at {@code offset} of its section with {@code symbol + addend}
 * in the way {@code type} (an {@code R_RISCV_*} number) says. {@code symbol} is null for
 * relocations that name no symbol, such as {@code R_RISCV_RELAX}.
 */
public record Relocation(int offset, int type, Symbol symbol, int addend) {
}
