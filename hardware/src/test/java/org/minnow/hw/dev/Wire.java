package org.minnow.hw.dev;

import org.minnow.hw.bus.InterruptLine;

/** An interrupt line for tests: remembers its level and how often it was driven. */
final class Wire implements InterruptLine {
    boolean high;
    int sets;

    @Override
    public void set(boolean asserted) {
        high = asserted;
        sets++;
    }
}
