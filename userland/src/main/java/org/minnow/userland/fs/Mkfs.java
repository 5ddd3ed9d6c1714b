package org.minnow.userland.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a file-system image from a folder of the host (see "What minnow mkfs writes" in
 * userland/FS.md). The result depends only on the folder's names, contents and executable bits:
 * time stamps are fixed, directories are sorted, inodes and zones are handed out in a fixed order.
 */
public final class Mkfs {
    /** Every time stamp mkfs writes: 2026-01-01 00:00:00 UTC. */
    public static final long TIMESTAMP = 1_767_225_600L;
    /** The default block size (see FS.md for why). */
    public static final int DEFAULT_BLOCK_SIZE = 4096;
    /**
     * A file of this name in a folder is not copied: each of its lines makes a device inode in
     * that folder, {@code NAME c|b MAJOR MINOR [MODE]} (MODE octal, 0666 when left out; '#' starts
     * a comment), since a host folder cannot hold device files without privileges.
     */
    public static final String DEVICE_TABLE = ".devices";
    /** The fewest inodes a default file system has. */
    static final int MIN_DEFAULT_INODES = 64;
    /** The fewest free zones a default file system has. */
    static final int MIN_FREE_ZONES = 256;
    /** The most inodes mkfs makes (the inode table must end before block 65536 anyway). */
    static final long MAX_INODES = 1 << 22;

    /** What to build: 0 for blocks or inodes means "choose" (see FS.md). */
    public record Options(long blocks, long inodes, int blockSize) {
        public static Options defaults() {
            return new Options(0, 0, DEFAULT_BLOCK_SIZE);
        }

        public Options withBlocks(long n) {
            return new Options(n, inodes, blockSize);
        }

        public Options withInodes(long n) {
            return new Options(blocks, n, blockSize);
        }

        public Options withBlockSize(int size) {
            return new Options(blocks, inodes, size);
        }
    }

    /** A file or directory of the host folder, with the inode it gets. */
    private static final class Node {
        final Path path;
        final String name;
        final boolean directory;
        final boolean executable;
        final long size;
        int deviceMode;      // S_IFCHR or S_IFBLK and permissions, for a device from a DEVICE_TABLE; else 0
        int rdev;            // its device number (major << 8 | minor), kept in i_zone[0]
        final List<Node> children = new ArrayList<>();
        final List<Node> subdirectories = new ArrayList<>();
        long ino;

        Node(Path path, String name, boolean directory, boolean executable, long size) {
            this.path = path;
            this.name = name;
            this.directory = directory;
            this.executable = executable;
            this.size = size;
        }

        long contentBytes() {
            return directory ? (2L + children.size()) * DirEntry.SIZE : size;
        }
    }

    private final Options options;
    private final List<Node> byInode = new ArrayList<>();
    private FsImage fs;

    private Mkfs(Options options) {
        this.options = options;
    }

    /** The image of {@code folder} as bytes; fails with a message naming the folder or file at fault. */
    public static byte[] build(Path folder, Options options) throws FsException {
        return new Mkfs(options).make(folder);
    }

    /** Builds the image of {@code folder} and writes it to {@code image}. */
    public static void write(Path folder, Path image, Options options) throws FsException {
        byte[] bytes = build(folder, options);
        try {
            Files.write(image, bytes);
        } catch (IOException e) {
            throw new FsException(image + ": cannot write the image: " + e.getMessage());
        }
    }

    private byte[] make(Path folder) throws FsException {
        int bs = options.blockSize();
        if (!Superblock.isValidBlockSize(bs)) {
            throw new FsException("block size " + bs + " is not 1024, 2048 or 4096");
        }
        if (!Files.exists(folder)) {
            throw new FsException(folder + ": no such folder");
        }
        if (!Files.isDirectory(folder)) {
            throw new FsException(folder + ": not a folder");
        }
        Node root = scan(folder, "", true);
        root.ino = 1;
        byInode.add(root);
        number(root);

        long dataZones = 0;
        for (Node n : byInode) {
            dataZones += zonesFor(n.contentBytes(), bs);
        }
        Superblock sb = geometry(dataZones);
        fs = FsImage.format(sb);
        for (Node n : byInode) {
            fs.setImapBit(n.ino, true);
        }
        writeDirectory(root, root);
        return fs.bytes();
    }

    // ---- the host folder ----

    private Node scan(Path path, String name, boolean directory) throws FsException {
        if (!directory) {
            try {
                return new Node(path, name, false, ownerExecutable(path), Files.size(path));
            } catch (IOException e) {
                throw new FsException(path + ": cannot read: " + e.getMessage());
            }
        }
        Node dir = new Node(path, name, true, true, 0);
        List<Path> entries;
        try (Stream<Path> s = Files.list(path)) {
            entries = new ArrayList<>(s.toList());
        } catch (IOException e) {
            throw new FsException(path + ": cannot list the folder: " + e.getMessage());
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString().getBytes(StandardCharsets.UTF_8),
                java.util.Arrays::compareUnsigned));
        for (Path p : entries) {
            String childName = p.getFileName().toString();
            int length = childName.getBytes(StandardCharsets.UTF_8).length;
            if (length > DirEntry.MAX_NAME) {
                throw new FsException(p + ": the name is " + length + " bytes long; a name has at most "
                        + DirEntry.MAX_NAME + " bytes");
            }
            if (childName.equals(DEVICE_TABLE) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                dir.children.addAll(readDeviceTable(p));
                continue;
            }
            if (Files.isSymbolicLink(p)) {
                throw new FsException(p + ": symbolic links are not supported");
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Node sub = scan(p, childName, true);
                dir.children.add(sub);
                dir.subdirectories.add(sub);
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                dir.children.add(scan(p, childName, false));
            } else {
                throw new FsException(p + ": neither a regular file nor a folder");
            }
        }
        dir.children.sort(Comparator.comparing(n -> n.name.getBytes(StandardCharsets.UTF_8),
                java.util.Arrays::compareUnsigned));
        for (int i = 1; i < dir.children.size(); i++) {
            if (dir.children.get(i).name.equals(dir.children.get(i - 1).name)) {
                throw new FsException(path + ": " + dir.children.get(i).name + " is both a file and a device of "
                        + DEVICE_TABLE);
            }
        }
        return dir;
    }

    /** The devices a DEVICE_TABLE file lists; a bad line is an error naming the file and line. */
    private static List<Node> readDeviceTable(Path table) throws FsException {
        List<String> lines;
        try {
            lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FsException(table + ": cannot read: " + e.getMessage());
        }
        List<Node> devices = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String where = table + ":" + (i + 1);
            String[] f = line.split("\\s+");
            if (f.length < 4 || f.length > 5 || !(f[1].equals("c") || f[1].equals("b"))) {
                throw new FsException(where + ": expected NAME c|b MAJOR MINOR [MODE], not '" + line + "'");
            }
            int major = deviceNumber(f[2], 255, where, "major");
            int minor = deviceNumber(f[3], 255, where, "minor");
            int mode = 0666;
            if (f.length == 5) {
                try {
                    mode = Integer.parseInt(f[4], 8);
                } catch (NumberFormatException e) {
                    mode = -1;
                }
                if (mode < 0 || mode > 07777) {
                    throw new FsException(where + ": mode '" + f[4] + "' is not an octal number up to 07777");
                }
            }
            if (f[0].getBytes(StandardCharsets.UTF_8).length > DirEntry.MAX_NAME || f[0].equals(".") || f[0].equals("..")) {
                throw new FsException(where + ": '" + f[0] + "' cannot be a name in a directory");
            }
            Node n = new Node(table, f[0], false, false, 0);
            n.deviceMode = (f[1].equals("c") ? Inode.S_IFCHR : Inode.S_IFBLK) | mode;
            n.rdev = (major << 8) | minor;
            devices.add(n);
        }
        return devices;
    }

    private static int deviceNumber(String text, int max, String where, String what) throws FsException {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FsException(where + ": " + what + " '" + text + "' is not a number from 0 to " + max);
    }

    /** Whether the owner may execute the file; on hosts without POSIX permissions, whether we may. */
    private static boolean ownerExecutable(Path path) throws IOException {
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (UnsupportedOperationException e) {
            return Files.isExecutable(path);
        }
    }

    /** Inode numbers: a directory's children first, then each subdirectory's, depth first. */
    private void number(Node dir) {
        for (Node child : dir.children) {
            child.ino = byInode.size() + 1;
            byInode.add(child);
        }
        for (Node sub : dir.subdirectories) {
            number(sub);
        }
    }

    // ---- sizes ----

    /** Zones a file of {@code bytes} bytes takes, its indirect blocks included. */
    static long zonesFor(long bytes, int bs) {
        long blocks = (bytes + bs - 1) / bs;
        long p = bs / 4;
        long zones = blocks;
        if (blocks > Inode.DIRECT_ZONES) {
            zones++;
        }
        if (blocks > Inode.DIRECT_ZONES + p) {
            zones += 1 + (blocks - Inode.DIRECT_ZONES - p + p - 1) / p;
        }
        return zones;
    }

    private Superblock geometry(long dataZones) throws FsException {
        int bs = options.blockSize();
        long used = byInode.size();
        long inodes = options.inodes() > 0 ? options.inodes() : Math.max(MIN_DEFAULT_INODES, 2 * used);
        if (inodes > MAX_INODES) {
            throw new FsException("--inodes " + inodes + " is too many: at most " + MAX_INODES);
        }
        if (inodes < used) {
            throw new FsException("--inodes " + inodes + " is too few: the folder needs " + used + " inodes");
        }
        long zones = options.blocks();
        if (zones <= 0) {
            long needed = smallestFit(inodes, dataZones);
            zones = smallestFit(inodes, dataZones + Math.max(needed, MIN_FREE_ZONES));
        } else if (zones < needed(zones, inodes, dataZones)) {
            throw new FsException("image too small: the folder needs " + smallestFit(inodes, dataZones)
                    + " blocks of " + bs + " bytes, --blocks gives " + zones);
        }
        if (zones * bs > FsImage.MAX_BYTES) {
            throw new FsException("image too big: " + zones + " blocks of " + bs + " bytes is more than "
                    + (FsImage.MAX_BYTES >> 20) + " MiB");
        }
        Superblock sb = Superblock.create(bs, zones, inodes);
        if (sb.firstDataZone() > 0xFFFF) {
            throw new FsException("too many inodes: the data zones would start past block 65535");
        }
        return sb;
    }

    /** Blocks needed by a file system of {@code zones} blocks holding {@code dataZones} used zones. */
    private long needed(long zones, long inodes, long dataZones) {
        return Superblock.create(options.blockSize(), zones, inodes).firstDataZone() + dataZones;
    }

    /** The fewest blocks that hold {@code dataZones} zones with their metadata. */
    private long smallestFit(long inodes, long dataZones) {
        long zones = dataZones;
        while (zones < needed(zones, inodes, dataZones)) {
            zones = needed(zones, inodes, dataZones);
        }
        return zones;
    }

    // ---- writing ----

    private void writeDirectory(Node dir, Node parent) throws FsException {
        byte[] data = new byte[(int) dir.contentBytes()];
        putEntry(data, 0, dir.ino, ".");
        putEntry(data, 1, parent.ino, "..");
        for (int i = 0; i < dir.children.size(); i++) {
            putEntry(data, i + 2, dir.children.get(i).ino, dir.children.get(i).name);
        }
        writeInode(dir, Inode.S_IFDIR | 0755, 2 + dir.subdirectories.size(), data);
        for (Node child : dir.children) {
            if (child.deviceMode != 0) {
                writeDevice(child);
            } else if (!child.directory) {
                writeInode(child, Inode.S_IFREG | (child.executable ? 0755 : 0644), 1, readHost(child));
            }
        }
        for (Node sub : dir.subdirectories) {
            writeDirectory(sub, dir);
        }
    }

    private static void putEntry(byte[] data, int slot, long ino, String name) {
        int at = slot * DirEntry.SIZE;
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putInt(at, (int) ino);
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, data, at + 4, n.length);
    }

    private static byte[] readHost(Node file) throws FsException {
        try {
            byte[] data = Files.readAllBytes(file.path);
            if (data.length != file.size) {
                throw new FsException(file.path + ": changed while mkfs was reading it");
            }
            return data;
        } catch (IOException e) {
            throw new FsException(file.path + ": cannot read: " + e.getMessage());
        }
    }

    private void writeInode(Node node, int mode, int nlinks, byte[] data) throws FsException {
        if (data.length > fs.superblock().maxSize()) {
            throw new FsException(node.path + ": " + data.length + " bytes is larger than the largest file, "
                    + fs.superblock().maxSize());
        }
        Inode in = new Inode();
        in.mode = mode;
        in.nlinks = nlinks;
        in.size = data.length;
        in.atime = TIMESTAMP;
        in.mtime = TIMESTAMP;
        in.ctime = TIMESTAMP;
        int bs = fs.superblock().blockSize();
        for (long b = 0; b * bs < data.length; b++) {
            long zone = fs.mapBlock(in, b, this::nextZone);
            int n = (int) Math.min(bs, data.length - b * bs);
            System.arraycopy(data, (int) (b * bs), fs.bytes(), fs.blockOffset(zone), n);
        }
        fs.writeInode(node.ino, in);
    }

    /** A device inode: no contents, its device number in i_zone[0] (FS.md). */
    private void writeDevice(Node node) {
        Inode in = new Inode();
        in.mode = node.deviceMode;
        in.nlinks = 1;
        in.atime = TIMESTAMP;
        in.mtime = TIMESTAMP;
        in.ctime = TIMESTAMP;
        in.zones[0] = node.rdev;
        fs.writeInode(node.ino, in);
    }

    private long nextZone() throws FsException {
        long zone = fs.allocateZone();
        if (zone == 0) {
            throw new FsException("image too small: no free zone left");
        }
        return zone;
    }
}
