# crt0.s: the start of a bare-metal C program on QEMU's virt board and Minnow's machine.
# The program is loaded at 0x8000_0000 and entered at _start in machine mode. Before main:
#   - gp = __global_pointer$ (the linker places it 0x800 into the small-data area),
#   - sp = STACK_TOP: the stack grows down from 16 MiB into RAM (0x8100_0000), so the program
#     runs on any machine with at least 16 MiB; bare/sbrk.c keeps the heap 1 MiB below it,
#   - mtvec = __minnow_trap, so an exception prints what went wrong and ends the run
#     (bare/trap.c) instead of looping silently,
#   - .bss (from __bss_start to _end) is zeroed.
# Then main(0, NULL) is called, and exit() with what it returns.
# Written for both GNU as and minnow as.

    .option arch, +zicsr       # the CSR instructions (GNU as wants this said; rv32im lacks it)
    .equ STACK_TOP, 0x81000000

    .text
    .globl _start
    .type _start, @function
_start:
    .option push
    .option norelax            # "la gp" must not be relaxed into an offset from gp itself
    la gp, __global_pointer$
    .option pop
    li sp, STACK_TOP
    la t0, __minnow_trap
    csrw mtvec, t0

    la t0, __bss_start
    la t1, _end
1:  bgeu t0, t1, 3f            # zero byte by byte up to a word boundary
    andi t2, t0, 3
    beqz t2, 2f
    sb zero, 0(t0)
    addi t0, t0, 1
    j 1b
2:  addi t2, t0, 4             # then whole words while a whole word fits
    bgtu t2, t1, 4f
    sw zero, 0(t0)
    mv t0, t2
    j 2b
4:  bgeu t0, t1, 3f            # and the last bytes
    sb zero, 0(t0)
    addi t0, t0, 1
    j 4b

3:  li a0, 0                   # argc
    li a1, 0                   # argv
    call main
    call exit
5:  j 5b
    .size _start, .-_start

# An exception in the program: hand the cause, the pc and the faulting value to C.
    .balign 4
    .globl __minnow_trap
    .type __minnow_trap, @function
__minnow_trap:
    csrr a0, mcause
    csrr a1, mepc
    csrr a2, mtval
    call __minnow_fatal_trap
6:  j 6b
    .size __minnow_trap, .-__minnow_trap
