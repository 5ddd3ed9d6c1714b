/*
 * ctype.h: classifying and converting characters (the ASCII "C" locale). Each function takes an
 * int that is EOF or a value of unsigned char; any other value (a negative plain char, say)
 * belongs to no class and is returned unchanged by tolower and toupper.
 */
#ifndef _CTYPE_H
#define _CTYPE_H

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);

#endif
