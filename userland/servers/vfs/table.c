/*
 * table.c: VFS's call vector, as MINIX's servers/vfs/table.c: for each call number
 * (VFS_xxx - VFS_BASE) the handler; the others get no_sys (ENOSYS). To add a call: write
 * do_xxx in the file of its concern, declare it in vfs.h, and put it here.
 */
#include "vfs.h"

#define CALL(n) [(n) - VFS_BASE]

vfs_call_t call_vec[NR_VFS_CALLS] = {
    CALL(VFS_READ) = do_read,
    CALL(VFS_WRITE) = do_write,
    CALL(VFS_LSEEK) = do_lseek,
    CALL(VFS_OPEN) = do_open,
    CALL(VFS_CLOSE) = do_close,
    CALL(VFS_FSTAT) = do_fstat,
    CALL(VFS_FCNTL) = do_fcntl,
    CALL(VFS_COPYFD) = do_copyfd,
    CALL(VFS_LINK) = do_link,
    CALL(VFS_UNLINK) = do_unlink,
    CALL(VFS_CHDIR) = do_chdir,
    CALL(VFS_MKDIR) = do_mkdir,
    CALL(VFS_SYNC) = do_sync,
    CALL(VFS_RENAME) = do_rename,
    CALL(VFS_RMDIR) = do_rmdir,
    CALL(VFS_STAT) = do_stat,
    CALL(VFS_GETDENTS) = do_getdents,
    CALL(VFS_PIPE2) = do_pipe2,
};
