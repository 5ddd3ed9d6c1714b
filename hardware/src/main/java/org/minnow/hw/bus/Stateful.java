package org.minnow.hw.bus;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A part of the machine whose state goes into a snapshot. {@link #restoreState} must read
 * exactly what {@link #saveState} wrote, and leave the part as it was when saved, so that the
 * machine continues identically after a restore.
 */
public interface Stateful {
    void saveState(DataOutput out) throws IOException;

    void restoreState(DataInput in) throws IOException;
}
