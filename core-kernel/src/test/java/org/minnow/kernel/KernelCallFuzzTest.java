package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.proc.ProcTable;
import org.minnow.kernel.proc.Scheduler;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/**
 * No request can make the kernel throw: a service with every kernel call makes hundreds of calls
 * whose fields are drawn (with a fixed seed) from values that matter to the handlers (special
 * endpoints, live and dead processes, good and bad addresses, boundary numbers), among a few
 * other processes to be their targets. After each run the kernel's run queues must still be
 * sound: every runnable process in the queue of its priority, and nothing else there.
 */
class KernelCallFuzzTest {
    static final int FUZZER = 5;
    static final Object[] POOL = {0, 1, -1, 2, 3, 5, 6, 7, 8, 9, 11, 17, 64, 65, 4096, 8192, 0x10000, 0x1000_0000,
        0x6000_0000, 0x7fff_eff0, 0x8000_0000, 0x8020_0000, Integer.MIN_VALUE, Integer.MAX_VALUE,
        Endpoints.SELF, Endpoints.NONE, Endpoints.ANY, Endpoints.CLOCK, Endpoints.SYSTEM, 32773, 40,
        "buf", "kmsg", "_start", "buf+4093"};

    /**
     * The request field of the calls that have one, and the requests worth trying (so that most
     * calls get past it): call, offset, values. IRQCTL's word holds the request and the IRQ.
     */
    static final int[][] REQUESTS = {
        {SysCalls.SYS_PRIVCTL, Fields.M2_I2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
        {SysCalls.SYS_VMCTL, Fields.M1_I2, 64, 65},
        {SysCalls.SYS_IRQCTL, Fields.M5_S1, 1 | 10 << 16, 2, 3, 4, 1 | 1 << 16},
        {SysCalls.SYS_GETINFO, Fields.M7_I3, 2, 6, 8, 11, 17, 18, 19},
        {SysCalls.SYS_SCHEDCTL, Fields.M9_L1, 1},
        {SysCalls.SYS_UMAP, Fields.M5_S1, 0x1001, 0x1003},
        {SysCalls.SYS_STATECTL, Fields.M2_I2, 1},
        {SysCalls.SYS_DIAGCTL, Fields.M1_I1, 1}};

    static String fuzzer(long seed, int calls) {
        Random random = new Random(seed);
        UserProgram p = new UserProgram().kcall(SysCalls.SYS_SETGRANT, 0, Fields.M2_P1, "buf", Fields.M2_I2, 64);
        for (int i = 0; i < calls; i++) {
            int type = SysCalls.KERNEL_CALL - 1 + random.nextInt(SysCalls.NR_SYS_CALLS + 2);
            if (type == SysCalls.SYS_EXIT) {
                continue;
            }
            List<Object> fields = new ArrayList<>();
            for (int off = 8; off < 64; off += 4) {
                if (random.nextInt(3) > 0) {
                    fields.add(off);
                    fields.add(random.nextInt(4) == 0 ? (Object) random.nextInt() : POOL[random.nextInt(POOL.length)]);
                }
            }
            for (int[] r : REQUESTS) {
                if (r[0] == type && random.nextInt(8) > 0) {
                    fields.add(r[1]);
                    fields.add(r[2 + random.nextInt(r.length - 2)]);
                }
            }
            p.kcall(type, i % 60, fields.toArray());
        }
        StringBuilder buf = new StringBuilder("        .balign 4096\nbuf:\n");
        for (int i = 0; i < 2048; i++) {
            int flags = 0x1000 | 0x100 | (random.nextBoolean() ? 0x200 : random.nextBoolean() ? 0x400 : 0x800)
                | random.nextInt(4) | (random.nextInt(8) == 0 ? 0x10 : 0);
            buf.append("        .word ").append(i % 7 == 0 ? flags : random.nextInt(3) == 0 ? random.nextInt()
                : POOL[random.nextInt(POOL.length - 4)]).append('\n');
        }
        return p.data(buf.toString()).done();
    }

    @Test
    void randomRequestsNeverBreakTheKernel() throws Exception {
        for (long seed = 1; seed <= 40; seed++) {
            try (KernelRig rig = new KernelRig()) {
                rig.program("fuzzer", FUZZER, Privileges.service(), fuzzer(seed, 150))
                   .program("user", 3, Privileges.user(), new UserProgram().ipc("ipc_sendrec", 6, "m", 0)
                       .data("m:      .space 64").done())
                   .program("server", 6, Privileges.service(), new UserProgram().done())
                   .program("spin", 7, Privileges.user(), new UserProgram().asm("1:", "j       1b").done())
                   .program("pm", 0, Privileges.service(), new UserProgram().done())
                   .boot().run(40_000_000);
                assertQueuesSound(rig);
            }
        }
    }

    static void assertQueuesSound(KernelRig rig) {
        Scheduler sched = rig.kernel.context().sched;
        ProcTable procs = rig.procs();
        List<Integer> queued = new ArrayList<>();
        for (int q = 0; q < Config.NR_SCHED_QUEUES; q++) {
            for (int p : sched.queue(q)) {
                assertThat(procs.priority(p)).as("slot " + p + " in queue " + q).isEqualTo(q);
                assertThat(sched.runnable(p)).as("slot " + p + " queued but not runnable").isTrue();
                queued.add(p);
            }
        }
        for (int p = 0; p < ProcTable.END; p++) {
            if (!procs.isFree(p) && sched.runnable(p)) {
                assertThat(queued).as("runnable slot " + p + " is queued").contains(p);
            }
        }
        assertThat(queued).doesNotHaveDuplicates();
    }
}
