/*
 * alarm.c (reference solution of lesson 04-interrupts): five alarms, each a notification from CLOCK.
 */
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <minix/com.h>
#include <minix/const.h>
#include <minix/ipc.h>
#include <minix/syslib.h>

static void open_console(void) {
    open("/dev/console", O_RDONLY);
    open("/dev/console", O_WRONLY);
    dup(1);
}

int main(void) {
    open_console();
    int alarms = 0;
    while (alarms < 5) {
        if (sys_setalarm(1, 0) != OK) {
            printf("alarm: sys_setalarm failed\n");
            return 1;
        }
        message m;
        int status;
        if (ipc_receive(ANY, &m, &status) != OK) {
            return 1;
        }
        if (is_ipc_notify(status) && m.m_source == CLOCK) {
            alarms++;
            printf("alarm: tick %d\n", alarms);
        }
    }
    printf("alarm: %d alarms\n", alarms);
    return 0;
}
