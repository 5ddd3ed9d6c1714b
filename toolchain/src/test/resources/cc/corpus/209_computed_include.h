/* Included by 209_computed_include.c through a macro. */
#define COMPUTED_INCLUDE_WORKED 1
