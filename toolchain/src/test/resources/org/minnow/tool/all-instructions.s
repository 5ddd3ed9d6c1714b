# Every instruction and pseudo-instruction, for comparisons with GNU binutils.
	.text
	.globl _start
_start:
	lui a0, 0x12345
	auipc t1, 0xfffff
	jal ra, .+16
	jal zero, .-8
	jalr ra, 4(a0)
	beq a0, a1, .+8
	bne s0, s1, .-4
	blt t0, t1, .+4094
	bge a2, a3, .-4096
	bltu a4, a5, .+2048
	bgeu x1, x31, .+12
	lb a0, -1(sp)
	lh a1, 2047(s0)
	lw a2, -2048(gp)
	lbu a3, 0(tp)
	lhu a4, 100(t0)
	sb a0, -1(sp)
	sh a1, 2047(s0)
	sw a2, -2048(gp)
	addi a0, a1, -2048
	slti a0, a1, 2047
	sltiu a0, a1, 1
	xori a0, a1, -1
	ori a0, a1, 0x555
	andi a0, a1, 0xff
	slli a0, a1, 31
	srli a0, a1, 1
	srai a0, a1, 17
	add a0, a1, a2
	sub a0, a1, a2
	sll a0, a1, a2
	slt a0, a1, a2
	sltu a0, a1, a2
	xor a0, a1, a2
	srl a0, a1, a2
	sra a0, a1, a2
	or a0, a1, a2
	and a0, a1, a2
	fence rw, w
	fence.tso
	pause
	ecall
	ebreak
	fence.i
	csrrw a0, mstatus, a1
	csrrs a0, mepc, a1
	csrrc a0, 0x7c0, a1
	csrrwi a0, mtvec, 31
	csrrsi a0, sstatus, 1
	csrrci a0, satp, 0
	mul a0, a1, a2
	mulh a0, a1, a2
	mulhsu a0, a1, a2
	mulhu a0, a1, a2
	div a0, a1, a2
	divu a0, a1, a2
	rem a0, a1, a2
	remu a0, a1, a2
	lr.w a0, (a1)
	sc.w a0, a2, (a1)
	amoswap.w a0, a2, (a1)
	amoadd.w a0, a2, (a1)
	amoxor.w a0, a2, (a1)
	amoand.w a0, a2, (a1)
	amoor.w a0, a2, (a1)
	amomin.w a0, a2, (a1)
	amomax.w a0, a2, (a1)
	amominu.w a0, a2, (a1)
	amomaxu.w a0, a2, (a1)
	lr.w.aq a0, (a1)
	sc.w.rl a0, a2, (a1)
	amoswap.w.aqrl a0, a2, (a1)
	sret
	mret
	wfi
	sfence.vma a0, a1
	sfence.vma
	nop
	li a0, 0
	li a0, -2048
	li a0, 2047
	li a0, 2048
	li a0, 0x12345678
	li a0, -1
	li a0, 0xffffffff
	li a0, 0x80000000
	li a0, 0x7ffff800
	li a0, 0x1000
	ret
	mv a0, a1
	not a0, a1
	neg a0, a1
	seqz a0, a1
	snez a0, a1
	sltz a0, a1
	sgtz a0, a1
	sgt a0, a1, a2
	sgtu a0, a1, a2
	beqz a0, .+8
	bnez a0, .+8
	blez a0, .+8
	bgez a0, .+8
	bltz a0, .+8
	bgtz a0, .+8
	bgt a0, a1, .+8
	ble a0, a1, .+8
	bgtu a0, a1, .+8
	bleu a0, a1, .+8
	j .+8
	jal .+8
	jr a0
	jalr a0
	jalr t0, a0
	fence
	csrr a0, mscratch
	csrw mscratch, a0
	csrs mie, a0
	csrc mip, a0
	csrwi mscratch, 5
	csrsi mie, 8
	csrci mip, 31
	rdcycle a0
	rdtime a1
	rdinstret a2
	rdcycleh a0
	rdtimeh a1
	rdinstreth a2
	unimp
	call far
	tail far
	la a0, value
	lw a1, value
	sw a1, value, t0
	lui a2, %hi(value)
	addi a2, a2, %lo(value)
	sw a2, %lo(value)(a2)
	.section .text.far,"ax"
far:	ret
	.data
value:	.word 1, _start, far - _start
	.bss
	.zero 16
