package org.minnow.ide.machine;

import java.util.List;

/**
 * One live slot of the process table, read from RAM at one moment: what the processes panel
 * shows. {@code registers[0]} is the pc, {@code registers[1..31]} x1..x31 as saved at the last
 * trap; {@code blockedSenders} are the endpoints queued to send to it (p_caller_q), and
 * {@code pendingNotifications} the endpoints whose notifications wait for it.
 */
public record ProcessInfo(int slot, int endpoint, String name, int rtsFlags, String state, int getFrom, int sendTo,
                          int priority, long cycles, boolean system, String privileges, int[] registers,
                          List<Integer> blockedSenders, List<Integer> pendingNotifications, List<String> memoryRegions) {
    /** "RECEIVING from 2", "SENDING to 1", or the flags' names. */
    public String waitDescription() {
        return state;
    }
}
