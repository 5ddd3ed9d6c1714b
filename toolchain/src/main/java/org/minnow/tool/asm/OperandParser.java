package org.minnow.tool.asm;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the operands of an instruction:
 * <pre>
 *   operands = operand ("," operand)*
 *   operand  = register | "(" register ")" | immediate ["(" register ")"]
 *   immediate = "%" modifier "(" expr ")" | expr
 *   modifier = "hi" | "lo" | "pcrel_hi" | "pcrel_lo"
 * </pre>
 * A name that is a register ({@code a0}, {@code x5}) is a register, never a symbol.
 */
final class OperandParser {
    private OperandParser() {}

    /** operands = operand ("," operand)*, up to the end of the statement. */
    static List<Operand> parse(TokenCursor in) {
        List<Operand> out = new ArrayList<>(3);
        if (in.atEnd()) {
            return out;
        }
        out.add(operand(in));
        while (in.accept(",")) {
            out.add(operand(in));
        }
        in.expectEnd();
        return out;
    }

    private static Operand operand(TokenCursor in) {
        Token t = in.peek();
        int register = t.kind() == Token.Kind.IDENT ? Registers.number(t.text()) : -1;
        if (register >= 0 && !isOperator(in.peek(1))) {
            in.next();
            return new Operand.Reg(register, t.column());
        }
        if (t.is("(") && isRegister(in.peek(1)) && in.peek(2).is(")")) {
            in.next();
            int base = Registers.number(in.next().text());
            in.next();
            return new Operand.Mem(null, base, t.column());
        }
        Operand.Imm imm = immediate(in);
        if (in.peek().is("(")) {
            in.next();
            Token reg = in.next();
            if (!isRegister(reg)) {
                throw new AsmError(reg.column(), reg.kind() == Token.Kind.IDENT
                        ? "unknown register '" + reg.text() + "'"
                        : "expected a base register but found " + TokenCursor.describe(reg));
            }
            in.expect(")");
            return new Operand.Mem(imm, Registers.number(reg.text()), imm.column());
        }
        return imm;
    }

    /** immediate = "%" modifier "(" expr ")" | expr */
    private static Operand.Imm immediate(TokenCursor in) {
        Token t = in.peek();
        if (t.is("%") && in.peek(1).kind() == Token.Kind.IDENT) {
            in.next();
            Token name = in.next();
            Operand.Modifier m = modifier(name);
            in.expect("(");
            Expr e = ExpressionParser.parse(in);
            in.expect(")");
            return new Operand.Imm(e, m, t.column());
        }
        return new Operand.Imm(ExpressionParser.parse(in));
    }

    private static Operand.Modifier modifier(Token name) {
        switch (name.text()) {
            case "hi": return Operand.Modifier.HI;
            case "lo": return Operand.Modifier.LO;
            case "pcrel_hi": return Operand.Modifier.PCREL_HI;
            case "pcrel_lo": return Operand.Modifier.PCREL_LO;
            default:
                throw new AsmError(name.column(), "unknown relocation operator '%" + name.text() + "'");
        }
    }

    private static boolean isRegister(Token t) {
        return t.kind() == Token.Kind.IDENT && Registers.number(t.text()) >= 0;
    }

    private static boolean isOperator(Token t) {
        return t.kind() == Token.Kind.PUNCT && !t.is(",") && !t.is(")");
    }
}
