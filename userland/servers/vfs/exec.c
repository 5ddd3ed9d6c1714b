/*
 * exec.c: reading a program for PM's exec (MINIX's servers/vfs/exec.c, where VFS does exec's
 * file work). PM asks with VFS_PM_EXEC (by asynsend) and goes on; VFS looks the path up as the
 * caller would (a relative path from the caller's working directory), checks it is a regular
 * file the kernel can take, reads it a chunk at a time into PM's buffer, and answers PM by
 * asynsend with VFS_PM_EXEC_REPLY. While mfs waits for a slow or restarted disk driver, VFS
 * keeps answering PM (bdev.c), so PM, and RS through PM, are never held by the disk.
 */
#include <string.h>
#include <minix/syslib.h>
#include "vfs.h"

#define EXEC_FILE_MAX (4 << 20)      /* the kernel's limit (DoExec.MAX_ELF_BYTES) */
#define CHUNK 4096

static char chunk[CHUNK];

/* The caller's table for looking its path up; one VFS has not met yet starts at the root. */
static struct fproc *caller_of(endpoint_t e, struct fproc *blank) {
    int p = _ENDPOINT_P(e);
    if (p >= 0 && p < NR_PROCS && fproc[p].fp_endpoint == e) {
        return &fproc[p];
    }
    memset(blank, 0, sizeof(*blank));
    blank->fp_endpoint = e;
    return blank;
}

/* Reads the program at path (for rfp) into PM's buffer; the bytes read, or an error. */
static int read_program(struct fproc *rfp, const char *path, vir_bytes pm_buf, u32_t pm_buf_size,
                        u32_t *file_size) {
    u32_t ino;
    int r = lookup(rfp, path, &ino);
    if (r != OK) {
        return r;
    }
    struct mfs_stat st;
    r = mfs_stat(ino, &st);
    if (r != OK) {
        return r;
    }
    *file_size = st.size;
    if ((st.mode & I_TYPE) != I_REGULAR || st.size == 0 || st.size > EXEC_FILE_MAX) {
        return ENOEXEC;
    }
    if (st.size > pm_buf_size) {
        return EFBIG; /* PM tries again with a buffer of *file_size bytes */
    }
    u32_t done = 0;
    while (done < st.size) {
        u32_t n = st.size - done < CHUNK ? st.size - done : CHUNK;
        r = mfs_read(ino, done, chunk, n);
        if (r <= 0) {
            return r < 0 ? r : EIO;
        }
        if (sys_vircopy(SELF, (vir_bytes) chunk, PM_PROC_NR, pm_buf + done, (vir_bytes) r) != OK) {
            return EFAULT;
        }
        done += (u32_t) r;
    }
    return (int) done;
}

/*
 * VFS_PM_EXEC (m_in, from PM): m1_i1 the caller, m1_p1 the path in PM's memory, m1_i2 its
 * length with the NUL, m1_p2 PM's buffer, m1_i3 its size. The answer goes by asynsend.
 */
void pm_exec(void) {
    endpoint_t caller = m_in.m1_i1;
    int path_len = m_in.m1_i2;
    char path[PATH_MAX];
    u32_t file_size = 0;
    int result;
    if (path_len < 2 || path_len > PATH_MAX) {
        result = path_len > PATH_MAX ? ENAMETOOLONG : ENOENT;
    } else if (sys_vircopy(PM_PROC_NR, (vir_bytes) m_in.m1_p1, SELF, (vir_bytes) path, (vir_bytes) path_len) != OK) {
        result = EFAULT;
    } else {
        path[path_len - 1] = '\0';
        struct fproc blank;
        result = read_program(caller_of(caller, &blank), path, (vir_bytes) m_in.m1_p2, (u32_t) m_in.m1_i3,
                              &file_size);
    }
    message m;
    memset(&m, 0, sizeof(m));
    m.m_type = VFS_PM_EXEC_REPLY;
    m.m1_i1 = caller;
    m.m1_i2 = result;
    m.m1_i3 = (int) file_size;
    asynsend(PM_PROC_NR, &m);
}
