package org.minnow.userland.fs;

/** The C file system on the machine over an image of 4096-byte blocks, the default. */
class MfsDefaultBlocksTest extends MfsOnMachineCases {
    @Override
    int blockSize() {
        return 4096;
    }
}
