package org.minnow.ide.panels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.minnow.ide.viewmodel.ProgramBuilder;

/**
 * The editor's styles: C or assembly tokens (keywords, comments, strings, numbers, directives,
 * registers) and, over them, the compile errors, underlined from their line and column to the
 * end of the word there.
 */
final class SyntaxStyles {
    private static final Pattern C = Pattern.compile(
        "(?<comment>//[^\\n]*|/\\*(.|\\R)*?\\*/)|(?<string>\"([^\"\\\\\\n]|\\\\.)*\"|'([^'\\\\\\n]|\\\\.)*')"
        + "|(?<directive>^\\s*#[a-z]+)|(?<keyword>\\b(auto|break|case|char|const|continue|default|do|double|else|enum|extern"
        + "|float|for|goto|if|int|long|register|return|short|signed|sizeof|static|struct|switch|typedef|union|unsigned"
        + "|void|volatile|while|_Bool)\\b)|(?<number>\\b(0[xX][0-9a-fA-F]+|\\d+)[uUlL]*\\b)", Pattern.MULTILINE);
    private static final Pattern ASM = Pattern.compile(
        "(?<comment>#[^\\n]*)|(?<string>\"([^\"\\\\\\n]|\\\\.)*\")|(?<directive>\\.[a-z_]+\\b)"
        + "|(?<keyword>^\\s*[a-z][a-z0-9.]*(?=\\s|$))|(?<register>\\b(zero|ra|sp|gp|tp|fp|[tsa]\\d+|x\\d+)\\b)"
        + "|(?<number>-?\\b(0[xX][0-9a-fA-F]+|\\d+)\\b)", Pattern.MULTILINE);
    private static final String[] GROUPS = {"comment", "string", "directive", "keyword", "register", "number"};

    private SyntaxStyles() {}

    /** The style of every character of {@code text}, with {@code problems} underlined. */
    static StyleSpans<Collection<String>> compute(String text, boolean c, List<ProgramBuilder.Problem> problems) {
        List<List<String>> styles = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            styles.add(new ArrayList<>(1));
        }
        Matcher m = (c ? C : ASM).matcher(text);
        while (m.find()) {
            for (String group : GROUPS) {
                if ((c && group.equals("register")) || m.start(group) < 0) {
                    continue;
                }
                for (int i = m.start(group); i < m.end(group); i++) {
                    styles.get(i).add(group);
                }
                break;
            }
        }
        for (ProgramBuilder.Problem p : problems) {
            int[] range = range(text, p.line(), p.column());
            for (int i = range[0]; i < range[1]; i++) {
                styles.get(i).add(p.error() ? "error" : "warning");
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (text.isEmpty()) {
            b.add(List.of(), 0);
            return b.create();
        }
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !styles.get(i).equals(styles.get(start))) {
                b.add(styles.get(start), i - start);
                start = i;
            }
        }
        return b.create();
    }

    /**
     * The characters a problem at (line, column) underlines: the word there, or one character;
     * at the end of a line, the last character before it. Empty if the line is not in the text.
     */
    static int[] range(String text, int line, int column) {
        if (line <= 0) {
            return new int[] {0, 0};
        }
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return new int[] {0, 0};
            }
        }
        int lineEnd = text.indexOf('\n', offset);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.min(offset + Math.max(column, 1) - 1, lineEnd);
        if (from == lineEnd) {
            return from > offset ? new int[] {from - 1, from} : new int[] {from, from};
        }
        int to = from + 1;
        while (to < lineEnd && Character.isJavaIdentifierPart(text.charAt(to)) && Character.isJavaIdentifierPart(text.charAt(from))) {
            to++;
        }
        return new int[] {from, to};
    }
}
