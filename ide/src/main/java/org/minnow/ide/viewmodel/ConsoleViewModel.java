package org.minnow.ide.viewmodel;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.minnow.ide.machine.ConsoleBuffer;
import org.minnow.ide.machine.MachineSnapshot;

/**
 * The console: the UART's output as text (what is new since the last frame is appended) and
 * keyboard input to the UART. Control characters other than newline and tab are not shown.
 */
public final class ConsoleViewModel {
    /** The console keeps at most this many characters. */
    public static final int MAX_CHARS = 100_000;

    private final WorkbenchModel workbench;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final StringBuilder buffer = new StringBuilder();
    private long read;
    private long bootNumber = -1;

    ConsoleViewModel(WorkbenchModel workbench) {
        this.workbench = workbench;
    }

    void update(MachineSnapshot s, ConsoleBuffer console) {
        if (s.bootNumber() != bootNumber) {
            bootNumber = s.bootNumber();
            buffer.setLength(0);
            read = 0;
            text.set("");
        }
        ConsoleBuffer.Chunk chunk = console.read(read);
        String fresh = chunk.text();
        read = chunk.end();
        if (fresh.isEmpty()) {
            return;
        }
        for (int i = 0; i < fresh.length(); i++) {
            char c = fresh.charAt(i);
            if (c == '\b' || c == 0x7f) {
                if (buffer.length() > 0) {
                    buffer.setLength(buffer.length() - 1);
                }
            } else if (c == '\n' || c == '\t' || c >= ' ') {
                buffer.append(c);
            }
        }
        if (buffer.length() > MAX_CHARS) {
            buffer.delete(0, buffer.length() - MAX_CHARS);
        }
        text.set(buffer.toString());
    }

    /** Sends what the user typed to the UART (Enter is a newline, as a terminal sends it). */
    public void type(String keys) {
        workbench.session().type(keys.replace("\r", "\n"));
    }

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
}
