/* A tiny interpreter: a stack-based bytecode machine with jumps, running a loop that sums 1..10
   and a program that computes factorials. */
#include <stdio.h>

enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, OVER, DROP, JZ, JMP, PRINT, HALT };

static const char *const names[] = {"PUSH", "ADD", "SUB", "MUL", "DUP", "SWAP", "OVER", "DROP", "JZ", "JMP",
                                    "PRINT", "HALT"};

static int run(const int *code, int trace) {
    int stack[32], sp = 0, pc = 0, steps = 0;
    for (;;) {
        int op = code[pc++];
        steps++;
        if (trace) printf("  %2d %s\n", pc - 1, names[op]);
        switch (op) {
            case PUSH: stack[sp++] = code[pc++]; break;
            case ADD: sp--; stack[sp - 1] += stack[sp]; break;
            case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
            case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
            case DUP: stack[sp] = stack[sp - 1]; sp++; break;
            case SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
            case OVER: stack[sp] = stack[sp - 2]; sp++; break;
            case DROP: sp--; break;
            case JZ: { int target = code[pc++]; if (stack[--sp] == 0) pc = target; break; }
            case JMP: pc = code[pc]; break;
            case PRINT: printf("%d\n", stack[--sp]); break;
            case HALT: return steps;
        }
    }
}

int main(void) {
    /* sum = 0; n = 10; while (n) { sum += n; n -= 1; } print sum */
    int sum2[] = {
        PUSH, 0, PUSH, 10,        /* 0: sum n */
        DUP, JZ, 16,              /* 4 */
        SWAP, OVER, ADD,          /* 7: n sum+n */
        SWAP, PUSH, 1, SUB,       /* 10: sum' n-1 */
        JMP, 4,                   /* 14 */
        DROP, PRINT, HALT,        /* 16 */
    };
    printf("sum 1..10:\n");
    printf("(%d steps)\n", run(sum2, 0));
    int fact[] = {PUSH, 1, PUSH, 12, DUP, JZ, 16, SWAP, OVER, MUL, SWAP, PUSH, 1, SUB, JMP, 4, DROP, PRINT, HALT};
    printf("12!:\n");
    printf("(%d steps)\n", run(fact, 0));
    int tiny[] = {PUSH, 6, PUSH, 7, MUL, PRINT, HALT};
    printf("traced:\n");
    run(tiny, 1);
    return 0;
}
