# The client: it should ask the server something by SENDREC. For now it only spins.
        .globl _start
_start:
1:      j       1b
