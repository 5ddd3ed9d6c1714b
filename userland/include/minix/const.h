/* minix/const.h: constants every part of the system uses. */
#ifndef _MINIX_CONST_H
#define _MINIX_CONST_H

#ifndef OK
#define OK 0       /* the result of a call that worked */
#endif

#endif
