package org.minnow.tool.ar;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.elf.ElfException;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;
import org.minnow.tool.elf.Symbol;

/**
 * The archiver ({@code minnow ar}), with GNU ar's main operations:
 * <pre>
 *   minnow ar rcs libx.a a.o b.o   insert or replace members (c: quietly create; s: index, always made)
 *   minnow ar t libx.a             list the members
 *   minnow ar x libx.a [names]     extract members into the current directory
 *   minnow ar d libx.a names       delete members
 * </pre>
 * The symbol index lists the global symbols each member defines, so the linker can find them.
 */
public final class ArchiveTool {
    private ArchiveTool() {}

    /** Runs {@link #run} on the process's arguments. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line; returns 0 on success, 1 after printing an error to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("usage: minnow ar {r|t|x|d}[cs] archive [files...]");
            return 1;
        }
        String ops = args[0].startsWith("-") ? args[0].substring(1) : args[0];
        Path archivePath = Path.of(args[1]);
        List<String> files = List.of(args).subList(2, args.length);
        try {
            char op = operation(ops);
            switch (op) {
                case 'r': return replace(archivePath, files, ops.indexOf('c') < 0, err);
                case 't':
                    for (Archive.Member m : read(archivePath).members()) {
                        out.println(m.name());
                    }
                    return 0;
                case 'x': return extract(read(archivePath), files);
                default: return delete(archivePath, files);
            }
        } catch (IllegalArgumentException | ElfException e) {
            err.println("minnow ar: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("minnow ar: " + e.getMessage());
            return 1;
        }
    }

    private static char operation(String ops) {
        char found = 0;
        for (char c : ops.toCharArray()) {
            if ("rtxd".indexOf(c) >= 0) {
                if (found != 0) {
                    throw new IllegalArgumentException("give one operation of r, t, x, d (got '" + ops + "')");
                }
                found = c;
            } else if ("csuvD".indexOf(c) < 0) {
                throw new IllegalArgumentException("unknown modifier '" + c + "' in '" + ops + "'");
            }
        }
        if (found == 0) {
            throw new IllegalArgumentException("give one operation of r, t, x, d (got '" + ops + "')");
        }
        return found;
    }

    private static Archive read(Path path) throws IOException {
        return Archive.parse(Files.readAllBytes(path), path.toString());
    }

    /** r: members keep their places; a new file replaces the member of its name or is appended. */
    private static int replace(Path archivePath, List<String> files, boolean announceCreation, PrintStream err)
            throws IOException, ElfException {
        List<Archive.Member> members = new ArrayList<>();
        if (Files.exists(archivePath)) {
            members.addAll(read(archivePath).members());
        } else if (announceCreation) {
            err.println("minnow ar: creating " + archivePath);
        }
        for (String f : files) {
            Path p = Path.of(f);
            byte[] bytes = Files.readAllBytes(p);
            Archive.Member m = new Archive.Member(p.getFileName().toString(), bytes, definedSymbols(bytes, f));
            int at = indexOf(members, m.name());
            if (at >= 0) {
                members.set(at, m);
            } else {
                members.add(m);
            }
        }
        Files.write(archivePath, new Archive(members).toBytes());
        return 0;
    }

    /** The global and weak symbols an object defines: what the archive's index lists for it. */
    static List<String> definedSymbols(byte[] object, String name) throws ElfException {
        ObjectFile o = ObjectReader.read(object, name);
        List<String> out = new ArrayList<>();
        for (Symbol s : o.symbols) {
            if (!s.isLocal() && s.isDefined()) {
                out.add(s.name);
            }
        }
        return out;
    }

    private static int extract(Archive archive, List<String> names) throws IOException {
        for (Archive.Member m : archive.members()) {
            if (m.name().contains("/") || m.name().equals("..") || m.name().isEmpty()) {
                throw new IllegalArgumentException("refusing to extract member '" + m.name() + "' outside this directory");
            }
            if (names.isEmpty() || names.contains(m.name())) {
                Files.write(Path.of(m.name()), m.data());
            }
        }
        return 0;
    }

    private static int delete(Path archivePath, List<String> names) throws IOException {
        List<Archive.Member> members = new ArrayList<>(read(archivePath).members());
        members.removeIf(m -> names.contains(m.name()));
        Files.write(archivePath, new Archive(members).toBytes());
        return 0;
    }

    private static int indexOf(List<Archive.Member> members, String name) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
