/*
 * cache.c: the block cache. NR_BUFS buffers of one block each, kept on a list from least to
 * most recently used. get_block finds a block in the cache or takes the least recently used
 * buffer nobody holds, writing it back first when it is dirty (write-back: a change reaches the
 * disk on eviction or on flush_all, not at once). Every disk access of the file system goes
 * through here, and from here through fs_dev_io.
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

static struct buf bufs[NR_BUFS];
static struct buf *lru_front;    /* least recently used */
static struct buf *lru_rear;     /* most recently used */
static int lru_ready;

static void lru_remove(struct buf *bp)
{
    if (bp->b_prev) bp->b_prev->b_next = bp->b_next; else lru_front = bp->b_next;
    if (bp->b_next) bp->b_next->b_prev = bp->b_prev; else lru_rear = bp->b_prev;
    bp->b_prev = bp->b_next = NULL;
}

static void lru_append(struct buf *bp)
{
    bp->b_prev = lru_rear;
    bp->b_next = NULL;
    if (lru_rear) lru_rear->b_next = bp; else lru_front = bp;
    lru_rear = bp;
}

static void lru_init(void)
{
    int i;
    lru_front = lru_rear = NULL;
    for (i = 0; i < NR_BUFS; i++) {
        bufs[i].b_prev = bufs[i].b_next = NULL;
        lru_append(&bufs[i]);
    }
    lru_ready = 1;
}

/* Writes a dirty buffer to the disk; returns 0 or the device's error (the buffer stays dirty). */
static int write_back(struct buf *bp)
{
    int r;
    if (!bp->b_dirty) return 0;
    r = fs_dev_io(1, bp->b_blocknr, bp->b_data, 1);
    if (r < 0) return r;
    bp->b_dirty = 0;
    return 0;
}

/*
 * Returns the buffer of `block`, held (put_block it when done), or NULL when the disk fails or
 * every buffer is held. With NO_READ a block not in the cache is not read: the caller fills it.
 */
struct buf *get_block(u32_t block, int how)
{
    struct buf *bp;
    int i;

    if (!lru_ready) lru_init();
    for (i = 0; i < NR_BUFS; i++) {
        bp = &bufs[i];
        if (bp->b_valid && bp->b_blocknr == block) {
            bp->b_count++;
            return bp;
        }
    }
    for (bp = lru_front; bp != NULL; bp = bp->b_next) {
        if (bp->b_count == 0) break;
    }
    if (bp == NULL) return NULL;
    if (bp->b_valid && write_back(bp) < 0) return NULL;
    bp->b_valid = 0;
    bp->b_blocknr = block;
    if (how == NORMAL && fs_dev_io(0, block, bp->b_data, 1) < 0) return NULL;
    if (how == NO_READ) memset(bp->b_data, 0, sb.s_block_size);
    bp->b_valid = 1;
    bp->b_dirty = 0;
    bp->b_count = 1;
    return bp;
}

/* Lets go of a buffer: it becomes the most recently used. */
void put_block(struct buf *bp)
{
    if (bp == NULL) return;
    bp->b_count--;
    lru_remove(bp);
    lru_append(bp);
}

void mark_dirty(struct buf *bp)
{
    bp->b_dirty = 1;
}

/* Writes every dirty buffer to the disk, lowest block first so the disk's arm sweeps once. */
int flush_all(void)
{
    for (;;) {
        struct buf *lowest = NULL;
        int i, r;
        for (i = 0; i < NR_BUFS; i++) {
            struct buf *bp = &bufs[i];
            if (bp->b_valid && bp->b_dirty && (lowest == NULL || bp->b_blocknr < lowest->b_blocknr))
                lowest = bp;
        }
        if (lowest == NULL) return 0;
        r = write_back(lowest);
        if (r < 0) return r;
    }
}

/* Forgets every buffer (after mounting another disk); dirty contents are lost. */
void invalidate_all(void)
{
    int i;
    for (i = 0; i < NR_BUFS; i++) {
        bufs[i].b_valid = 0;
        bufs[i].b_dirty = 0;
        bufs[i].b_count = 0;
    }
    lru_init();
}
