/*
 * minix/endpoint.h: endpoints, the names of processes in IPC. An endpoint packs a process slot
 * and a generation number, so that a message to a process that died and whose slot was reused
 * fails (EDEADSRCDST) instead of reaching the newcomer. With generation 0 the endpoint is the
 * slot number: the boot processes have the small endpoints of minix/com.h.
 */
#ifndef _MINIX_ENDPOINT_H
#define _MINIX_ENDPOINT_H

#include <sys/types.h>

#define _ENDPOINT_GENERATION_SHIFT 15
#define _ENDPOINT_GENERATION_SIZE (1 << _ENDPOINT_GENERATION_SHIFT)
#define _ENDPOINT_MAX_NR_TASKS 1023
#define _ENDPOINT_SLOT_TOP (_ENDPOINT_GENERATION_SIZE - _ENDPOINT_MAX_NR_TASKS)

/* endpoint = generation << 15 | slot; _ENDPOINT_P gives the slot back (kernel tasks are negative) */
#define _ENDPOINT(g, p) (((g) << _ENDPOINT_GENERATION_SHIFT) + (p))
#define _ENDPOINT_G(e) (((e) + _ENDPOINT_MAX_NR_TASKS) >> _ENDPOINT_GENERATION_SHIFT)
#define _ENDPOINT_P(e) \
    ((((e) + _ENDPOINT_MAX_NR_TASKS) & (_ENDPOINT_GENERATION_SIZE - 1)) - _ENDPOINT_MAX_NR_TASKS)

#endif
