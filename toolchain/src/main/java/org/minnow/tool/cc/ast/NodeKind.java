package org.minnow.tool.cc.ast;

/** The kinds of node in the syntax tree: expressions first, then statements. */
public enum NodeKind {
    // ---- expressions ----
    /** An integer constant ({@code value}). */
    NUM,
    /** A variable or function ({@code var}). */
    VAR,
    ADD, SUB, MUL, DIV, MOD, BITAND, BITOR, BITXOR, SHL, SHR,
    /** Comparisons; {@code a > b} is parsed as {@code b < a}. */
    EQ, NE, LT, LE,
    /** {@code lhs = rhs}. */
    ASSIGN,
    /** {@code cond ? then : els}. */
    COND,
    /** {@code lhs, rhs}. */
    COMMA,
    /** {@code lhs.member} ({@code ->} is parsed as {@code (*p).member}). */
    MEMBER,
    /** {@code &lhs}. */
    ADDR,
    /** {@code *lhs}. */
    DEREF,
    NOT, BITNOT, NEG, LOGAND, LOGOR,
    /** A conversion of {@code lhs} to {@code type}, written or implied. */
    CAST,
    /** A call: {@code lhs} is the function (or pointer), {@code args} the arguments. */
    FUNCALL,
    /** GCC's statement expression {@code ({ ...; value; })}: {@code body}. */
    STMT_EXPR,
    /** Sets a local variable's bytes to zero before a partial initializer ({@code var}). */
    MEMZERO,
    /** {@code __builtin_va_start(ap, last)}: {@code lhs} is ap. */
    VA_START,
    /** {@code __builtin_va_arg(ap, T)}: {@code lhs} is ap; the node's type is T. */
    VA_ARG,
    /** A placeholder that does nothing and yields nothing. */
    NULL_EXPR,

    // ---- statements ----
    RETURN, IF, FOR, DO, SWITCH, CASE, BLOCK, GOTO, LABEL,
    /** An expression evaluated for its effect. */
    EXPR_STMT,
    /** GCC's {@code asm("...")}. */
    ASM
}
