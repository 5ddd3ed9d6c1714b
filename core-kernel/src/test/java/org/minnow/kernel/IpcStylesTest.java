package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.ipc.BufferedIpc;

/**
 * The same programs under both IPC styles: the same results, but the buffered style (two copies,
 * a longer path) costs more cycles per round trip. And what only the buffered style does: a
 * sender goes on before its message is received.
 */
class IpcStylesTest {
    static final int SERVER = 1, CLIENT = 2, ROUNDS = 200;

    /** Server: ROUNDS times receive from anyone, add 1 to payload word 0, reply. */
    static String server() {
        return new Asm().line("li s3, " + ROUNDS).label("loop")
            .line("li a0, " + Endpoints.ANY).line("la a1, msg").line("call ipc_receive")
            .line("la t0, msg").line("lw t1, 8(t0)").line("addi t1, t1, 1").line("sw t1, 8(t0)")
            .line("lw a0, 0(t0)").line("la a1, msg").line("call ipc_send")
            .line("addi s3, s3, -1").line("bnez s3, loop").done();
    }

    /** Client: ROUNDS SENDRECs, feeding each reply's payload into the next request; records the last. */
    static String client() {
        return new Asm().line("li s3, " + ROUNDS).label("loop")
            .line("li a0, " + SERVER).line("la a1, msg").line("call ipc_sendrec")
            .line("bnez a0, fail")
            .line("addi s3, s3, -1").line("bnez s3, loop")
            .recordWord("msg", 8, 0).recordWord("msg", 0, 1)
            .line("j finish").label("fail").recordA0(2).label("finish").done();
    }

    private static long[] run(Kernel.Style style) throws Exception {
        try (KernelRig rig = new KernelRig(style, true)) {
            rig.program("server", SERVER, Privileges.service(), server());
            rig.program("client", CLIENT, Privileges.user(), client());
            rig.boot().runUntilDone(400_000_000, SERVER, CLIENT);
            return new long[] {rig.result(CLIENT, 0), rig.result(CLIENT, 1), rig.result(CLIENT, 2),
                rig.machine.hart().cycles()};
        }
    }

    @Test
    void sameResultsMoreCyclesWhenBuffered() throws Exception {
        long[] rendezvous = run(Kernel.Style.RENDEZVOUS);
        long[] buffered = run(Kernel.Style.BUFFERED);
        assertThat(rendezvous[0]).isEqualTo(ROUNDS);
        assertThat(rendezvous[1]).isEqualTo(SERVER);
        assertThat(rendezvous[2]).isZero();
        assertThat(buffered[0]).isEqualTo(rendezvous[0]);
        assertThat(buffered[1]).isEqualTo(rendezvous[1]);
        assertThat(buffered[2]).isEqualTo(rendezvous[2]);
        assertThat(buffered[3]).as("the buffered style's longer path").isGreaterThan(rendezvous[3]);
    }

    @Test
    void aBufferedSendDoesNotWaitForTheReceiver() throws Exception {
        String receiver = new Asm().sleep(4).ipc("receive", Endpoints.ANY, "msg", 0).recordWord("msg", 4, 1).done();
        String sender = new Asm().setWord("msg", 4, 31).ipc("send", SERVER, "msg", 0)
            .line("li a0, 62").line("li a1, 1").line("call record").done();
        try (KernelRig rig = new KernelRig(Kernel.Style.BUFFERED, false)) {
            rig.program("receiver", SERVER, Privileges.service(), receiver);
            rig.program("sender", CLIENT, Privileges.service(), sender);
            rig.boot().run(3_000_000);
            assertThat(rig.result(CLIENT, 62)).as("the sender went on before the receiver woke").isEqualTo(1);
            rig.runUntilDone(80_000_000, SERVER);
            assertThat(rig.result(SERVER, 1)).isEqualTo(31);
        }
        assertThat(BufferedIpc.QUEUE_LIMIT).isPositive();
    }

    @Test
    void aFullQueueMakesTheSenderWait() throws Exception {
        Asm sender = new Asm().line("li s3, " + (BufferedIpc.QUEUE_LIMIT + 3)).label("loop")
            .ipc("send", SERVER, "msg", 0).line("addi s3, s3, -1").line("bnez s3, loop");
        Asm receiver = new Asm().sleep(4).line("li s3, " + (BufferedIpc.QUEUE_LIMIT + 3)).label("loop")
            .ipc("receive", Endpoints.ANY, "msg", 0).line("addi s3, s3, -1").line("bnez s3, loop");
        try (KernelRig rig = new KernelRig(Kernel.Style.BUFFERED, false)) {
            rig.program("receiver", SERVER, Privileges.service(), receiver.done());
            rig.program("sender", CLIENT, Privileges.service(), sender.done());
            rig.boot().run(3_000_000);
            assertThat(rig.rtsFlags(CLIENT)).as("the 17th send waits for room").isEqualTo(org.minnow.kernel.proc.RtsFlags.SENDING);
            rig.runUntilDone(100_000_000, SERVER, CLIENT);
            assertThat(rig.result(CLIENT, 0)).isEqualTo(Errors.OK);
        }
    }
}
