package org.minnow.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minnow.kernel.boot.Privileges;
import org.minnow.kernel.proc.PrivTable;
import org.minnow.kernel.system.Fields;
import org.minnow.kernel.system.SysCalls;

/**
 * Memory grants: a granter G declares its table with SYS_SETGRANT; B copies with SAFECOPYFROM/TO,
 * VSAFECOPY and SAFEMEMSET; C passes a grant of G's on to B (indirect); VFS makes a magic grant.
 */
class GrantsTest {
    static final int VFS = 1, G = 5, B = 6, C = 7;
    static final int SELF = Endpoints.SELF, ANY = Endpoints.ANY;
    static final int READ = 0x1, WRITE = 0x2, TRY = 0x10, USED = 0x100, DIRECT = 0x200, INDIRECT = 0x400,
        MAGIC = 0x800, VALID = 0x1000;
    static final int OK_DIRECT = USED | VALID | DIRECT;

    /** One cp_grant_t: flags, seq, the union's four words, cp_faulted. */
    static String grant(int flags, int seq, Object w8, Object w12, Object w16, Object w20) {
        return "        .word " + flags + ", " + seq + ", " + w8 + ", " + w12 + ", " + w16 + ", " + w20 + ", 0";
    }

    static Object[] copy(Object granter, int grant, int offset, Object addr, int bytes) {
        return new Object[] {Fields.M2_I1, granter, Fields.M2_I3, grant, Fields.M2_L1, offset, Fields.M2_P1, addr,
            Fields.M2_L2, bytes};
    }

    static Object[] memset(Object granter, int grant, int offset, int bytes, int pattern) {
        return new Object[] {Fields.M2_I1, granter, Fields.M2_I3, grant, Fields.M2_L1, offset, Fields.M2_L2, bytes,
            Fields.M2_I2, pattern};
    }

    static Object[] umap(Object who, int segment, Object addr, int bytes) {
        return new Object[] {Fields.M5_I1, who, Fields.M5_S1, new UserProgram.Half(segment), Fields.M5_L1, addr,
            Fields.M5_L3, bytes};
    }

    /** G: the bad SETGRANTs, the good one, tells B where its buffer is, waits for B to finish, reports. */
    static final String G_PROGRAM = new UserProgram()
        .kcall(SysCalls.SYS_SETGRANT, 0, Fields.M2_P1, "table", Fields.M2_I2, -1)
        .kcall(SysCalls.SYS_SETGRANT, 1, Fields.M2_P1, "table", Fields.M2_I2, (1 << 20) + 1)
        .asm("la      s2, table", "addi    s2, s2, 2")
        .kcall(SysCalls.SYS_SETGRANT, 2, Fields.M2_P1, "%s2", Fields.M2_I2, 12)
        .kcall(SysCalls.SYS_SETGRANT, 3, Fields.M2_P1, "table", Fields.M2_I2, 12)
        .kcall(SysCalls.SYS_UMAP, 4, umap(SELF, 0x1001, "buf", 16))
        .recordField(5, Fields.M5_L2)
        .asm("la      t0, buf", "la      t1, msg", "sw      t0, 8(t1)")
        .ipc("ipc_send", B, "msg", 6)
        .ipc("ipc_receive", B, "msg", 7)
        .recordWord(8, "table", 5 * 28 + 24)
        .recordWord(9, "buf", 0).recordWord(10, "buf", 4).recordWord(11, "buf", 8).recordWord(12, "buf", 12)
        .data("msg:    .space 64", "        .balign 4", "table:",
            grant(OK_DIRECT | READ | WRITE, 0, B, "buf", 16, 0),           // 0
            grant(OK_DIRECT | READ, 0, B, "buf", 16, 0),                   // 1 read-only
            grant(OK_DIRECT | READ, 0, ANY, "buf", 16, 0),                 // 2 for anyone
            grant(USED | DIRECT | READ, 0, B, "buf", 16, 0),               // 3 not valid
            grant(OK_DIRECT | READ | WRITE, 3, B, "buf", 16, 0),           // 4 sequence number 3
            grant(OK_DIRECT | READ | WRITE | TRY, 0, B, 0x5000_0000, 16, 0), // 5 unmapped memory
            grant(USED | VALID | MAGIC | READ, 0, G, B, "buf", 16),        // 6 magic, but G is not VFS
            grant(USED | VALID | READ, 0, B, "buf", 16, 0),                // 7 neither direct nor magic
            grant(OK_DIRECT | READ, 0, B, 0xffff_fff0, 0x20, 0),           // 8 wraps
            grant(OK_DIRECT | READ, 0, B, "buf", 16, 0),                   // 9 (unused)
            grant(USED | VALID | INDIRECT, 0, ANY, G, 10, 0),              // 10 an endless chain
            grant(OK_DIRECT | READ, 0, C, "buf", 16, 0),                   // 11 for C
            "buf:    .ascii \"0123456789abcdef\"")
        .done();

    /** C: passes G's grant 11 on to B, with no access bits of its own. */
    static final String C_PROGRAM = new UserProgram()
        .kcall(SysCalls.SYS_SETGRANT, 0, Fields.M2_P1, "ctable", Fields.M2_I2, 1)
        .ipc("ipc_send", B, "msg", 1)
        .data("msg:    .space 64", "        .balign 4", "ctable:", grant(USED | VALID | INDIRECT, 0, B, G, 11, 0))
        .done();

    /** VFS: asked by B for G's buffer, makes a magic grant of it to B. */
    static final String VFS_PROGRAM = new UserProgram()
        .ipc("ipc_receive", ANY, "req", 0)
        .asm("la      t0, req", "lw      s2, 0(t0)", "lw      s3, 8(t0)", "lw      s4, 12(t0)",
            "la      t0, vtable", "li      t1, " + (USED | VALID | MAGIC | READ), "sw      t1, 0(t0)",
            "sw      s3, 8(t0)", "sw      s2, 12(t0)", "sw      s4, 16(t0)", "li      t1, 16", "sw      t1, 20(t0)")
        .kcall(SysCalls.SYS_SETGRANT, 1, Fields.M2_P1, "vtable", Fields.M2_I2, 1)
        .ipc("ipc_send", "%s2", "req", 2)
        .data("req:    .space 64", "        .balign 4", "vtable: .space 28")
        .done();

    static String bProgram() {
        return new UserProgram()
            .ipc("ipc_receive", G, "msg", 0)
            .asm("la      t0, msg", "lw      s2, 8(t0)")                              // s2 = G's buffer
            .ipc("ipc_receive", C, "msg", 1)
            .kcall(SysCalls.SYS_SAFECOPYFROM, 2, copy(G, 0, 0, "mybuf", 16))
            .recordWord(3, "mybuf", 0)
            .kcall(SysCalls.SYS_SAFECOPYTO, 4, copy(G, 0, 4, "patch", 4))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 5, copy(G, 1, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYTO, 6, copy(G, 1, 0, "patch", 4))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 7, copy(G, 2, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 8, copy(G, 3, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 9, copy(G, 3 << 20 | 4, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 10, copy(G, 4, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 11, copy(G, 12, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 12, copy(G, -1, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 13, copy(40, 0, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 14, copy(Endpoints.NONE, 0, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 15, copy(G, 0, 10, "mybuf", 8))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 16, copy(G, 0, 0xffff_fff0, "mybuf", 0x20))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 17, copy(G, 5, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 18, copy(G, 0, 0, 0x10, 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 19, copy(G, 6, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 20, copy(G, 7, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 21, copy(G, 8, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 22, copy(G, 10, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 23, copy(G, 11, 0, "mybuf", 16))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 24, copy(G, 0, 16, "mybuf", 0))
            .kcall(SysCalls.SYS_SAFECOPYFROM, 25, copy(C, 0, 0, "mybuf3", 16))
            .recordWord(26, "mybuf3", 0)
            .kcall(SysCalls.SYS_VSAFECOPY, 27, Fields.M2_P1, "vec", Fields.M2_L2, 2)
            .kcall(SysCalls.SYS_VSAFECOPY, 28, Fields.M2_P1, "badvec", Fields.M2_L2, 1)
            .kcall(SysCalls.SYS_VSAFECOPY, 29, Fields.M2_P1, "vec", Fields.M2_L2, 65)
            .kcall(SysCalls.SYS_VSAFECOPY, 30, Fields.M2_P1, "vec", Fields.M2_L2, -1)
            .kcall(SysCalls.SYS_VSAFECOPY, 31, Fields.M2_P1, 0x10, Fields.M2_L2, 1)
            .kcall(SysCalls.SYS_VSAFECOPY, 32, Fields.M2_P1, "failvec", Fields.M2_L2, 2)
            .recordWord(33, "mybuf5", 0)
            .kcall(SysCalls.SYS_SAFEMEMSET, 34, memset(G, 0, 12, 4, 0x141))
            .kcall(SysCalls.SYS_SAFEMEMSET, 35, memset(G, 1, 12, 4, 0x41))
            .kcall(SysCalls.SYS_SAFEMEMSET, 36, memset(Endpoints.NONE, 0, 12, 4, 0x41))
            .kcall(SysCalls.SYS_SAFEMEMSET, 37, memset(40, 0, 12, 4, 0x41))
            .kcall(SysCalls.SYS_SAFEMEMSET, 38, memset(B, 0, 12, 4, 0x41))
            .kcall(SysCalls.SYS_SAFEMEMSET, 39, memset(G, 5, 0, 4, 0x41))
            .asm("la      t0, msg", "li      t1, " + G, "sw      t1, 8(t0)", "sw      s2, 12(t0)")
            .ipc("ipc_sendrec", VFS, "msg", 40)
            .kcall(SysCalls.SYS_SAFECOPYFROM, 41, copy(VFS, 0, 0, "mybuf4", 16))
            .recordWord(42, "mybuf4", 0)
            .kcall(SysCalls.SYS_SAFECOPYTO, 43, copy(VFS, 0, 0, "patch", 4))
            .kcall(SysCalls.SYS_UMAP, 44, umap(SELF, 0x1001, "mybuf", 16))
            .recordField(45, Fields.M5_L2)
            .kcall(SysCalls.SYS_UMAP, 46, umap(G, 0x1001, "mybuf", 16))
            .kcall(SysCalls.SYS_UMAP, 47, umap(SELF, 0x2001, "mybuf", 16))
            .kcall(SysCalls.SYS_UMAP, 48, umap(SELF, 0x1002, "mybuf", 16))
            .kcall(SysCalls.SYS_UMAP, 49, umap(G, 0x1003, 0, 16))
            .recordField(50, Fields.M5_L2)
            .kcall(SysCalls.SYS_UMAP, 51, umap(G, 0x1003, 0, 17))
            .kcall(SysCalls.SYS_UMAP, 52, umap(SELF, 0x1001, 0x10, 4))
            .kcall(SysCalls.SYS_UMAP, 53, umap(SELF, 0x1001, "mybuf", 0))
            .kcall(SysCalls.SYS_UMAP, 54, umap(SELF, 0x1001, 0x7fff_dff8, 16))
            .kcall(SysCalls.SYS_UMAP, 55, umap(G, 0x1003, 3, 16))
            .ipc("ipc_send", G, "msg", 56)
            .data("msg:    .space 64", "mybuf:  .space 16", "mybuf3: .space 16", "mybuf4: .space 16",
                "mybuf5: .space 16", "patch:  .ascii \"WXYZ\"", "        .balign 4",
                "vec:    .word " + G + ", " + SELF + ", 0, 0, mybuf5, 8",
                "        .word " + SELF + ", " + G + ", 0, 8, patch, 4",
                "badvec: .word " + G + ", " + G + ", 0, 0, mybuf5, 8",
                "failvec: .word " + G + ", " + SELF + ", 0, 0, mybuf5, 4",
                "        .word " + SELF + ", " + G + ", 1, 8, patch, 4")
            .done();
    }

    @Test
    void grantsGiveExactlyWhatTheySayAndNothingElse() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("vfs", VFS, Privileges.service(), VFS_PROGRAM)
               .program("g", G, Privileges.service(), G_PROGRAM)
               .program("b", B, Privileges.service(), bProgram())
               .program("c", C, Privileges.service(), C_PROGRAM)
               .boot().runUntilDone(300_000_000, G, B, C, VFS);
            int[] expected = {
                Errors.OK, Errors.OK,
                Errors.OK, 0x33323130, Errors.OK, Errors.OK, Errors.EPERM, Errors.OK, Errors.EPERM, Errors.OK,
                Errors.EPERM, Errors.EPERM, Errors.EINVAL, Errors.EINVAL, Errors.EFAULT, Errors.EPERM, Errors.EPERM,
                Errors.EFAULT, Errors.EFAULT, Errors.EPERM, Errors.EPERM, Errors.EPERM, Errors.ELOOP, Errors.EPERM,
                Errors.OK, Errors.OK, 0x33323130,
                Errors.OK, Errors.EINVAL, Errors.EINVAL, Errors.EINVAL, Errors.EFAULT, Errors.EPERM, 0x33323130,
                Errors.OK, Errors.EPERM, Errors.EFAULT, Errors.EINVAL, Errors.EINVAL, Errors.EFAULT,
                Errors.OK, Errors.OK, 0x33323130, Errors.EPERM};
            String[] what = {
                "ready from G", "ready from C",
                "FROM", "read", "TO", "FROM read-only", "TO read-only", "FROM a grant to ANY", "not VALID",
                "sequence 3", "old sequence", "index past the end", "grant -1", "no granter 40", "granter NONE",
                "beyond the grant", "offset + bytes overflows", "granted memory unmapped", "own buffer unmapped",
                "magic by a granter that is not VFS", "neither direct nor magic", "grant that wraps",
                "endless indirect chain", "a grant for C", "0 bytes",
                "indirect through C", "read through C",
                "VSAFECOPY", "element without SELF", "65 elements", "-1 elements", "unreadable vector",
                "second element fails", "first element done",
                "SAFEMEMSET", "read-only", "NONE", "no granter 40", "granter without a table", "unmapped",
                "ask VFS", "magic grant", "read through VFS", "magic grant is read-only"};
            for (int i = 0; i < expected.length; i++) {
                assertThat(rig.result(B, i)).as(i + ": " + what[i]).isEqualTo(expected[i]);
            }
            assertThat(rig.result(G, 0)).as("SETGRANT size -1").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(G, 1)).as("SETGRANT past GRANT_MAX_IDX").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(G, 2)).as("SETGRANT misaligned").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(G, 3)).as("SETGRANT").isEqualTo(Errors.OK);
            assertThat(rig.result(G, 8)).as("cp_faulted of the CPF_TRY grant").isEqualTo(5);
            assertThat(new int[] {rig.result(G, 9), rig.result(G, 10), rig.result(G, 11), rig.result(G, 12)})
                .as("\"0123WXYZWXYZAAAA\": TO at 4, VSAFECOPY's TO at 8, SAFEMEMSET at 12")
                .containsExactly(0x33323130, 0x5a595857, 0x5a595857, 0x41414141);
        }
    }

    @Test
    void umapGivesPhysicalAddressesOfContiguousMemory() throws Exception {
        try (KernelRig rig = new KernelRig()) {
            rig.program("vfs", VFS, Privileges.service(), VFS_PROGRAM)
               .program("g", G, Privileges.service(), G_PROGRAM)
               .program("b", B, Privileges.service(), bProgram())
               .program("c", C, Privileges.service(), C_PROGRAM)
               .boot().runUntilDone(300_000_000, G, B, C, VFS);
            assertThat(rig.result(B, 44)).isEqualTo(Errors.OK);
            assertThat(rig.result(B, 45)).as("RAM").isNegative();
            assertThat(rig.result(B, 46)).as("another's address without a grant").isEqualTo(Errors.EPERM);
            assertThat(rig.result(B, 47)).as("segment type 0x2000").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(B, 48)).as("segment index 2").isEqualTo(Errors.EINVAL);
            assertThat(rig.result(B, 49)).as("G's grant 0").isEqualTo(Errors.OK);
            assertThat(rig.result(B, 50)).as("where G's buffer is").isEqualTo(rig.result(G, 5));
            assertThat(rig.result(B, 51)).as("more than granted").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(B, 52)).as("unmapped").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(B, 53)).as("0 bytes").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(B, 54)).as("two stack pages, not physically adjacent").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(B, 55)).as("a grant that is not valid").isEqualTo(Errors.EFAULT);
            assertThat(rig.result(B, 56)).isEqualTo(Errors.OK);
        }
    }

    /** User processes cannot be given kernel calls; the test grants one to show the kernel's own check. */
    @Test
    void aProcessWithoutItsOwnPrivilegesHasNoGrantTable() throws Exception {
        String user = new UserProgram().kcall(SysCalls.SYS_SETGRANT, 0, Fields.M2_P1, "t", Fields.M2_I2, 1)
            .data("t:      .space 28").done();
        try (KernelRig rig = new KernelRig()) {
            rig.program("user", 3, Privileges.user(), user).boot();
            rig.kernel.context().privs.setBit(Config.USER_PRIV_ID, PrivTable.K_CALL_MASK,
                SysCalls.SYS_SETGRANT - SysCalls.KERNEL_CALL, true);
            rig.runUntilDone(100_000_000, 3);
            assertThat(rig.result(3, 0)).isEqualTo(Errors.EPERM);
            assertThat(rig.kernel.context().privs.read(Config.USER_PRIV_ID, PrivTable.GRANT_ENTRIES)).isZero();
        }
    }
}
