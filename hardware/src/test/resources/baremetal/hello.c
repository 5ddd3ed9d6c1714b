/* The first program: a line on the UART, then a clean exit. */
#include "virt.h"

int main(void) {
    puts_("Hello from a bare-metal RISC-V program\n");
    return 0;
}
