package org.minnow.tool.elf;

import java.util.HashMap;
import java.util.Map;

/** An ELF string table: zero-terminated names after a leading zero byte, each stored once. */
public final class StringTable {
    private final ByteSink bytes = new ByteSink();
    private final Map<String, Integer> offsets = new HashMap<>();

    public StringTable() {
        bytes.putByte(0);
        offsets.put("", 0);
    }

    /** Adds a name (if new) and returns its offset. */
    public int add(String name) {
        Integer at = offsets.get(name);
        if (at != null) {
            return at;
        }
        int offset = bytes.size();
        bytes.putCString(name);
        offsets.put(name, offset);
        return offset;
    }

    public int offsetOf(String name) {
        return offsets.get(name);
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }
}
