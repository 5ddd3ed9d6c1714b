package org.minnow.tool.link;

import java.util.List;
import org.minnow.tool.elf.ObjectFile;

/**
 * One input of a link, in command-line order: an object file, which is always linked, or an
 * archive, whose members are linked only when they define a symbol still undefined at that point.
 */
public sealed interface LinkInput {
    record Object(ObjectFile file) implements LinkInput {}

    /** An archive's name (for messages) and its members, in archive order. */
    record Archive(String name, List<ObjectFile> members) implements LinkInput {}
}
