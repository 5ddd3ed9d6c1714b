/*
 * minix/com.h: the constants of messages between system processes (MINIX 3.4's numbers): the
 * fixed endpoints, the kernel calls and their fields, and the driver protocols. Each kernel
 * call's fields are documented in the kernel's Do*.java headers; the names here are MINIX's.
 *
 * Message type ranges: 0x000 PM calls and 0x100 VFS calls (minix/callnr.h), 0x400 character
 * devices, 0x500 block devices, 0x600 kernel calls, 0x700 RS, 0x800 DS, 0x1000 notifications.
 */
#ifndef _MINIX_COM_H
#define _MINIX_COM_H

#include <minix/endpoint.h>

/* ---- magic endpoints and kernel tasks ---- */
#define ANY  (_ENDPOINT_SLOT_TOP - 1)   /* RECEIVE from anyone */
#define NONE (_ENDPOINT_SLOT_TOP - 2)   /* no process at all */
#define SELF (_ENDPOINT_SLOT_TOP - 3)   /* the caller itself */

#define ASYNCM   ((endpoint_t) -5)      /* notifies about finished SENDA entries */
#define IDLE     ((endpoint_t) -4)
#define CLOCK    ((endpoint_t) -3)      /* alarms arrive as notifications from CLOCK */
#define SYSTEM   ((endpoint_t) -2)      /* kernel calls are SENDREC to SYSTEM */
#define KERNEL   ((endpoint_t) -1)
#define HARDWARE KERNEL                 /* interrupts arrive as notifications from HARDWARE */

/* ---- the boot processes' slots (userland/etc/bootimage.conf) ---- */
#define PM_PROC_NR         ((endpoint_t) 0)
#define VFS_PROC_NR        ((endpoint_t) 1)
#define RS_PROC_NR         ((endpoint_t) 2)
#define MEM_PROC_NR        ((endpoint_t) 3)
#define TTY_PROC_NR        ((endpoint_t) 5)
#define DS_PROC_NR         ((endpoint_t) 6)
#define VIRTIO_BLK_PROC_NR ((endpoint_t) 7)
#define INIT_PROC_NR       ((endpoint_t) 11)

#define NR_TASKS 5
#define NR_PROCS 64

/* ---- notifications ---- */
#define NOTIFY_MESSAGE 0x1000
#define is_notify(type) ((type) == NOTIFY_MESSAGE)

/* ---- kernel calls (SENDREC to SYSTEM with m_type SYS_xxx) ---- */
#define KERNEL_CALL    0x600
#define SYS_FORK       (KERNEL_CALL + 0)
#define SYS_EXEC       (KERNEL_CALL + 1)
#define SYS_CLEAR      (KERNEL_CALL + 2)
#define SYS_SCHEDULE   (KERNEL_CALL + 3)
#define SYS_PRIVCTL    (KERNEL_CALL + 4)
#define SYS_KILL       (KERNEL_CALL + 6)
#define SYS_GETKSIG    (KERNEL_CALL + 7)
#define SYS_ENDKSIG    (KERNEL_CALL + 8)
#define SYS_SIGSEND    (KERNEL_CALL + 9)
#define SYS_SIGRETURN  (KERNEL_CALL + 10)
#define SYS_UMAP       (KERNEL_CALL + 14)
#define SYS_VIRCOPY    (KERNEL_CALL + 15)
#define SYS_PHYSCOPY   (KERNEL_CALL + 16)
#define SYS_IRQCTL     (KERNEL_CALL + 19)
#define SYS_DEVIO      (KERNEL_CALL + 21)
#define SYS_SETALARM   (KERNEL_CALL + 24)
#define SYS_TIMES      (KERNEL_CALL + 25)
#define SYS_GETINFO    (KERNEL_CALL + 26)
#define SYS_SAFECOPYFROM (KERNEL_CALL + 31)
#define SYS_SAFECOPYTO (KERNEL_CALL + 32)
#define SYS_VSAFECOPY  (KERNEL_CALL + 33)
#define SYS_SETGRANT   (KERNEL_CALL + 34)
#define SYS_VMCTL      (KERNEL_CALL + 43)
#define SYS_DIAGCTL    (KERNEL_CALL + 44)
#define SYS_EXIT       (KERNEL_CALL + 53)
#define SYS_SCHEDCTL   (KERNEL_CALL + 54)
#define SYS_STATECTL   (KERNEL_CALL + 55)
#define SYS_SAFEMEMSET (KERNEL_CALL + 56)

/* SYS_FORK, SYS_EXEC, SYS_CLEAR */
#define PR_ENDPT        m1_i1
#define PR_SLOT         m1_i2
#define PR_FORK_MSGADDR m1_p1
#define PR_ELF_PTR      m1_p1
#define PR_ELF_LEN      m1_i2
#define PR_ARGS_PTR     m1_p2
#define PR_ARGS_LEN     m1_i3
#define PR_NAME_PTR     m1_p3
#define PR_STATUS       m1_i2     /* SYS_CLEAR: the exit status, for the event stream */

/* SYS_KILL, SYS_GETKSIG, SYS_ENDKSIG */
#define SIG_ENDPT  m2_i1
#define SIG_NUMBER m2_i2
#define SIG_MAP    m2_sigset
/* SYS_SIGSEND, SYS_SIGRETURN (Minnow puts MINIX's struct sigmsg fields in the message) */
#define SIG_HANDLER  m2_i3       /* the handler's address */
#define SIG_RETURN   m2_l1       /* the trampoline's address */
#define SIG_MASK     m2_l2       /* the mask kept in the frame */
#define SIG_CTXT_PTR m2_p1       /* the frame's address in the process */
#define SIG_ANSWER   m2_ll1      /* the m_type for a caller waiting on PM's answer */

/* SYS_PRIVCTL, SYS_STATECTL */
#define CTL_ENDPT     m2_i1
#define CTL_REQUEST   m2_i2
#define CTL_ARG_PTR   m2_p1
#define CTL_PHYSSTART m2_l1
#define CTL_PHYSLEN   m2_l2
#define SYS_PRIV_ALLOW          1
#define SYS_PRIV_DISALLOW       2
#define SYS_PRIV_SET_SYS        3
#define SYS_PRIV_SET_USER       4
#define SYS_PRIV_ADD_IO         5
#define SYS_PRIV_ADD_MEM        6
#define SYS_PRIV_ADD_IRQ        7
#define SYS_PRIV_QUERY_MEM      8
#define SYS_PRIV_UPDATE_SYS     9
#define SYS_PRIV_YIELD         10
#define SYS_PRIV_CLEAR_IPC_REFS 11
#define SYS_STATE_CLEAR_IPC_REFS 1

/* SYS_UMAP, SYS_VIRCOPY, SYS_PHYSCOPY */
#define CP_SRC_ENDPT m5_i1
#define CP_SRC_ADDR  m5_l1
#define CP_DST_ENDPT m5_i2
#define CP_DST_ADDR  m5_l2
#define CP_NR_BYTES  m5_l3
#define UMAP_SEG     m5_s1
#define VM_D     0x1001   /* UMAP_SEG: an address of the caller's */
#define VM_GRANT 0x1003   /* UMAP_SEG: a grant */

/* SYS_IRQCTL */
#define IRQ_REQUEST m5_s1
#define IRQ_VECTOR  m5_s2
#define IRQ_POLICY  m5_i1
#define IRQ_HOOK_ID m5_l3
#define IRQ_SETPOLICY 1
#define IRQ_RMPOLICY  2
#define IRQ_ENABLE    3
#define IRQ_DISABLE   4
#define IRQ_REENABLE  1

/* SYS_SETALARM */
#define ALRM_EXP_TIME  m2_l1
#define ALRM_ABS_TIME  m2_i2
#define ALRM_TIME_LEFT m2_l1

/* SYS_TIMES */
#define T_ENDPT       m4_l1
#define T_USER_TIME   m4_l1
#define T_SYSTEM_TIME m4_l2
#define T_BOOTTIME    m4_l3
#define T_BOOT_TICKS  m4_l5

/* SYS_GETINFO */
#define I_REQUEST    m7_i3
#define I_VAL_PTR    m7_p1
#define I_VAL_LEN    m7_i1
#define I_VAL_LEN2_E m7_i2
#define GET_PROCTAB  2
#define GET_IRQHOOKS 6
#define GET_PRIVTAB  8
#define GET_PROC    11
#define GET_PRIV    17
#define GET_HZ      18
#define GET_WHOAMI  19
#define GIWHO_EP        m3_i1
#define GIWHO_PRIVFLAGS m3_i2
#define GIWHO_NAME      m3_ca1

/* SYS_SAFECOPYFROM, SYS_SAFECOPYTO, SYS_VSAFECOPY, SYS_SAFEMEMSET, SYS_SETGRANT */
#define SCP_FROM_TO  m2_i1
#define SCP_GID      m2_i3
#define SCP_OFFSET   m2_l1
#define SCP_ADDRESS  m2_p1
#define SCP_BYTES    m2_l2
#define VSCP_VEC_ADDR m2_p1
#define VSCP_VEC_SIZE m2_l2
#define SMS_DST     m2_i1
#define SMS_GID     m2_i3
#define SMS_OFFSET  m2_l1
#define SMS_BYTES   m2_l2
#define SMS_PATTERN m2_i2
#define SG_ADDR m2_p1
#define SG_SIZE m2_i2

/* SYS_VMCTL (Minnow's requests: there is no VM server) */
#define SVMCTL_WHO          m1_i1
#define SVMCTL_PARAM        m1_i2
#define SVMCTL_VALUE        m1_i3
#define SVMCTL_MAP_VIR_ADDR m1_p1
#define SVMCTL_PHYS_ADDR    m1_p2
#define VMCTL_MAP_PHYS 64
#define VMCTL_BRK      65

/* SYS_DIAGCTL */
#define DIAGCTL_CODE m1_i1
#define DIAGCTL_ARG1 m1_p1
#define DIAGCTL_ARG2 m1_i2
#define DIAGCTL_ARG3 m1_i3
#define DIAGCTL_CODE_DIAG 1

/* SYS_SCHEDCTL */
#define SCHEDCTL_FLAGS    m9_l1
#define SCHEDCTL_ENDPOINT m9_l2
#define SCHEDCTL_QUANTUM  m9_l3
#define SCHEDCTL_PRIORITY m9_s4
#define SCHEDCTL_FLAG_KERNEL 1

/* ---- character devices: VFS to a driver (fields in message.m_u.m_cdev) ---- */
#define CDEV_RQ_BASE 0x400
#define CDEV_RS_BASE 0x480
#define IS_CDEV_RQ(type) (((type) & ~0x7f) == CDEV_RQ_BASE)
#define IS_CDEV_RS(type) (((type) & ~0x7f) == CDEV_RS_BASE)
#define CDEV_OPEN   (CDEV_RQ_BASE + 0)
#define CDEV_CLOSE  (CDEV_RQ_BASE + 1)
#define CDEV_READ   (CDEV_RQ_BASE + 2)
#define CDEV_WRITE  (CDEV_RQ_BASE + 3)
#define CDEV_IOCTL  (CDEV_RQ_BASE + 4)
#define CDEV_CANCEL (CDEV_RQ_BASE + 5)
#define CDEV_SELECT (CDEV_RQ_BASE + 6)
#define CDEV_REPLY      (CDEV_RS_BASE + 0)
#define CDEV_SEL1_REPLY (CDEV_RS_BASE + 1)
#define CDEV_SEL2_REPLY (CDEV_RS_BASE + 2)
#define CDEV_R_BIT    0x01   /* open for reading */
#define CDEV_W_BIT    0x02   /* open for writing */
#define CDEV_NONBLOCK 0x01   /* read or write: do not wait */

/* ---- block devices ---- */
#define BDEV_RQ_BASE 0x500
#define BDEV_RS_BASE 0x580
#define BDEV_OPEN    (BDEV_RQ_BASE + 0)
#define BDEV_CLOSE   (BDEV_RQ_BASE + 1)
#define BDEV_READ    (BDEV_RQ_BASE + 3)
#define BDEV_WRITE   (BDEV_RQ_BASE + 4)
#define BDEV_GATHER  (BDEV_RQ_BASE + 5)
#define BDEV_SCATTER (BDEV_RQ_BASE + 6)
#define BDEV_IOCTL   (BDEV_RQ_BASE + 7)
#define BDEV_REPLY   (BDEV_RS_BASE + 0)
#define IS_BDEV_RQ(type) (((type) & ~0x7f) == BDEV_RQ_BASE)
#define IS_BDEV_RS(type) (((type) & ~0x7f) == BDEV_RS_BASE)
#define BDEV_R_BIT 0x01     /* BDEV_OPEN: for reading */
#define BDEV_W_BIT 0x02     /* BDEV_OPEN: for writing */
#define BDEV_NOFLAGS 0
/* BDEV_IOCTL requests Minnow's drivers know (MINIX's DIOCFLUSH, DIOCGETP's size only). */
#define DIOCFLUSH   0x6407  /* write the disk's cache back */
#define DIOCGETSIZE 0x6408  /* the device's size in bytes, as a u64 into the grant */

/* An element of a BDEV_GATHER/SCATTER vector (MINIX's iovec_s_t). */
typedef struct { int iov_grant; long iov_size; } iovec_s_t;

/* ---- RS and DS (request bases; their servers define the rest) ---- */
#define RS_RQ_BASE 0x700
#define RS_INIT    (RS_RQ_BASE + 20)
#define DS_RQ_BASE 0x800
#define DS_PUBLISH        (DS_RQ_BASE + 0)
#define DS_RETRIEVE       (DS_RQ_BASE + 1)
#define DS_SUBSCRIBE      (DS_RQ_BASE + 2)
#define DS_CHECK          (DS_RQ_BASE + 3)
#define DS_DELETE         (DS_RQ_BASE + 4)
#define DS_SNAPSHOT       (DS_RQ_BASE + 5)
#define DS_RETRIEVE_LABEL (DS_RQ_BASE + 6)
#define DS_GETSYSINFO     (DS_RQ_BASE + 7)

/* ---- PM to VFS (Minnow's numbers in MINIX's range): PM tells VFS about processes, with
 * SENDREC; VFS answers with VFS_PM_REPLY (m_type of the answer to PM is the result). ---- */
#define VFS_PM_RQ_BASE 0x900
#define IS_VFS_PM_RQ(type) (((type) & ~0xff) == VFS_PM_RQ_BASE)
#define VFS_PM_EXIT  (VFS_PM_RQ_BASE + 1)   /* m1_i1 the endpoint: close its files, cancel its wait */
#define VFS_PM_FORK  (VFS_PM_RQ_BASE + 2)   /* m1_i1 the parent, m1_i2 the child: copy the descriptors */
/* VFS_PM_EXEC is the exception: PM sends it with SENDA (asynsend) and goes on; VFS reads the
 * executable for the caller (resolving the path from the caller's working directory), possibly
 * waiting for the disk, and answers later with VFS_PM_EXEC_REPLY, also by asynsend. */
#define VFS_PM_EXEC  (VFS_PM_RQ_BASE + 3)   /* m1_i1 the caller, m1_p1 the path (in PM), m1_i2 its length
                                               with the NUL, m1_p2 a buffer in PM, m1_i3 its size */
#define VFS_PM_EXEC_REPLY 0xA00             /* m1_i1 the caller, m1_i2 the bytes read into the buffer or
                                               an error (EFBIG: the buffer is too small), m1_i3 the file's size */

/* ---- common system messages ---- */
#define SIGS_SIGNAL_RECEIVED 0xE00

/* A server's handler returns this when the answer comes later (the caller stays blocked). */
#define SUSPEND (-998)

/* Device numbers: major 4 is the tty driver (minor 0: the console). */
#define MEMORY_MAJOR 1   /* the memory driver; its minors are MINIX's: */
#define RAM_DEV   0      /* /dev/ram, a RAM disk (block device) */
#define NULL_DEV  3      /* /dev/null */
#define ZERO_DEV  5      /* /dev/zero */
#define TTY_MAJOR 4
#define VIRTIO_BLK_MAJOR 3   /* the root disk */
#define makedev(major, minor) (((major) << 8) | (minor))
#define major(dev) (((dev) >> 8) & 0xff)
#define minor(dev) ((dev) & 0xff)

#endif
