package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only: a Chrome trace read back with {@link JsonReader} and checked for the rules every
 * trace ChromeTrace writes must keep, whatever the run:
 * <ul>
 *   <li>it is JSON: an object with traceEvents, displayTimeUnit "ns" and otherData;</li>
 *   <li>every event has a name, a phase and pid 1; all but metadata have ts and tid;</li>
 *   <li>a thread is named (thread_name) before anything happens on it;</li>
 *   <li>timestamps never go back on a thread, in file order;</li>
 *   <li>on each thread, every B has its E (same name, not earlier), and they nest;</li>
 *   <li>marks (X) have duration 0; a flow's end (f) follows its start (s), never earlier.</li>
 * </ul>
 * Then it answers questions about the trace for the tests.
 */
final class TraceFile {
    /** A slice from B to E on one thread. */
    record Slice(String name, BigDecimal begin, BigDecimal end, Map<String, Object> args) {}

    final Map<String, Object> top;
    final List<Map<String, Object>> events = new ArrayList<>();
    final Map<Integer, String> threadNames = new LinkedHashMap<>();
    final Map<Integer, List<Slice>> slices = new HashMap<>();
    final Map<Long, Map<String, Object>> flowStarts = new LinkedHashMap<>();
    final Map<Long, List<Map<String, Object>>> flowEnds = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    TraceFile(String json) {
        top = (Map<String, Object>) JsonReader.parse(json);
        assertThat(top).containsOnlyKeys("traceEvents", "displayTimeUnit", "otherData");
        assertThat(top.get("displayTimeUnit")).isEqualTo("ns");
        assertThat(top.get("otherData")).isInstanceOf(Map.class);
        for (Object o : (List<Object>) top.get("traceEvents")) {
            events.add((Map<String, Object>) o);
        }
        check();
    }

    @SuppressWarnings("unchecked")
    private void check() {
        Map<Integer, BigDecimal> lastTs = new HashMap<>();
        Map<Integer, List<Map<String, Object>>> open = new HashMap<>();
        for (Map<String, Object> e : events) {
            String ph = (String) e.get("ph");
            assertThat(e.get("name")).as("name of %s", e).isInstanceOf(String.class);
            assertThat(e.get("pid")).as("pid of %s", e).isEqualTo(BigDecimal.ONE);
            if (ph.equals("M")) {
                if (e.get("name").equals("thread_name")) {
                    threadNames.put(tid(e), (String) ((Map<String, Object>) e.get("args")).get("name"));
                }
                continue;
            }
            int tid = tid(e);
            assertThat(threadNames).as("thread %d is named before %s", tid, e).containsKey(tid);
            BigDecimal ts = (BigDecimal) e.get("ts");
            assertThat(ts).as("ts of %s", e).isNotNull();
            BigDecimal last = lastTs.getOrDefault(tid, BigDecimal.ZERO);
            assertThat(ts).as("time goes forward on thread %d at %s", tid, e).isGreaterThanOrEqualTo(last);
            lastTs.put(tid, ts);
            List<Map<String, Object>> stack = open.computeIfAbsent(tid, k -> new ArrayList<>());
            switch (ph) {
                case "B":
                    stack.add(e);
                    break;
                case "E": {
                    assertThat(stack).as("an E with no B on thread %d: %s", tid, e).isNotEmpty();
                    Map<String, Object> b = stack.remove(stack.size() - 1);
                    assertThat(e.get("name")).as("E closes the innermost B on thread %d", tid).isEqualTo(b.get("name"));
                    slices.computeIfAbsent(tid, k -> new ArrayList<>()).add(new Slice((String) b.get("name"),
                            (BigDecimal) b.get("ts"), ts, (Map<String, Object>) b.getOrDefault("args", Map.of())));
                    break;
                }
                case "X":
                    assertThat(e.get("dur")).as("marks have no duration").isEqualTo(BigDecimal.ZERO);
                    break;
                case "s": {
                    long id = ((BigDecimal) e.get("id")).longValueExact();
                    assertThat(flowStarts).as("flow %d starts once", id).doesNotContainKey(id);
                    flowStarts.put(id, e);
                    break;
                }
                case "f": {
                    long id = ((BigDecimal) e.get("id")).longValueExact();
                    assertThat(flowStarts).as("flow %d ends after it starts", id).containsKey(id);
                    assertThat(ts).isGreaterThanOrEqualTo((BigDecimal) flowStarts.get(id).get("ts"));
                    assertThat(e.get("bp")).isEqualTo("e");
                    flowEnds.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
                    break;
                }
                case "i":
                    assertThat(e.get("s")).isEqualTo("t");
                    break;
                default:
                    throw new AssertionError("unexpected phase " + ph + " in " + e);
            }
        }
        for (Map.Entry<Integer, List<Map<String, Object>>> o : open.entrySet()) {
            assertThat(o.getValue()).as("every B on thread %d has its E", o.getKey()).isEmpty();
        }
    }

    static int tid(Map<String, Object> e) {
        return ((BigDecimal) e.get("tid")).intValueExact();
    }

    /** The slices on a thread, in the order they ended. */
    List<Slice> slices(int tid) {
        return slices.getOrDefault(tid, List.of());
    }

    List<String> sliceNames(int tid) {
        return slices(tid).stream().map(Slice::name).toList();
    }

    /** The events of one phase whose name starts with {@code prefix}, on any thread. */
    List<Map<String, Object>> named(String ph, String prefix) {
        return events.stream().filter(e -> e.get("ph").equals(ph) && ((String) e.get("name")).startsWith(prefix)).toList();
    }

    /** The events of one phase on one thread, in file order. */
    List<Map<String, Object>> on(int tid, String ph) {
        return events.stream().filter(e -> e.get("ph").equals(ph) && !ph.equals("M") && tid(e) == tid).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> args(Map<String, Object> e) {
        return (Map<String, Object>) e.getOrDefault("args", Map.of());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> otherData() {
        return (Map<String, Object>) top.get("otherData");
    }
}
