/* A student mistake: testing the wider condition first makes later branches unreachable. */
#include <stdio.h>

static const char *wrong(int score) {
    if (score >= 50) return "pass";
    else if (score >= 90) return "distinction";   /* never reached */
    else return "fail";
}

static const char *right(int score) {
    if (score >= 90) return "distinction";
    else if (score >= 50) return "pass";
    else return "fail";
}

int main(void) {
    int scores[] = {95, 70, 30};
    for (int i = 0; i < 3; i++) {
        printf("%d: wrong says %s, right says %s\n", scores[i], wrong(scores[i]), right(scores[i]));
    }
    return 0;
}
