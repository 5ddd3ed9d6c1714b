package org.minnow.hw.machine;

import java.util.function.IntConsumer;
import org.minnow.hw.bus.Ram;

/**
 * The {@code tohost} word of the riscv-tests and Spike's HTIF: a 64-bit variable in the
 * program's memory that the program writes to talk to the host. A value with the low bit set
 * and the upper word zero ends the run: 1 is a pass, {@code (n << 1) | 1} is a failure of test
 * n. A value whose upper 16 bits are 0x0101 (device 1, command 1) prints its low byte, and the
 * host then clears the variable so the program can write the next character.
 *
 * <p>A program may write the two halves in either order, so the value is looked at after every
 * store to either half; a torn value (only one half new) is never one of the commands above
 * unless it is the program's final word.
 */
final class HostInterface implements Ram.StoreWatcher {
    interface Listener {
        void exited(int code);
    }

    private final Ram ram;
    private final int offset;
    private final IntConsumer console;
    private final Listener listener;
    private boolean clearing;

    HostInterface(Ram ram, int offset, IntConsumer console, Listener listener) {
        this.ram = ram;
        this.offset = offset;
        this.console = console;
        this.listener = listener;
    }

    void attach() {
        ram.watch(offset, 8, this);
    }

    @Override
    public void stored(int off, int value, int width) {
        if (clearing) {
            return; // our own stores that clear the variable
        }
        int low = ram.loadWord(offset);
        int high = ram.loadWord(offset + 4);
        if ((high >>> 16) == 0x0101) {
            console.accept(low & 0xff);
            clearing = true;
            ram.storeWord(offset, 0);
            ram.storeWord(offset + 4, 0);
            clearing = false;
        } else if (high == 0 && (low & 1) == 1) {
            listener.exited(low >>> 1);
        }
    }
}
