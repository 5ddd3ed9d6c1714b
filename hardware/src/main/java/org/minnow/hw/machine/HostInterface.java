package org.minnow.hw.machine;

import java.util.function.IntConsumer;
import org.minnow.hw.bus.Ram;

/**
 * The {@code tohost} word of the riscv-tests and Spike's HTIF: a 64-bit variable in the
 * program's memory that the program writes to talk to the host. A value with the low bit set
 * and the upper word zero ends the run: 1 is a pass, {@code (n << 1) | 1} is a failure of test
 * n. A value whose upper 16 bits are 0x0101 (device 1, command 1) prints its low byte, and the
 * host then clears the variable so the program can write the next character. Any other non-zero
 * value with the low bit clear is a request Minnow does not serve (Spike's HTIF system calls,
 * which the riscv-tests' v environment makes only to print an assertion before failing): the
 * run ends, reported as such, instead of hanging while the program waits for an answer.
 *
 * <p>On RV32 the program writes the 64-bit variable as two words, low then high (as GCC stores a
 * 64-bit value). So a store to the low word is looked at only for an exit (the riscv-tests'
 * environments write the low word first, and some programs write only it), and the complete
 * value is looked at when the high word is stored. A console character with its low bit set,
 * written low word first, therefore reads as an exit: the riscv-tests do not print that way on RV32.
 */
final class HostInterface implements Ram.StoreWatcher {
    interface Listener {
        void exited(int code);

        void unsupported(long request);
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
        boolean highWord = off >= offset + 4;
        if (high == 0 && (low & 1) == 1) {
            listener.exited(low >>> 1);
        } else if (highWord && (high >>> 16) == 0x0101) {
            console.accept(low & 0xff);
            clearing = true;
            ram.storeWord(offset, 0);
            ram.storeWord(offset + 4, 0);
            clearing = false;
        } else if (highWord && (low != 0 || high != 0)) {
            listener.unsupported((long) high << 32 | Integer.toUnsignedLong(low));
        }
    }
}
