package org.minnow.tool.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minnow.hw.elf.ElfException;
import org.minnow.tool.ar.Archive;
import org.minnow.tool.elf.ObjectFile;
import org.minnow.tool.elf.ObjectReader;

/** Reads the linker's input files: ELF objects, and archives whose members are ELF objects. */
final class InputLoader {
    private InputLoader() {}

    /** The input in {@code path}, an archive if it starts with "!&lt;arch&gt;", else an object. */
    static LinkInput load(Path path) throws ElfException {
        String name = path.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ElfException(name, "no such file");
        } catch (IOException e) {
            throw new ElfException(name, "cannot read the file (" + e.getMessage() + ")");
        }
        if (isArchive(bytes)) {
            Archive archive;
            try {
                archive = Archive.parse(bytes, name);
            } catch (IllegalArgumentException e) {
                throw new ElfException(name, e.getMessage().substring(name.length() + 2));
            }
            List<ObjectFile> members = new ArrayList<>();
            for (Archive.Member m : archive.members()) {
                members.add(ObjectReader.read(m.data(), name + "(" + m.name() + ")"));
            }
            return new LinkInput.Archive(name, members);
        }
        return new LinkInput.Object(ObjectReader.read(bytes, name));
    }

    static boolean isArchive(byte[] bytes) {
        return bytes.length >= 8 && new String(bytes, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).equals("!<arch>\n");
    }
}
