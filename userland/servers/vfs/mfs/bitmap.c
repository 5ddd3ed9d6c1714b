/*
 * bitmap.c: allocation of inodes and zones through the two bitmaps (FS.md: bit k is bit k % 8
 * of byte k / 8; 1 means in use; bit 0 is always set). alloc_bit finds the first clear bit from
 * an origin on, wrapping around; the zone functions translate between zone numbers and bits.
 */
#include <string.h>
#include <errno.h>
#include "fs.h"

static u32_t map_start(int map) { return map == IMAP ? START_BLOCK : sb.s_zmap_start; }

/* The number of meaningful bits of a bitmap: bit 0 and one per inode or data zone. */
static u32_t map_bits(int map)
{
    return map == IMAP ? sb.s_ninodes + 1 : sb.s_zones - sb.s_firstdatazone + 1;
}

/* Sets the first clear bit at or after `origin` (wrapping) and returns it; 0 when all are set. */
u32_t alloc_bit(int map, u32_t origin)
{
    u32_t bits = map_bits(map), per_block = 8 * sb.s_block_size;
    u32_t tried = 0, bit;

    if (origin == 0 || origin >= bits) origin = 1;
    bit = origin;
    while (tried < bits) {
        struct buf *bp = get_block(map_start(map) + bit / per_block, NORMAL);
        u32_t end = (bit / per_block + 1) * per_block;
        if (bp == NULL) return 0;
        if (end > bits) end = bits;
        for (; bit < end && tried < bits; bit++, tried++) {
            unsigned char *byte = &bp->b_data[(bit % per_block) / 8];
            unsigned char mask = 1 << (bit % 8);
            if ((*byte & mask) == 0) {
                *byte |= mask;
                mark_dirty(bp);
                put_block(bp);
                return bit;
            }
        }
        put_block(bp);
        if (bit >= bits) bit = 1;
    }
    return 0;
}

/* Clears bit `bit`; clearing bit 0 or a bit past the end is ignored. */
void free_bit(int map, u32_t bit)
{
    u32_t per_block = 8 * sb.s_block_size;
    struct buf *bp;
    if (bit == 0 || bit >= map_bits(map)) return;
    bp = get_block(map_start(map) + bit / per_block, NORMAL);
    if (bp == NULL) return;
    bp->b_data[(bit % per_block) / 8] &= ~(1 << (bit % 8));
    mark_dirty(bp);
    put_block(bp);
}

/* Where the search for the next free zone starts: after the last one handed out. */
static u32_t zone_hint = 1;

/* Takes a free data zone and fills it with zeros; returns it, or NO_ZONE when the disk is full. */
u32_t alloc_zone(void)
{
    u32_t bit = alloc_bit(ZMAP, zone_hint);
    u32_t zone;
    struct buf *bp;
    if (bit == 0) return NO_ZONE;
    zone_hint = bit + 1;
    zone = sb.s_firstdatazone + bit - 1;
    bp = get_block(zone, NO_READ);
    if (bp == NULL) {
        free_bit(ZMAP, bit);
        return NO_ZONE;
    }
    memset(bp->b_data, 0, sb.s_block_size);   /* it may still be cached from its last life */
    mark_dirty(bp);
    put_block(bp);
    return zone;
}

void free_zone(u32_t zone)
{
    if (zone < sb.s_firstdatazone || zone >= sb.s_zones) return;
    free_bit(ZMAP, zone - sb.s_firstdatazone + 1);
    if (zone - sb.s_firstdatazone + 1 < zone_hint) zone_hint = zone - sb.s_firstdatazone + 1;
}
