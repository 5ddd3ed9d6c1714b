/* A struct with a fixed-size char array member, filled with string functions. */
#include <stdio.h>
#include <string.h>

struct user {
    char login[8];
    char full_name[24];
    int uid;
};

int main(void) {
    struct user u;
    memset(&u, 0, sizeof u);
    strncpy(u.login, "ritchie_dmr", sizeof u.login - 1);
    strcpy(u.full_name, "Dennis ");
    strcat(u.full_name, "Ritchie");
    u.uid = 1000;
    printf("login [%s] (cut to %u chars)\n", u.login, (unsigned)strlen(u.login));
    printf("name [%s], uid %d\n", u.full_name, u.uid);
    printf("sizeof(struct user) = %u\n", (unsigned)sizeof(struct user));
    return 0;
}
