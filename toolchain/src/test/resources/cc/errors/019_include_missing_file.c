// expect: 3:10 error: no_such_header.h
// including a header that does not exist
#include "no_such_header.h"

int main(void) {
    return 0;
}
