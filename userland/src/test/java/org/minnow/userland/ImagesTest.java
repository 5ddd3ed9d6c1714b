package org.minnow.userland;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minnow.hw.elf.Elf;
import org.minnow.hw.elf.ElfFile;
import org.minnow.kernel.boot.BootImage;
import org.minnow.kernel.boot.BootProcess;

/** The boot image the build put in this module's classes: the processes of USERLAND.md's table. */
class ImagesTest {
    @Test
    void theBootImageHoldsTheBootProcessesInTheirSlots() {
        BootImage image = Images.bootImage();
        List<BootProcess> ps = image.processes();
        assertThat(ps).extracting(BootProcess::name).containsExactly("pm", "vfs", "rs", "memory", "tty", "ds", "virtio_blk", "init");
        assertThat(ps).extracting(BootProcess::slot).containsExactly(0, 1, 2, 3, 5, 6, 7, 11);
    }

    @Test
    void servicesAreSystemProcessesAndInitIsAUser() {
        for (BootProcess p : Images.bootImage().processes()) {
            assertThat(p.privileges().isSystem()).as(p.name()).isEqualTo(!p.name().equals("init"));
        }
    }

    @Test
    void theTtyDriverMayTakeTheUartAndItsInterrupt() {
        BootProcess tty = Images.bootImage().processes().stream().filter(p -> p.name().equals("tty")).findFirst().orElseThrow();
        assertThat(tty.privileges().irqs()).containsExactly(10);
        assertThat(tty.privileges().memRanges()).containsExactly(0x1000_0000, 0x1000_0fff);
    }

    @Test
    void theDiskDriverMayTakeVirtioSlotZeroAndItsInterrupt() {
        BootProcess blk = Images.bootImage().processes().stream().filter(p -> p.name().equals("virtio_blk")).findFirst().orElseThrow();
        assertThat(blk.privileges().irqs()).containsExactly(1);
        assertThat(blk.privileges().memRanges()).containsExactly(0x1000_1000, 0x1000_1fff);
    }

    @Test
    void everyProgramIsAnRv32ExecutableAtTheUserBase() throws Exception {
        for (BootProcess p : Images.bootImage().processes()) {
            ElfFile elf = ElfFile.parse(p.elf(), p.name());
            assertThat(elf.header().type()).as(p.name()).isEqualTo(Elf.ET_EXEC);
            assertThat(elf.header().entry()).as(p.name()).isGreaterThanOrEqualTo(0x1_0000L);
        }
    }

    @Test
    void anImageTheBuildDidNotMakeIsEmpty() {
        assertThat(Images.resource("no-such.img")).isEmpty();
        assertThat(Images.resource(Images.BOOT_IMAGE)).isPresent();
    }
}
