/*
 * sys_mem.c: the kernel calls about memory: physical addresses (umap), copies between processes
 * (vircopy, physcopy), copies through grants (safecopy, vsafecopy, safememset), the grant table,
 * and Minnow's SYS_VMCTL requests (device mappings and the program break).
 */
#include <errno.h>
#include <string.h>
#include <minix/syslib.h>

int sys_umap(endpoint_t seg_owner, int seg, vir_bytes addr_or_grant, vir_bytes bytes, phys_bytes *phys) {
    message m;
    memset(&m, 0, sizeof(m));
    m.CP_SRC_ENDPT = seg_owner;
    m.UMAP_SEG = (short) seg;
    m.CP_SRC_ADDR = (long) addr_or_grant;
    m.CP_NR_BYTES = (long) bytes;
    int r = _kernel_call(SYS_UMAP, &m);
    if (r == OK) {
        *phys = (phys_bytes) m.CP_DST_ADDR;
    }
    return r;
}

static int copy(int call, endpoint_t src, vir_bytes src_addr, endpoint_t dst, vir_bytes dst_addr, vir_bytes bytes) {
    message m;
    memset(&m, 0, sizeof(m));
    m.CP_SRC_ENDPT = src;
    m.CP_SRC_ADDR = (long) src_addr;
    m.CP_DST_ENDPT = dst;
    m.CP_DST_ADDR = (long) dst_addr;
    m.CP_NR_BYTES = (long) bytes;
    return _kernel_call(call, &m);
}

int sys_vircopy(endpoint_t src, vir_bytes src_addr, endpoint_t dst, vir_bytes dst_addr, vir_bytes bytes) {
    return copy(SYS_VIRCOPY, src, src_addr, dst, dst_addr, bytes);
}

int sys_physcopy(endpoint_t src, vir_bytes src_addr, endpoint_t dst, vir_bytes dst_addr, vir_bytes bytes) {
    return copy(SYS_PHYSCOPY, src, src_addr, dst, dst_addr, bytes);
}

static int safecopy(int call, endpoint_t granter, cp_grant_id_t grant, vir_bytes offset, vir_bytes addr, size_t bytes) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SCP_FROM_TO = granter;
    m.SCP_GID = grant;
    m.SCP_OFFSET = (long) offset;
    m.SCP_ADDRESS = (char *) addr;
    m.SCP_BYTES = (long) bytes;
    return _kernel_call(call, &m);
}

int sys_safecopyfrom(endpoint_t granter, cp_grant_id_t grant, vir_bytes offset, vir_bytes addr, size_t bytes) {
    return safecopy(SYS_SAFECOPYFROM, granter, grant, offset, addr, bytes);
}

int sys_safecopyto(endpoint_t granter, cp_grant_id_t grant, vir_bytes offset, vir_bytes addr, size_t bytes) {
    return safecopy(SYS_SAFECOPYTO, granter, grant, offset, addr, bytes);
}

int sys_vsafecopy(void *vector, int count) {
    message m;
    memset(&m, 0, sizeof(m));
    m.VSCP_VEC_ADDR = vector;
    m.VSCP_VEC_SIZE = count;
    return _kernel_call(SYS_VSAFECOPY, &m);
}

int sys_safememset(endpoint_t granter, cp_grant_id_t grant, vir_bytes offset, int pattern, size_t bytes) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SMS_DST = granter;
    m.SMS_GID = grant;
    m.SMS_OFFSET = (long) offset;
    m.SMS_PATTERN = pattern;
    m.SMS_BYTES = (long) bytes;
    return _kernel_call(SYS_SAFEMEMSET, &m);
}

int sys_setgrant(cp_grant_t *table, int entries) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SG_ADDR = (char *) table;
    m.SG_SIZE = entries;
    return _kernel_call(SYS_SETGRANT, &m);
}

int sys_vmctl_map_phys(phys_bytes phys, size_t len, void **vaddr) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SVMCTL_WHO = SELF;
    m.SVMCTL_PARAM = VMCTL_MAP_PHYS;
    m.SVMCTL_PHYS_ADDR = (char *) phys;
    m.SVMCTL_VALUE = (int) len;
    m.SVMCTL_MAP_VIR_ADDR = (char *) *vaddr;
    int r = _kernel_call(SYS_VMCTL, &m);
    if (r == OK) {
        *vaddr = m.SVMCTL_MAP_VIR_ADDR;
    }
    return r;
}

int sys_vmctl_brk(endpoint_t proc, vir_bytes addr, vir_bytes *now) {
    message m;
    memset(&m, 0, sizeof(m));
    m.SVMCTL_WHO = proc;
    m.SVMCTL_PARAM = VMCTL_BRK;
    m.SVMCTL_MAP_VIR_ADDR = (char *) addr;
    int r = _kernel_call(SYS_VMCTL, &m);
    if (now != NULL) {
        *now = (vir_bytes) m.SVMCTL_MAP_VIR_ADDR;
    }
    return r;
}
