package org.minnow.userland.fs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fsck's walk of the directory tree from the root: checks every directory's entries (".", "..",
 * names, the inodes they name) and counts, for each inode, the entries that name it and the
 * path by which it was first reached, for the link-count and reachability checks.
 */
final class FsckTree {
    private final FsImage fs;
    private final Superblock sb;
    private final List<String> problems;
    private final int[] references;
    private final String[] paths;

    FsckTree(FsImage fs, List<String> problems) {
        this.fs = fs;
        this.sb = fs.superblock();
        this.problems = problems;
        this.references = new int[(int) sb.ninodes() + 1];
        this.paths = new String[(int) sb.ninodes() + 1];
    }

    /** Whether a directory entry reachable from the root names inode {@code n}. */
    boolean reached(long n) {
        return paths[(int) n] != null;
    }

    /** How many entries of reachable directories name inode {@code n} ("." and ".." included). */
    int references(long n) {
        return references[(int) n];
    }

    /** The path by which inode {@code n} was first reached. */
    String path(long n) {
        return paths[(int) n];
    }

    /** A directory waiting to be checked, with the directory whose entry named it. */
    private record Pending(long ino, long parent, String path) { }

    /** Walks the tree breadth first, each directory's entries in slot order. */
    void walk() {
        Inode root = fs.inode(1);
        if (!root.isDirectory()) {
            problems.add("inode 1: the root is not a directory (mode 0" + Integer.toOctalString(root.mode) + ")");
            return;
        }
        paths[1] = "/";
        Deque<Pending> queue = new ArrayDeque<>();
        queue.add(new Pending(1, 1, "/"));
        while (!queue.isEmpty()) {
            Pending d = queue.poll();
            checkDirectory(d, queue);
        }
    }

    private void checkDirectory(Pending d, Deque<Pending> queue) {
        List<DirEntry> entries;
        try {
            entries = fs.readDirectory(fs.inode(d.ino()));
        } catch (FsException e) {
            problems.add(d.path() + ": cannot read the directory: " + e.getMessage());
            return;
        }
        checkDot(d, entries, 0, ".", d.ino());
        checkDot(d, entries, 1, "..", d.parent());
        Set<String> names = new HashSet<>();
        for (DirEntry e : entries) {
            if (e.ino() == 0) {
                continue;
            }
            String where = d.path() + " (inode " + d.ino() + ") entry " + e.slot() + " '" + e.name() + "'";
            checkName(e, where, names);
            if (e.ino() > sb.ninodes()) {
                problems.add(where + ": names inode " + e.ino() + ", outside 1.." + sb.ninodes());
                continue;
            }
            Inode target = fs.inode(e.ino());
            if (!target.inUse()) {
                problems.add(where + ": names inode " + e.ino() + ", which is free");
                continue;
            }
            references[(int) e.ino()]++;
            if (e.slot() < 2 || e.name().equals(".") || e.name().equals("..")) {
                continue;
            }
            String path = (d.path().equals("/") ? "/" : d.path() + "/") + e.name();
            if (paths[(int) e.ino()] == null) {
                paths[(int) e.ino()] = path;
                if (target.isDirectory()) {
                    queue.add(new Pending(e.ino(), d.ino(), path));
                }
            } else if (target.isDirectory()) {
                problems.add(where + ": names directory inode " + e.ino() + ", already reached as "
                        + paths[(int) e.ino()] + " (a directory has one parent)");
            }
        }
    }

    /** Slot {@code slot} must be the entry {@code name} naming {@code expected}. */
    private void checkDot(Pending d, List<DirEntry> entries, int slot, String name, long expected) {
        String where = d.path() + " (inode " + d.ino() + ")";
        if (entries.size() <= slot || entries.get(slot).ino() == 0) {
            problems.add(where + ": entry " + slot + " should be '" + name + "' but is missing");
            return;
        }
        DirEntry e = entries.get(slot);
        if (!e.name().equals(name)) {
            problems.add(where + ": entry " + slot + " is '" + e.name() + "', not '" + name + "'");
        } else if (e.ino() != expected) {
            problems.add(where + ": '" + name + "' names inode " + e.ino() + ", not " + expected);
        }
    }

    private void checkName(DirEntry e, String where, Set<String> names) {
        byte[] raw = e.rawName();
        if (raw[DirEntry.NAME_FIELD - 1] != 0) {
            problems.add(where + ": the name is not ended by a NUL within " + DirEntry.NAME_FIELD + " bytes");
        }
        if (e.name().isEmpty()) {
            problems.add(where + ": the name is empty");
        }
        if (e.name().indexOf('/') >= 0) {
            problems.add(where + ": the name contains '/'");
        }
        boolean dot = e.name().equals(".") || e.name().equals("..");
        if (dot && e.slot() >= 2) {
            problems.add(where + ": '" + e.name() + "' may only be entry " + (e.name().equals(".") ? 0 : 1));
        }
        if (!names.add(e.name())) {
            problems.add(where + ": the name appears twice in the directory");
        }
    }
}
