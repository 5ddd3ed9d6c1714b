/*
 * service.c: the service command, which asks RS to list, start, stop, restart services or to
 * inject a fault into one. Its body is service_main in libsys (lib/libsys/service.c), which
 * init also runs as a built-in until programs can be exec'd.
 */
#include <minix/rs.h>

int main(int argc, char **argv) {
    return service_main(argc, argv);
}
