# A bare-metal program for QEMU's virt board, in Minnow's own assembly: greets on the UART,
# counts down a loop printing each digit, and powers off through the test finisher.
        .equ UART, 0x10000000
        .equ LSR, 5
        .equ THRE, 0x20
        .equ FINISHER, 0x100000

        .text
        .globl _start
_start:
        la      sp, stack_top
        la      a0, greeting
        call    puts
        li      s0, 9                   # the loop: 9 down to 0
1:      addi    a0, s0, '0'
        call    putc
        li      a0, ' '
        call    putc
        addi    s0, s0, -1
        bgez    s0, 1b
        li      a0, '\n'
        call    putc
        la      a0, farewell
        call    puts
        li      t0, FINISHER
        li      t1, 0x5555
        sw      t1, 0(t0)
2:      j       2b

# putc(a0): waits for the transmitter, then sends one byte
        .globl putc
putc:
        li      t0, UART
1:      lbu     t1, LSR(t0)
        andi    t1, t1, THRE
        beqz    t1, 1b
        sb      a0, 0(t0)
        ret

# puts(a0): sends a NUL-terminated string
        .globl puts
puts:
        addi    sp, sp, -16
        sw      ra, 12(sp)
        sw      s1, 8(sp)
        mv      s1, a0
1:      lbu     a0, 0(s1)
        beqz    a0, 2f
        call    putc
        addi    s1, s1, 1
        j       1b
2:      lw      s1, 8(sp)
        lw      ra, 12(sp)
        addi    sp, sp, 16
        ret

        .section .rodata
greeting: .asciz "Hello from Minnow's assembler and linker\n"
farewell: .string "done\n"

        .bss
        .balign 16
        .space 4096
stack_top:
