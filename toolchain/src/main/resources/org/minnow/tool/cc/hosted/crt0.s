# Start-up for programs under Minnow's operating system (minnow cc without --bare): the system
# enters _start with the stack set up and argc, argv in a0, a1. main's value goes to exit(),
# which the userland C library provides.
	.text
	.globl	_start
	.type	_start, @function
_start:
	call	main
	call	exit
1:	j	1b
	.size	_start, .-_start
