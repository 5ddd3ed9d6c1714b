/* Included by 219_include_nested.c; includes a standard header itself, and defines a macro
   that uses another header's names. */
#include <string.h>
#define NESTED_LENGTH(s) ((int)strlen(s))
static const char nested_name[] = "nested header";
