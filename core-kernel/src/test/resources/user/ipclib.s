# Minnow IPC stubs for the kernel's test programs: a0 = endpoint, a1 = message address;
# the result comes back in a0, and for RECEIVE the status word in a1.
        .text
        .globl ipc_send, ipc_receive, ipc_sendrec, ipc_notify, ipc_sendnb, ipc_senda
        .globl kernel_call, sleep_ticks, record, done, clear_msg
ipc_send:
        li      a7, 1
        ecall
        ret
ipc_receive:
        li      a7, 2
        ecall
        ret
ipc_sendrec:
        li      a7, 3
        ecall
        ret
ipc_notify:
        li      a7, 4
        ecall
        ret
ipc_sendnb:
        li      a7, 5
        ecall
        ret
ipc_senda:
        li      a7, 16
        ecall
        ret

# kernel_call(a0 = m_type, a1 = message): SENDREC to SYSTEM (-2) with m_type set; returns the
# kernel call's result (the reply's m_type), or the IPC error.
kernel_call:
        sw      a0, 4(a1)
        li      a0, -2
        li      a7, 3
        ecall
        bnez    a0, 1f
        lw      a0, 4(a1)
1:      ret

# sleep_ticks(a0 = ticks): SYS_SETALARM, then RECEIVE from CLOCK (-3). System processes only.
sleep_ticks:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        la      a1, sleep_msg
        sw      a0, 28(a1)              # ALRM_EXP_TIME (m2_l1)
        sw      zero, 20(a1)            # ALRM_ABS_TIME (m2_i2)
        li      a0, 0x618               # SYS_SETALARM
        call    kernel_call
        li      a0, -3
        la      a1, sleep_msg
        call    ipc_receive
        lw      ra, 12(sp)
        addi    sp, sp, 16
        ret

# clear_msg(a0 = message): zeroes the 64 bytes of a message. Uses only t0 and t1.
clear_msg:
        li      t0, 16
        mv      t1, a0
1:      sw      zero, 0(t1)
        addi    t1, t1, 4
        addi    t0, t0, -1
        bnez    t0, 1b
        ret

# record(a0 = index, a1 = value): results[index] = value
record:
        la      t0, results
        slli    a0, a0, 2
        add     t0, t0, a0
        sw      a1, 0(t0)
        ret

# done: marks the program finished (results[63] = 1) and waits forever without using the CPU.
done:
        li      a0, 63
        li      a1, 1
        call    record
2:      li      a0, 31744               # RECEIVE from ANY: system processes sleep here
        la      a1, sleep_msg
        li      a7, 2
        ecall
        beqz    a0, 2b
3:      j       3b                      # user processes may not RECEIVE: they spin

        .data
        .balign 8
        .globl results
results: .space 256
sleep_msg: .space 64
