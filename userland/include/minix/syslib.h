/*
 * minix/syslib.h: libsys, the library of system processes: the kernel calls (one sys_* per
 * call the kernel offers; see the kernel's Do*.java for each one's contract), asynchronous
 * sends, and small helpers. Every function returns OK (0) or a negative error code.
 */
#ifndef _MINIX_SYSLIB_H
#define _MINIX_SYSLIB_H

#include <sys/types.h>
#include <errno.h>
#include <signal.h>
#include <minix/ipc.h>
#include <minix/com.h>
#include <minix/safecopies.h>

/* SENDREC to SYSTEM with m_type = type; the kernel call's result, or the IPC error. */
int _kernel_call(int type, message *m);

/* ---- processes ---- */
int sys_fork(endpoint_t parent, int child_slot, endpoint_t *child, vir_bytes *msgaddr);
int sys_exec(endpoint_t proc, const void *elf, size_t elf_len, const char *args, size_t args_len, const char *name);
int sys_clear(endpoint_t proc, int status);
int sys_exit(void);
int sys_kill(endpoint_t proc, int sig);
int sys_getksig(endpoint_t *proc, sigset_t *map);
int sys_endksig(endpoint_t proc);
int sys_sigsend(endpoint_t proc, int sig, vir_bytes handler, vir_bytes trampoline, int answer);
int sys_sigreturn(endpoint_t proc, vir_bytes frame);
int sys_privctl(endpoint_t proc, int request, void *arg);
int sys_statectl(int request);
int sys_schedctl(int flags, endpoint_t proc, int priority, int quantum_ms);

/* ---- memory ---- */
int sys_umap(endpoint_t seg_owner, int seg, vir_bytes addr_or_grant, vir_bytes bytes, phys_bytes *phys);
int sys_vircopy(endpoint_t src, vir_bytes src_addr, endpoint_t dst, vir_bytes dst_addr, vir_bytes bytes);
int sys_physcopy(endpoint_t src, vir_bytes src_addr, endpoint_t dst, vir_bytes dst_addr, vir_bytes bytes);
int sys_safecopyfrom(endpoint_t granter, cp_grant_id_t grant, vir_bytes offset, vir_bytes addr, size_t bytes);
int sys_safecopyto(endpoint_t granter, cp_grant_id_t grant, vir_bytes offset, vir_bytes addr, size_t bytes);
int sys_vsafecopy(void *vector, int count);
int sys_safememset(endpoint_t granter, cp_grant_id_t grant, vir_bytes offset, int pattern, size_t bytes);
int sys_setgrant(cp_grant_t *table, int entries);
/* Maps len bytes of device memory at phys into the caller; *vaddr in: wanted address or 0, out: where. */
int sys_vmctl_map_phys(phys_bytes phys, size_t len, void **vaddr);
/* Sets the program break of proc (SELF: the caller) to addr (0: ask); *now gets the break. */
int sys_vmctl_brk(endpoint_t proc, vir_bytes addr, vir_bytes *now);

/* ---- devices, time, information ---- */
int sys_irqctl(int request, int irq, int policy, int *hook_id);
int sys_irqsetpolicy(int irq, int policy, int *hook_id);
int sys_irqrmpolicy(int *hook_id);
int sys_irqenable(int *hook_id);
int sys_irqdisable(int *hook_id);
int sys_setalarm(clock_t ticks, int absolute);
int sys_times(endpoint_t proc, clock_t *user, clock_t *system, clock_t *uptime);
int sys_getinfo(int request, void *buffer, size_t len, endpoint_t proc);
int sys_getwhoami(endpoint_t *who, char *name, size_t len);
int sys_diagctl_diag(const char *text, int len, int tag);

/* ---- asynchronous sends (SENDA), for servers that must never block on a peer ---- */
int asynsend(endpoint_t dst, message *m);

/* ---- helpers ---- */
/* Prints "name: message" on the console and exits (a service) or spins. */
void panic(const char *format, ...);

#endif
