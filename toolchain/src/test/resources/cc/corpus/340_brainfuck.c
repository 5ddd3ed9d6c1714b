/* An interpreter for the eight-instruction language Brainfuck, running its Hello World program. */
#include <stdio.h>
#include <string.h>

static void run(const char *program) {
    unsigned char tape[256];
    memset(tape, 0, sizeof tape);
    unsigned char *cell = tape;
    int steps = 0;
    for (const char *pc = program; *pc; pc++) {
        steps++;
        switch (*pc) {
            case '>': cell++; break;
            case '<': cell--; break;
            case '+': ++*cell; break;
            case '-': --*cell; break;
            case '.': putchar(*cell); break;
            case '[':
                if (*cell == 0) {
                    for (int depth = 1; depth > 0;) {
                        pc++;
                        depth += (*pc == '[') - (*pc == ']');
                    }
                }
                break;
            case ']':
                if (*cell != 0) {
                    for (int depth = 1; depth > 0;) {
                        pc--;
                        depth += (*pc == ']') - (*pc == '[');
                    }
                }
                break;
        }
    }
    printf("(%d steps)\n", steps);
}

int main(void) {
    run("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.");
    run("++++++[>++++++++<-]>+++++.+.+.");
    putchar('\n');
    return 0;
}
