package org.minnow.hw.elf;

/**
 * An ELF file that cannot be read or loaded. The message is one line that names the file and
 * says what is wrong and where, e.g. {@code "prog.elf: program header 3 runs past the end of
 * the file"}, so a tool can print it to the user as it is.
 */
public final class ElfException extends Exception {
    private static final long serialVersionUID = 1L;

    /** A problem with the file called {@code fileName}. */
    public ElfException(String fileName, String problem) {
        super(fileName + ": " + problem);
    }

    /** The same, keeping the exception that revealed it (an I/O error). */
    public ElfException(String fileName, String problem, Throwable cause) {
        super(fileName + ": " + problem, cause);
    }
}
