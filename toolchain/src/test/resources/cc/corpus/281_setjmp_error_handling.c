/* setjmp/longjmp as an exception mechanism: errors deep in a recursive parser unwind to the top. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf on_error;
static const char *input;
static const char *error_message;

static int expression(void);

static void fail(const char *message) {
    error_message = message;
    longjmp(on_error, 1);
}

static int factor(void) {
    if (*input == '(') {
        input++;
        int v = expression();
        if (*input != ')') {
            fail("missing )");
        }
        input++;
        return v;
    }
    if (*input < '0' || *input > '9') {
        fail("expected a digit");
    }
    int v = 0;
    while (*input >= '0' && *input <= '9') {
        v = v * 10 + (*input++ - '0');
    }
    return v;
}

static int term(void) {
    int v = factor();
    while (*input == '*' || *input == '/') {
        char op = *input++;
        int r = factor();
        if (op == '/' && r == 0) {
            fail("division by zero");
        }
        v = op == '*' ? v * r : v / r;
    }
    return v;
}

static int expression(void) {
    int v = term();
    while (*input == '+' || *input == '-') {
        char op = *input++;
        int r = term();
        v = op == '+' ? v + r : v - r;
    }
    return v;
}

static void evaluate(const char *text) {
    input = text;
    if (setjmp(on_error) == 0) {
        int v = expression();
        if (*input != '\0') {
            fail("unexpected character");
        }
        printf("%-16s = %d\n", text, v);
    } else {
        printf("%-16s : error at %d: %s\n", text, (int)(input - text), error_message);
    }
}

int main(void) {
    evaluate("1+2*3");
    evaluate("(1+2)*3");
    evaluate("((7))");
    evaluate("10/(5-5)");
    evaluate("(1+2");
    evaluate("2*x");
    evaluate("8/2/2");
    evaluate("1+1)");
    return 0;
}
