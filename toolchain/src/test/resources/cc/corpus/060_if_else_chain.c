/* if, else if, else. */
#include <stdio.h>

static const char *grade(int score) {
    if (score >= 90) {
        return "A";
    } else if (score >= 80) {
        return "B";
    } else if (score >= 70) {
        return "C";
    } else if (score >= 60) {
        return "D";
    } else {
        return "F";
    }
}

int main(void) {
    int scores[] = {95, 90, 85, 72, 61, 59, 0};
    for (int i = 0; i < 7; i++) {
        printf("%d -> %s\n", scores[i], grade(scores[i]));
    }
    int x = 0;
    if (x)
        printf("no braces, not taken\n");
    else
        printf("no braces, else taken\n");
    if (-1) printf("-1 is true\n");
    return 0;
}
