package org.minnow.tool.cc.ast;

import java.util.ArrayList;
import java.util.List;
import org.minnow.tool.cc.lex.Token;
import org.minnow.tool.cc.type.Type;

/**
 * A named object of the program: a local variable, a global variable, or a function. Locals
 * live at an offset from the frame pointer; globals and functions by their assembly name.
 */
public final class Obj {
    /** The name in the source. */
    public final String name;
    /** The name in the assembly (differs for static locals: {@code count.3}). */
    public String asmName;
    public final Token tok;
    public Type type;
    public final boolean isLocal;

    /** For locals: the offset from the frame pointer s0 (negative below it, positive for stack arguments). */
    public int offset;
    /** For locals kept in a register instead of the frame (s1 to s11), its name; null for memory. */
    public String register;
    public int align;

    /** Internal linkage ({@code static} at file scope, or a static local). */
    public boolean isStatic;
    public boolean isDefinition;
    /** A file-scope variable declared without an initializer and without extern (C99 6.9.2). */
    public boolean isTentative;
    public boolean isInline;
    /** The function or variable is used somewhere (a static inline function unused is not emitted). */
    public boolean isReferenced;
    /** A function whose address is taken outside any function (in a global's initializer). */
    public boolean isReferencedFromData;
    /** Attributes: GCC's weak and section("name"). */
    public boolean isWeak;
    /** Declared {@code _Noreturn} or {@code __attribute__((noreturn))}: calls to it do not come back. */
    public boolean isNoreturn;
    /** An anonymous array holding a string literal's characters (goes to .rodata). */
    public boolean isStringLiteral;
    /** The unnamed object of a compound literal (outside functions its bytes may initialize another global). */
    public boolean isCompoundLiteral;
    public String section;

    // ---- global variables ----
    /** The initial bytes (null: zero-filled, goes to .bss). */
    public byte[] initData;
    /** Addresses inside {@link #initData}. */
    public List<Relocation> relocations = new ArrayList<>();

    // ---- functions ----
    public List<Obj> params;
    public List<Obj> locals = new ArrayList<>();
    public Node body;
    public int stackSize;
    /** Functions this one refers to (to decide which static inline functions to emit). */
    public List<Obj> references = new ArrayList<>();
    /** For a function returning a big struct: the local holding the caller's result address. */
    public Obj resultPointer;
    /** For a variadic function: how many argument words the named parameters use. */
    public int namedArgWords;

    public Obj(String name, Token tok, Type type, boolean isLocal) {
        this.name = name;
        this.asmName = name;
        this.tok = tok;
        this.type = type;
        this.isLocal = isLocal;
        this.align = type.align();
    }

    public boolean isFunction() {
        return type.isFunction();
    }

    /** A pointer-sized word of {@link #initData} at {@code offset} holds the address of {@code label} + {@code addend}. */
    public record Relocation(int offset, String label, long addend) {}
}
