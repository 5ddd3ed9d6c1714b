/* init.h: what init's files share. */
#ifndef _INIT_H
#define _INIT_H

/* Runs one line typed at init's own prompt (when there is no shell): a built-in command, or
 * else the line is echoed. */
void run_line(char *line);

#endif
