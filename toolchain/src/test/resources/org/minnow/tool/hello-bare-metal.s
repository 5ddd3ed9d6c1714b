# A bare-metal program for QEMU's virt board: print through the UART, then power off
# through the SiFive test finisher.
	.globl _start
_start:
	la sp, stack_top
	la a0, message
	call puts
	li t0, 0x100000
	li t1, 0x5555
	sw t1, 0(t0)
1:	j 1b

puts:
	li t0, 0x10000000
1:	lbu t1, 0(a0)
	beqz t1, 2f
	sb t1, 0(t0)
	addi a0, a0, 1
	j 1b
2:	ret

	.rodata
message: .asciz "hello from minnow\n"
	.bss
	.zero 256
stack_top:
