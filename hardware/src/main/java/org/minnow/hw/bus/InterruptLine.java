package org.minnow.hw.bus;

/** A wire from a device to the interrupt controller: the device drives it high or low. */
@FunctionalInterface
public interface InterruptLine {
    void set(boolean asserted);

    /** A line that goes nowhere, for devices used on their own in tests. */
    InterruptLine NONE = asserted -> { };
}
