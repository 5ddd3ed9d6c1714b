/* Included three times by 198_pragma_once.c; #pragma once makes the later ones do nothing. */
#pragma once

static int included_count = 0;

struct once_only {
    int value;
};
