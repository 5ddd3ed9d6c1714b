package org.minnow.hw.machine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.minnow.hw.bus.Stateful;

/**
 * Whole-machine snapshots: every part's state, in a fixed order, behind a header that names the
 * configuration, so a snapshot is only ever restored into a machine built the same way. The
 * decoded-instruction cache and the translation cache are not saved: they are rebuilt from RAM
 * and the CSRs, so a restored machine continues exactly as the saved one would have.
 */
final class Snapshots {
    private static final String MAGIC = "minnow-snapshot-1";

    private Snapshots() {}

    static byte[] save(String configKey, List<Stateful> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeUTF(configKey);
            for (Stateful part : parts) {
                part.saveState(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing a snapshot to memory failed", e);
        }
        return bytes.toByteArray();
    }

    static void restore(byte[] snapshot, String configKey, List<Stateful> parts) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot));
        String magic;
        try {
            magic = in.readUTF();
        } catch (IOException e) {
            throw new IOException("not a Minnow snapshot (too short)", e);
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a Minnow snapshot (it starts with '" + abbreviate(magic) + "')");
        }
        String key = in.readUTF();
        if (!key.equals(configKey)) {
            throw new IOException("snapshot was taken on a machine configured as [" + key
                    + "], this one is [" + configKey + "]");
        }
        for (Stateful part : parts) {
            part.restoreState(in);
        }
        if (in.read() != -1) {
            throw new IOException("snapshot has bytes left over after the last part: it does not match this machine");
        }
    }

    /** A SHA-256 of the state, in hex: two machines in the same state have the same hash. */
    static String hash(byte[] snapshot) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }
}
