/* p->m is (*p).m; functions that change a struct take a pointer to it. */
#include <stdio.h>

struct account {
    int balance;
    int transactions;
};

static void deposit(struct account *a, int amount) {
    a->balance += amount;
    a->transactions++;
}

static int withdraw(struct account *a, int amount) {
    if (amount > a->balance) {
        return 0;
    }
    (*a).balance -= amount;
    (*a).transactions++;
    return 1;
}

int main(void) {
    struct account acc = {0, 0};
    deposit(&acc, 100);
    deposit(&acc, 50);
    printf("withdraw 500: %d\n", withdraw(&acc, 500));
    printf("withdraw 30: %d\n", withdraw(&acc, 30));
    printf("balance %d after %d transactions\n", acc.balance, acc.transactions);
    struct account *p = &acc;
    printf("p->balance == (*p).balance: %d\n", p->balance == (*p).balance);
    return 0;
}
