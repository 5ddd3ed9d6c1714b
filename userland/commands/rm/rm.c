/*
 * rm: removes each file named; with -r a directory and everything under it too. A name that
 * cannot be removed is named on standard error and gives status 1; the others still go.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int recursive;

static int remove_path(const char *path);

/* Removes everything in directory path, then the directory. */
static int remove_tree(const char *path) {
    DIR *dir = opendir(path);
    if (dir == NULL) {
        fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
        return -1;
    }
    int status = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        char child[256];
        snprintf(child, sizeof(child), "%s/%s", path, e->d_name);
        status |= remove_path(child);
    }
    closedir(dir);
    if (rmdir(path) < 0) {
        fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
        return -1;
    }
    return status;
}

static int remove_path(const char *path) {
    struct stat st;
    if (stat(path, &st) < 0) {
        fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        if (!recursive) {
            fprintf(stderr, "rm: %s: is a directory (use -r)\n", path);
            return -1;
        }
        return remove_tree(path);
    }
    if (unlink(path) < 0) {
        fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}

int main(int argc, char **argv) {
    int first = 1;
    if (argc > 1 && strcmp(argv[1], "-r") == 0) {
        recursive = 1;
        first = 2;
    }
    if (first >= argc) {
        fprintf(stderr, "usage: rm [-r] FILE...\n");
        return 1;
    }
    int status = 0;
    for (int i = first; i < argc; i++) {
        status |= remove_path(argv[i]) < 0;
    }
    return status;
}
