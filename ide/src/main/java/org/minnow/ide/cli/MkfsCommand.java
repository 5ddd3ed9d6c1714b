package org.minnow.ide.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.minnow.userland.fs.FsException;
import org.minnow.userland.fs.Mkfs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minnow mkfs DIR IMAGE}: makes a MINIX V3 file-system image of a host folder (the format
 * is in userland/FS.md); the same folder always gives the same bytes.
 */
@Command(name = "mkfs", mixinStandardHelpOptions = true,
        description = {"Make a MINIX V3 file-system image (userland/FS.md) from a host folder.",
            "Exit status: 0 when the image is written, 1 for a bad folder or size, 2 for a bad option."})
final class MkfsCommand implements Callable<Integer> {
    @Option(names = "--blocks", paramLabel = "N", description = "size of the file system in blocks (default: what the files need, plus as much free)")
    long blocks;

    @Option(names = "--inodes", paramLabel = "N", description = "number of inodes (default: twice what the files need, at least 64)")
    long inodes;

    @Option(names = "--block-size", paramLabel = "B", defaultValue = "4096", description = "block size: 1024, 2048 or 4096 (default: ${DEFAULT-VALUE})")
    int blockSize;

    @Parameters(index = "0", paramLabel = "DIR", description = "the host folder to copy")
    Path folder;

    @Parameters(index = "1", paramLabel = "IMAGE", description = "the image file to write")
    Path image;

    @Override
    public Integer call() {
        if (blocks < 0 || inodes < 0) {
            System.err.println("minnow mkfs: --blocks and --inodes must be positive");
            return 2;
        }
        try {
            Mkfs.write(folder, image, new Mkfs.Options(blocks, inodes, blockSize));
            return 0;
        } catch (FsException e) {
            System.err.println("minnow mkfs: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("minnow mkfs: internal error: " + e);
            return 1;
        }
    }
}
