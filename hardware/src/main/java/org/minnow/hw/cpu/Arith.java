package org.minnow.hw.cpu;

/**
 * Division and remainder as the M extension defines them (unprivileged spec, section 7.2,
 * table 7.1): division by zero and signed overflow give fixed results instead of trapping.
 */
final class Arith {
    private Arith() {}

    static int div(int a, int b) {
        if (b == 0) {
            return -1;
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            return a;
        }
        return a / b;
    }

    static int divu(int a, int b) {
        return b == 0 ? -1 : Integer.divideUnsigned(a, b);
    }

    static int rem(int a, int b) {
        if (b == 0) {
            return a;
        }
        if (a == Integer.MIN_VALUE && b == -1) {
            return 0;
        }
        return a % b;
    }

    static int remu(int a, int b) {
        return b == 0 ? a : Integer.remainderUnsigned(a, b);
    }
}
