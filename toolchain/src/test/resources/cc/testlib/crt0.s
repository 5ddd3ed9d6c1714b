# Start-up for the compiler's tests: stack at the top of RAM, zeroed .bss, exit(main()).
	.text
	.globl	_start
_start:
	li	sp, 0x88000000
	la	t0, __bss_start
	la	t1, _end
1:	bgeu	t0, t1, 2f
	sb	zero, 0(t0)
	addi	t0, t0, 1
	j	1b
2:	call	main
	call	exit
3:	j	3b
