package org.minnow.hw.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RAM's byte order and widths, the decoded-code invalidation, watches, snapshots; the bus's map. */
class RamAndBusTest {

    @Test
    void ramIsLittleEndian() {
        Ram ram = new Ram(4096);
        ram.storeWord(8, 0x11223344);
        assertThat(ram.loadByte(8)).isEqualTo(0x44);
        assertThat(ram.loadHalf(10)).isEqualTo(0x1122);
        ram.storeHalf(8, 0xbeef);
        ram.storeByte(11, 0x80);
        assertThat(ram.loadWord(8)).isEqualTo(0x8022beef);
    }

    @Test
    void ramSizeMustBeWholePages() {
        assertThatThrownBy(() -> new Ram(1000)).hasMessageContaining("multiple of 4 KiB");
    }

    @Test
    void storesAndDmaDropDecodedInstructions() {
        Ram ram = new Ram(8192);
        long[] page = ram.decodedPage(1);
        page[3] = 42;
        page[4] = 43;
        ram.storeByte(4096 + 12, 1);
        assertThat(page[3]).isZero();
        assertThat(page[4]).isEqualTo(43);
        ram.write(4096 + 16, new byte[4], 0, 4);
        assertThat(page[4]).isZero();
    }

    @Test
    void watchReportsStoresInTheRangeOnly() {
        Ram ram = new Ram(8192);
        List<String> seen = new ArrayList<>();
        ram.watch(4096, 8, (off, value, width) -> seen.add(off + "=" + value + "/" + width));
        ram.storeWord(4092, 1);
        ram.storeWord(4096, 2);
        ram.storeHalf(4100, 3);
        ram.storeWord(4104, 4);
        assertThat(seen).containsExactly("4096=2/4", "4100=3/2");
        ram.watch(0, 0, null);
        ram.storeWord(4096, 5);
        assertThat(seen).hasSize(2);
    }

    @Test
    void snapshotRestoresEveryByte() throws IOException {
        Ram ram = new Ram(64 * 1024);
        ram.storeWord(0, 0xdeadbeef);
        ram.storeWord(40000, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ram.saveState(new DataOutputStream(bytes));
        assertThat(bytes.size()).as("zero pages are skipped").isLessThan(1000);
        Ram copy = new Ram(64 * 1024);
        copy.storeWord(100, 1);
        copy.restoreState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(copy.loadWord(0)).isEqualTo(0xdeadbeef);
        assertThat(copy.loadWord(40000)).isEqualTo(7);
        assertThat(copy.loadWord(100)).isZero();
    }

    @Test
    void snapshotOfAnotherSizeIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Ram(8192).saveState(new DataOutputStream(bytes));
        assertThatThrownBy(() -> new Ram(4096).restoreState(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))))
            .isInstanceOf(IOException.class).hasMessageContaining("8192");
    }

    /** A device with one 32-bit register at offset 4. */
    static final class Register implements Device {
        int value;

        @Override public String name() { return "reg"; }
        @Override public int size() { return 0x100; }
        @Override public long load(int offset, int width) { return offset == 4 && width == 4 ? Integer.toUnsignedLong(value) : FAULT; }
        @Override public boolean store(int offset, int v, int width) {
            if (offset != 4 || width != 4) {
                return false;
            }
            value = v;
            return true;
        }
        @Override public void reset() { value = 0; }
        @Override public void saveState(DataOutput out) { }
        @Override public void restoreState(DataInput in) { }
    }

    @Test
    void busRoutesToRamAndDevices() {
        Bus bus = new Bus(new Ram(4096));
        Register reg = new Register();
        bus.attach(0x1000_0000, reg);
        assertThat(bus.store(0x1000_0004, 99, 4)).isTrue();
        assertThat(bus.load(0x1000_0004, 4)).isEqualTo(99);
        assertThat(bus.load(0x1000_0008, 4)).as("the device refuses").isEqualTo(Device.FAULT);
        assertThat(bus.load(0x2000_0000, 4)).as("nothing there").isEqualTo(Device.FAULT);
        assertThat(bus.load(0x1000_00fe, 4)).as("runs past the window").isEqualTo(Device.FAULT);
        assertThat(bus.store(Bus.RAM_BASE + 8, -1, 4)).isTrue();
        assertThat(bus.load(Bus.RAM_BASE + 8, 4)).isEqualTo(0xffffffffL);
        assertThat(bus.load(Bus.RAM_BASE + 4096, 4)).as("past the end of RAM").isEqualTo(Device.FAULT);
    }

    @Test
    void overlappingWindowsAreRefused() {
        Bus bus = new Bus(new Ram(4096));
        bus.attach(0x1000_0000, new Register());
        assertThatThrownBy(() -> bus.attach(0x1000_0080, new Register())).hasMessageContaining("overlaps reg");
        assertThatThrownBy(() -> bus.attach(Bus.RAM_BASE, new Register())).hasMessageContaining("overlaps RAM");
    }

    @Test
    void dmaOutsideRamIsRefusedWhole() {
        Bus bus = new Bus(new Ram(4096));
        byte[] buffer = {1, 2, 3, 4};
        assertThat(bus.writeRam(Bus.RAM_BASE + 4094, buffer, 0, 4)).isFalse();
        assertThat(bus.readRam(0x1000, buffer, 0, 4)).isFalse();
        assertThat(bus.writeRam(Bus.RAM_BASE + 4092, buffer, 0, 4)).isTrue();
        assertThat(bus.load(Bus.RAM_BASE + 4092, 4)).isEqualTo(0x04030201L);
    }
}
