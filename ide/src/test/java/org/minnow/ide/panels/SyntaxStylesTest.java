package org.minnow.ide.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;
import org.minnow.ide.viewmodel.ProgramBuilder;

/** Highlighting and the placement of error underlines. */
class SyntaxStylesTest {
    private static List<Collection<String>> perChar(String text, boolean c, List<ProgramBuilder.Problem> problems) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : SyntaxStyles.compute(text, c, problems)) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    @Test
    void anErrorUnderlinesTheWordAtItsLineAndColumn() {
        String text = "int a;\nint b = c + 1;\n";
        assertThat(SyntaxStyles.range(text, 2, 9)).containsExactly(15, 16);
        assertThat(SyntaxStyles.range(text, 2, 1)).containsExactly(7, 10);
        List<Collection<String>> s = perChar(text, true, List.of(new ProgramBuilder.Problem(true, 2, 9, "undeclared 'c'")));
        assertThat(s.get(15)).contains("error");
        assertThat(s.get(14)).doesNotContain("error");
    }

    @Test
    void anErrorAtTheEndOfALineUnderlinesItsLastCharacterAndOneOutsideTheTextNothing() {
        String text = "x = 1\ny";
        assertThat(SyntaxStyles.range(text, 1, 6)).containsExactly(4, 5);
        assertThat(SyntaxStyles.range(text, 9, 1)).containsExactly(0, 0);
        assertThat(SyntaxStyles.range(text, 0, 0)).containsExactly(0, 0);
    }

    @Test
    void cAndAssemblyTokensGetTheirStyles() {
        List<Collection<String>> c = perChar("int x; // note\n", true, List.of());
        assertThat(c.get(0)).containsExactly("keyword");
        assertThat(c.get(9)).containsExactly("comment");
        List<Collection<String>> asm = perChar("        li a0, 42 # answer\n", false, List.of());
        assertThat(asm.get(8)).containsExactly("keyword");
        assertThat(asm.get(11)).containsExactly("register");
        assertThat(asm.get(15)).containsExactly("number");
        assertThat(asm.get(18)).containsExactly("comment");
    }
}
