# sigreturn.s: the trampoline a signal handler returns to. SYS_SIGSEND entered the handler with
# ra = __sigreturn_trampoline and sp = the signal frame; the handler gives sp back as the ABI
# requires, so here sp is the frame again, and sigreturn (PM_SIGRETURN) puts the process back
# where the signal found it. sigreturn does not return; the loop is there in case it fails.
# Written for both GNU as and minnow as.

    .text
    .globl __sigreturn_trampoline
    .type __sigreturn_trampoline, @function
__sigreturn_trampoline:
    mv a0, sp
    call sigreturn
1:
    j 1b
    .size __sigreturn_trampoline, .-__sigreturn_trampoline
