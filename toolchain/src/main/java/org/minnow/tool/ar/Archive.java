package org.minnow.tool.ar;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minnow.tool.elf.ByteSink;

/**
 * A static library in the common Unix {@code ar} format (System V / GNU variant), as GNU ld
 * and {@code ar t} read it:
 * <pre>
 *   "!&lt;arch&gt;\n"
 *   header "/"   symbol index: count, member offsets, names (numbers big-endian)
 *   header "//"  long member names, each ending in "/\n"
 *   header "name/" or "/offset"  member bytes, padded to an even length with '\n'
 * </pre>
 * Each header is 60 bytes of text: name (16), date (12), uid (6), gid (6), mode (8), size (10)
 * and "`\n". Dates and owners are written as zero so that the same inputs give the same archive.
 */
public final class Archive {
    /** One member: its file name, its bytes, and the global symbols it defines (for the index). */
    public record Member(String name, byte[] data, List<String> definedSymbols) {}

    private static final byte[] MAGIC = "!<arch>\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_SIZE = 60;

    private final List<Member> members;
    /** Symbol name to the index of the member that defines it (the first, if several do). */
    private final Map<String, Integer> index;

    public Archive(List<Member> members) {
        this.members = List.copyOf(members);
        this.index = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            for (String s : members.get(i).definedSymbols()) {
                index.putIfAbsent(s, i);
            }
        }
    }

    public List<Member> members() {
        return members;
    }

    /** The member that defines {@code symbol} according to the index, or null. */
    public Member definer(String symbol) {
        Integer i = index.get(symbol);
        return i == null ? null : members.get(i);
    }

    /** The archive file's bytes. */
    public byte[] toBytes() {
        ByteSink longNames = new ByteSink();
        List<String> headerNames = new ArrayList<>();
        for (Member m : members) {
            String base = baseName(m.name());
            if (base.length() < 16) {
                headerNames.add(base + "/");
            } else {
                headerNames.add("/" + longNames.size());
                for (char c : base.toCharArray()) {
                    longNames.putByte(c);
                }
                longNames.putByte('/').putByte('\n');
            }
        }
        List<String> symbols = new ArrayList<>();
        List<Integer> symbolMembers = new ArrayList<>();
        int nameBytes = 0;
        for (int i = 0; i < members.size(); i++) {
            for (String s : members.get(i).definedSymbols()) {
                symbols.add(s);
                symbolMembers.add(i);
                nameBytes += s.getBytes(StandardCharsets.ISO_8859_1).length + 1;
            }
        }
        int indexSize = 4 + 4 * symbols.size() + nameBytes;
        int offset = MAGIC.length;
        if (!symbols.isEmpty()) {
            offset += HEADER_SIZE + even(indexSize);
        }
        if (longNames.size() > 0) {
            offset += HEADER_SIZE + even(longNames.size());
        }
        int[] memberOffsets = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            memberOffsets[i] = offset;
            offset += HEADER_SIZE + even(members.get(i).data().length);
        }

        ByteSink out = new ByteSink();
        out.putBytes(MAGIC);
        if (!symbols.isEmpty()) {
            header(out, "/", indexSize);
            putBigEndian(out, symbols.size());
            for (int m : symbolMembers) {
                putBigEndian(out, memberOffsets[m]);
            }
            for (String s : symbols) {
                out.putCString(s);
            }
            pad(out);
        }
        if (longNames.size() > 0) {
            header(out, "//", longNames.size());
            out.putBytes(longNames.toByteArray());
            pad(out);
        }
        for (int i = 0; i < members.size(); i++) {
            header(out, headerNames.get(i), members.get(i).data().length);
            out.putBytes(members.get(i).data());
            pad(out);
        }
        return out.toByteArray();
    }

    private static String baseName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static int even(int n) {
        return n + (n & 1);
    }

    private static void pad(ByteSink out) {
        if ((out.size() & 1) != 0) {
            out.putByte('\n');
        }
    }

    private static void header(ByteSink out, String name, int size) {
        field(out, name, 16);
        field(out, "0", 12);
        field(out, "0", 6);
        field(out, "0", 6);
        field(out, "644", 8);
        field(out, Integer.toString(size), 10);
        out.putByte('`').putByte('\n');
    }

    private static void field(ByteSink out, String text, int width) {
        for (int i = 0; i < width; i++) {
            out.putByte(i < text.length() ? text.charAt(i) : ' ');
        }
    }

    private static void putBigEndian(ByteSink out, int v) {
        out.putByte(v >>> 24).putByte(v >>> 16).putByte(v >>> 8).putByte(v);
    }

    /**
     * Reads an archive: its members (long names resolved) and its symbol index. Throws
     * {@link IllegalArgumentException} with a message naming the problem if the bytes are not a
     * well-formed archive.
     */
    public static Archive parse(byte[] bytes, String fileName) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes.length < MAGIC.length || bytes[i] != MAGIC[i]) {
                throw new IllegalArgumentException(fileName + ": not an archive (no !<arch> header)");
            }
        }
        List<String> names = new ArrayList<>();
        List<byte[]> datas = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        Map<Integer, List<String>> symbolsAt = new LinkedHashMap<>();
        String longNames = "";
        int at = MAGIC.length;
        while (at + HEADER_SIZE <= bytes.length) {
            String header = new String(bytes, at, HEADER_SIZE, StandardCharsets.ISO_8859_1);
            if (!header.endsWith("`\n")) {
                throw new IllegalArgumentException(fileName + ": bad member header at offset " + at);
            }
            String name = header.substring(0, 16).trim();
            int size;
            try {
                size = Integer.parseInt(header.substring(48, 58).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(fileName + ": bad member size at offset " + at);
            }
            int start = at + HEADER_SIZE;
            if (size < 0 || start + size > bytes.length) {
                throw new IllegalArgumentException(fileName + ": member at offset " + at + " runs past the end");
            }
            if (name.equals("/")) {
                readIndex(bytes, start, size, symbolsAt, fileName);
            } else if (name.equals("//")) {
                longNames = new String(bytes, start, size, StandardCharsets.ISO_8859_1);
            } else {
                names.add(memberName(name, longNames));
                datas.add(java.util.Arrays.copyOfRange(bytes, start, start + size));
                offsets.add(at);
            }
            at = start + even(size);
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            members.add(new Member(names.get(i), datas.get(i), symbolsAt.getOrDefault(offsets.get(i), List.of())));
        }
        return new Archive(members);
    }

    private static String memberName(String headerName, String longNames) {
        if (headerName.startsWith("/") && headerName.length() > 1) {
            int offset = Integer.parseInt(headerName.substring(1));
            int end = longNames.indexOf("/\n", offset);
            return longNames.substring(offset, end < 0 ? longNames.length() : end);
        }
        return headerName.endsWith("/") ? headerName.substring(0, headerName.length() - 1) : headerName;
    }

    private static void readIndex(byte[] b, int start, int size, Map<Integer, List<String>> symbolsAt, String fileName) {
        if (size < 4) {
            throw new IllegalArgumentException(fileName + ": symbol index too short");
        }
        int count = bigEndian(b, start);
        if (count < 0 || 4 + 4L * count > size) {
            throw new IllegalArgumentException(fileName + ": symbol index too short for " + count + " symbols");
        }
        int names = start + 4 + 4 * count;
        for (int i = 0; i < count; i++) {
            int memberOffset = bigEndian(b, start + 4 + 4 * i);
            int end = names;
            while (end < start + size && b[end] != 0) {
                end++;
            }
            symbolsAt.computeIfAbsent(memberOffset, k -> new ArrayList<>())
                     .add(new String(b, names, end - names, StandardCharsets.ISO_8859_1));
            names = end + 1;
        }
    }

    private static int bigEndian(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
