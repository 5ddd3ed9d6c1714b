package org.minnow.hw.dev;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.minnow.hw.bus.Stateful;

/** Saves a part's state to bytes and restores it from bytes, for snapshot round trips. */
final class Snapshots {
    private Snapshots() {
    }

    static byte[] save(Stateful part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            part.saveState(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Restores {@code part} and checks that it read exactly what was saved. */
    static void restore(Stateful part, byte[] state) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(state));
        part.restoreState(in);
        if (in.available() != 0) {
            throw new AssertionError(in.available() + " bytes of the snapshot were left unread");
        }
    }
}
