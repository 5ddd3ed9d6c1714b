package org.minnow.hw.timing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** TIMING.md documents every cost of both profiles: the table there must match the code. */
class TimingDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| (\\d+) \\| (\\d+) \\| (.+) \\|$");

    @Test
    void theCostTableInTimingMdMatchesBothProfiles() throws IOException, ReflectiveOperationException {
        Map<String, int[]> documented = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("TIMING.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                assertThat(m.group(4).strip()).as("source of " + m.group(1)).isNotEmpty();
                documented.put(m.group(1), new int[] {Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
            }
        }
        RecordComponent[] fields = CostTable.class.getRecordComponents();
        assertThat(documented.keySet()).containsExactlyElementsOf(
                Arrays.stream(fields).map(RecordComponent::getName).toList());
        CostTable i486 = Profile.i486().costs();
        CostTable modern = Profile.modern().costs();
        for (RecordComponent field : fields) {
            int[] values = documented.get(field.getName());
            assertThat(field.getAccessor().invoke(i486)).as("i486 " + field.getName()).isEqualTo(values[0]);
            assertThat(field.getAccessor().invoke(modern)).as("modern " + field.getName()).isEqualTo(values[1]);
        }
    }
}
