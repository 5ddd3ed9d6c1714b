package org.minnow.userland.fs;

/** The C file system on the machine over an image of 1024-byte blocks (files reach the double-indirect zone). */
class MfsSmallBlocksTest extends MfsOnMachineCases {
    @Override
    int blockSize() {
        return 1024;
    }
}
