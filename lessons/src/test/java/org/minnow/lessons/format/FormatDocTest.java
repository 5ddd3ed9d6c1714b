package org.minnow.lessons.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * FORMAT.md keeps its promises: every check and do block in it is a valid lesson, and every kind
 * of check and action has an example there.
 */
class FormatDocTest {
    @Test
    void everyExampleIsValidAndEveryKindHasOne() throws IOException {
        String doc = Files.readString(Path.of("FORMAT.md"));
        Matcher m = Pattern.compile("(?m)^```(check|do)\\n(.*?)^```$", Pattern.DOTALL).matcher(doc);
        StringBuilder lesson = new StringBuilder("---\ntitle: T\nsummary: S\ntime: 1\n---\n");
        int blocks = 0;
        while (m.find()) {
            lesson.append("## Example ").append(++blocks).append("\n```").append(m.group(1)).append('\n')
                    .append(m.group(2)).append("```\n");
        }
        LessonParser.Parsed p = LessonParser.parse("FORMAT.md", lesson.toString());

        assertThat(p.errors()).isEmpty();
        List<String> checkKinds = new ArrayList<>();
        List<String> actionKinds = new ArrayList<>();
        for (Step s : p.steps()) {
            s.checks().forEach(d -> checkKinds.add(d.kind()));
            s.actions().forEach(d -> actionKinds.add(d.kind()));
        }
        assertThat(checkKinds).containsAll(Schemas.CHECKS.keySet());
        assertThat(actionKinds).containsAll(Schemas.ACTIONS.keySet());
        assertThat(blocks).isGreaterThan(Schemas.CHECKS.size());
    }
}
