package org.minnow.hw.cpu;

import org.minnow.hw.bus.Bus;
import org.minnow.hw.bus.Ram;

/** A hart with 1 MiB of RAM and nothing else: enough to test instructions, traps and paging. */
final class Rig {
    static final int BASE = Bus.RAM_BASE;
    final Ram ram = new Ram(1 << 20);
    final Bus bus = new Bus(ram);
    final Hart hart = new Hart(bus);

    Rig load(int[] words) {
        return load(BASE, words);
    }

    Rig load(int addr, int[] words) {
        for (int i = 0; i < words.length; i++) {
            ram.storeWord(addr - BASE + 4 * i, words[i]);
        }
        return this;
    }

    Rig load(Program p) {
        return load(p.assemble());
    }

    /** Runs at most {@code n} instructions (each costs at least one cycle). */
    Rig steps(int n) {
        for (int i = 0; i < n; i++) {
            hart.step();
        }
        return this;
    }

    /** Points mtvec at {@code addr} and puts an endless loop there, so extra steps stay put. */
    Rig trapTo(int addr) {
        hart.writeCsr(Csr.MTVEC, addr);
        load(addr, new Program().halt().assemble());
        return this;
    }

    int reg(int i) {
        return hart.reg(i);
    }

    int word(int addr) {
        return ram.loadWord(addr - BASE);
    }

    void poke(int addr, int value) {
        ram.storeWord(addr - BASE, value);
    }
}
