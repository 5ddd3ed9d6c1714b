/*
 * mv: renames FROM to TO, or moves each FROM into the directory TO (keeping its last name).
 * Both must be on the one file system Minnow has, so a rename is all it takes.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static const char *last_name(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash == NULL ? path : slash + 1;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: mv FROM TO, or mv FROM... DIRECTORY\n");
        return 1;
    }
    const char *to = argv[argc - 1];
    struct stat st;
    int into_dir = stat(to, &st) == 0 && S_ISDIR(st.st_mode);
    if (argc > 3 && !into_dir) {
        fprintf(stderr, "mv: %s: not a directory\n", to);
        return 1;
    }
    int status = 0;
    for (int i = 1; i < argc - 1; i++) {
        char target[256];
        if (into_dir) {
            snprintf(target, sizeof(target), "%s/%s", to, last_name(argv[i]));
        } else {
            snprintf(target, sizeof(target), "%s", to);
        }
        if (rename(argv[i], target) < 0) {
            fprintf(stderr, "mv: %s to %s: %s\n", argv[i], target, strerror(errno));
            status = 1;
        }
    }
    return status;
}
