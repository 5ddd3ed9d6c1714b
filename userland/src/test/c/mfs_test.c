/*
 * mfs_test.c: drives the MINIX file-system code of VFS (servers/vfs/mfs) on the emulated machine,
 * as VFS will, and prints what it sees; MfsOnMachineTest compares the lines and then checks the
 * image left in memory with Fsck. The disk is an image the test puts into RAM at DISK_BASE.
 */
#include <stdio.h>
#include <string.h>
#include "mfs.h"

#define DISK_BASE ((unsigned char *)0x82000000u)
#define DISK_BYTES (8u * 1024u * 1024u)

static unsigned requests, writes;
static struct mfs_stat st_scratch;

/* The device: a RAM disk, one memcpy per request. */
static int ram_disk(int write, u32_t block, void *buf, u32_t nblocks)
{
    u32_t at = block * mfs_block_size, n = nblocks * mfs_block_size;
    if (at + n > DISK_BYTES) return -5;
    requests++;
    writes += write != 0;
    if (write) memcpy(DISK_BASE + at, buf, n);
    else memcpy(buf, DISK_BASE + at, n);
    return 0;
}

static u32_t clock_now(void) { return 1800000000u; }

static u32_t ino_of(const char *path)
{
    u32_t ino = 0;
    int r = mfs_lookup(MFS_ROOT_INO, path, &ino);
    return r < 0 ? 0 : ino;
}

static void ls(const char *path)
{
    u32_t pos = 0, ino;
    char name[MFS_NAME_MAX + 1];
    printf("ls %s:", path);
    while (mfs_readdir(ino_of(path), &pos, &ino, name) == 1) printf(" %s", name);
    printf("\n");
}

static void cat(const char *path)
{
    char buf[200];
    int n = mfs_read(ino_of(path), 0, buf, sizeof(buf) - 1);
    if (n < 0) { printf("cat %s: %d\n", path, n); return; }
    buf[n] = '\0';
    printf("cat %s: %s", path, buf);
}

static unsigned char pattern(u32_t i) { return (unsigned char)(i * 7 + i / 1024); }

/* Writes `size` bytes of the pattern to a new file in chunks of 1000 and reads them back. */
static void big_file(const char *name, u32_t size)
{
    static unsigned char chunk[1000];
    u32_t ino, pos, i;
    int r = mfs_create(MFS_ROOT_INO, name, 0644, &ino), bad = 0;
    if (r < 0) { printf("create %s: %d\n", name, r); return; }
    for (pos = 0; pos < size; pos += sizeof(chunk)) {
        u32_t n = size - pos < sizeof(chunk) ? size - pos : sizeof(chunk);
        for (i = 0; i < n; i++) chunk[i] = pattern(pos + i);
        r = mfs_write(ino, pos, chunk, n);
        if (r != (int)n) { printf("write %s at %u: %d\n", name, pos, r); return; }
    }
    for (pos = 0; pos < size; pos += sizeof(chunk)) {
        u32_t n = size - pos < sizeof(chunk) ? size - pos : sizeof(chunk);
        r = mfs_read(ino, pos, chunk, sizeof(chunk));
        if (r != (int)n) { printf("read %s at %u: %d\n", name, pos, r); return; }
        for (i = 0; i < n; i++) bad += chunk[i] != pattern(pos + i);
    }
    printf("big %s: %u bytes, %d wrong\n", name, size, bad);
}

/* A directory that grows past one block, and shrinks in use (not in size) again. */
static void many_files(void)
{
    u32_t dir, ino, pos = 0;
    char name[MFS_NAME_MAX + 1];
    int i, made = 0, count = 0;

    printf("mkdir /many: %d\n", mfs_mkdir(MFS_ROOT_INO, "many", 0755, &dir));
    for (i = 0; i < 70; i++) {
        sprintf(name, "file-%02d", i);
        made += mfs_create(dir, name, 0644, &ino) == 0 && mfs_write(ino, 0, name, 7) == 7;
    }
    for (i = 0; i < 70; i += 2) {
        sprintf(name, "file-%02d", i);
        mfs_unlink(dir, name);
    }
    while (mfs_readdir(dir, &pos, &ino, name) == 1) count++;
    cat("/many/file-69");
    printf("\nmany: made %d, %d entries left, directory of %u bytes\n", made, count,
           (mfs_stat(dir, &st_scratch), st_scratch.size));
    printf("reuse a slot: %d, size still %u\n", mfs_create(dir, "again", 0644, &ino),
           (mfs_stat(dir, &st_scratch), st_scratch.size));
}

/* Writes until the disk is full, then frees the space again. */
static void fill_the_disk(void)
{
    static unsigned char chunk[1000];
    u32_t ino, pos = 0;
    int r;
    mfs_create(MFS_ROOT_INO, "fill", 0644, &ino);
    while ((r = mfs_write(ino, pos, chunk, sizeof(chunk))) == (int)sizeof(chunk)) pos += r;
    if (r > 0) {
        pos += r;
        r = mfs_write(ino, pos, chunk, sizeof(chunk));
    }
    printf("fill: the disk is full: %d, size matches: %s\n", r,
           (mfs_stat(ino, &st_scratch), st_scratch.size == pos) ? "yes" : "no");
    printf("mkdir on a full disk: %d\n", mfs_mkdir(MFS_ROOT_INO, "nospace", 0755, &ino));
    printf("unlink fill: %d\n", mfs_unlink(MFS_ROOT_INO, "fill"));
    mfs_create(MFS_ROOT_INO, "after-fill", 0644, &ino);
    printf("write after: %d\n", mfs_write(ino, 0, chunk, sizeof(chunk)));
}

/* Creates files until no inode is left, then removes them. */
static void run_out_of_inodes(void)
{
    char name[16];
    u32_t dir, ino;
    int i, r = 0;
    mfs_mkdir(MFS_ROOT_INO, "inodes", 0755, &dir);
    for (i = 0; i < 1000 && r == 0; i++) {
        sprintf(name, "i%d", i);
        r = mfs_create(dir, name, 0644, &ino);
    }
    printf("out of inodes: %d\n", r);
    while (--i >= 0) {
        sprintf(name, "i%d", i);
        mfs_unlink(dir, name);
    }
    printf("rmdir /inodes: %d\n", mfs_rmdir(MFS_ROOT_INO, "inodes"));
}

/* A disk that fails and a disk without a file system are errors, not crashes. */
static int broken_disk(int write, u32_t block, void *buf, u32_t nblocks)
{
    (void)write; (void)block; (void)buf; (void)nblocks;
    return -5;
}

static void bad_disks(void)
{
    unsigned char saved = DISK_BASE[1024 + 24];
    u32_t ino;
    fs_dev_io = broken_disk;
    printf("mount a failing disk: %d\n", mfs_mount());
    fs_dev_io = ram_disk;
    DISK_BASE[1024 + 24] = 0x12;
    printf("mount a bad magic: %d\n", mfs_mount());
    DISK_BASE[1024 + 24] = saved;
    printf("read unmounted: %d\n", mfs_lookup(MFS_ROOT_INO, "/etc", &ino));
}

/* The block cache keeps what it read and holds back what was written until a sync. */
static void the_cache(void)
{
    char buf[32];
    u32_t ino = ino_of("/ann/notes2"), before;
    int r;

    mfs_read(ino, 0, buf, sizeof(buf));
    before = requests;
    mfs_read(ino, 0, buf, sizeof(buf));
    printf("cache: a second read asks the disk %u times\n", requests - before);
    before = writes;
    r = mfs_write(ino, 0, "ECHO", 4);
    printf("cache: a write of %d bytes writes %u blocks at once", r, writes - before);
    mfs_sync();
    printf(", %s after sync\n", writes > before ? "some" : "none");
    before = writes;
    mfs_sync();
    printf("cache: a second sync writes %u\n", writes - before);
    mfs_write(ino, 0, "echo", 4);
}

int main(void)
{
    struct mfs_stat st;
    u32_t ino, held;
    char buf[64];
    int r;

    fs_dev_io = ram_disk;
    fs_clock = clock_now;
    printf("mount: %d, block size %u\n", mfs_mount(), mfs_block_size);
    ls("/");
    ls("/etc");
    cat("/etc/rc");
    mfs_stat(ino_of("/bin/hello"), &st);
    printf("stat /bin/hello: mode %o links %u size %u\n", st.mode, st.nlinks, st.size);
    printf("lookup /etc/../bin/./hello: %s\n", ino_of("/etc/../bin/./hello") == st.ino ? "same" : "different");
    printf("lookup /nowhere: %d\n", mfs_lookup(MFS_ROOT_INO, "/nowhere", &ino));
    printf("lookup /etc/rc/x: %d\n", mfs_lookup(MFS_ROOT_INO, "/etc/rc/x", &ino));

    /* creating and writing */
    r = mfs_create(ino_of("/home"), "notes", 0600, &ino);
    printf("create /home/notes: %d\n", r);
    printf("write: %d\n", mfs_write(ino, 0, "first line\n", 11));
    printf("append: %d\n", mfs_write(ino, 11, "second line\n", 12));
    cat("/home/notes");
    printf("create /home/notes again: %d\n", mfs_create(ino_of("/home"), "notes", 0600, &ino));
    printf("create a 60-byte name: %d\n",
           mfs_create(MFS_ROOT_INO, "123456789012345678901234567890123456789012345678901234567890", 0644, &ino));

    /* a file through the direct, single-indirect and double-indirect zones */
    big_file("data", 300000);
    mfs_stat(ino_of("/data"), &st);
    printf("stat /data: size %u mtime %u\n", st.size, st.mtime);

    /* directories, rename, link, unlink */
    printf("mkdir /home/ann: %d\n", mfs_mkdir(ino_of("/home"), "ann", 0755, &ino));
    printf("rename notes: %d\n", mfs_rename(ino_of("/home"), "notes", ino_of("/home/ann"), "notes2"));
    printf("rename ann: %d\n", mfs_rename(ino_of("/home"), "ann", MFS_ROOT_INO, "ann"));
    printf("rename / into itself: %d\n", mfs_rename(MFS_ROOT_INO, "ann", ino_of("/ann"), "x"));
    ls("/ann");
    cat("/ann/notes2");
    printf("ann/.. is the root: %s\n", ino_of("/ann/..") == MFS_ROOT_INO ? "yes" : "no");
    printf("link: %d\n", mfs_link(ino_of("/etc/rc"), ino_of("/ann"), "rc-link"));
    mfs_stat(ino_of("/ann/rc-link"), &st);
    printf("links of rc: %u\n", st.nlinks);
    printf("link a directory: %d\n", mfs_link(ino_of("/ann"), MFS_ROOT_INO, "ann2"));
    printf("unlink /etc/motd: %d\n", mfs_unlink(ino_of("/etc"), "motd"));
    printf("lookup /etc/motd: %d\n", mfs_lookup(MFS_ROOT_INO, "/etc/motd", &ino));
    printf("unlink a directory: %d\n", mfs_unlink(MFS_ROOT_INO, "ann"));
    printf("rmdir /ann (not empty): %d\n", mfs_rmdir(MFS_ROOT_INO, "ann"));
    printf("mkdir /tmp: %d\n", mfs_mkdir(MFS_ROOT_INO, "tmp", 0777, &ino));
    printf("rmdir /tmp: %d\n", mfs_rmdir(MFS_ROOT_INO, "tmp"));
    printf("rename over a file: %d\n", mfs_rename(ino_of("/etc"), "rc", ino_of("/ann"), "notes2"));
    cat("/ann/notes2");

    /* truncation */
    printf("truncate /huge: %d\n", mfs_truncate(ino_of("/huge"), 5000));
    printf("truncate /big: %d\n", mfs_truncate(ino_of("/big"), 0));
    printf("grow /big: %d\n", mfs_truncate(ino_of("/big"), 3000));
    r = mfs_read(ino_of("/big"), 2990, buf, 64);
    printf("read the grown /big: %d bytes, first %d\n", r, buf[0]);

    /* an open file outlives its last name */
    r = mfs_create(ino_of("/ann"), "scratch", 0644, &held);
    mfs_write(held, 0, "still here\n", 11);
    printf("get: %d\n", mfs_get(held));
    printf("unlink scratch: %d\n", mfs_unlink(ino_of("/ann"), "scratch"));
    r = mfs_read(held, 0, buf, 63);
    buf[r < 0 ? 0 : r] = '\0';
    printf("read after unlink: %s", buf);
    printf("unmount while held: %d\n", mfs_unmount());
    printf("put: %d\n", mfs_put(held));
    printf("stat after put: %d\n", mfs_stat(held, &st));

    many_files();
    fill_the_disk();
    run_out_of_inodes();

    printf("unmount: %d\n", mfs_unmount());
    bad_disks();
    printf("mount again: %d\n", mfs_mount());
    cat("/ann/notes2");
    ls("/");
    the_cache();
    printf("unmount: %d\n", mfs_unmount());
    printf("requests: %s\n", requests > 100 ? "many" : "few");
    return 0;
}
