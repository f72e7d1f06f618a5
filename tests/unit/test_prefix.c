/*
 * Unit test: base_prefixed_path, -L's choice of path (qemu-user's path()):
 * an absolute path that exists under the prefix is taken there, anything
 * else (relative, missing under the prefix, no prefix, too long) as given.
 */
#include "check.h"
#include "base/base.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void)
{
    char root[] = "/tmp/shunt-prefix.XXXXXX", dir[PATH_MAX], file[PATH_MAX], buf[PATH_MAX];
    CHECK(mkdtemp(root) != NULL);
    snprintf(dir, sizeof(dir), "%s/etc", root);
    snprintf(file, sizeof(file), "%s/etc/conf", root);
    CHECK(mkdir(dir, 0700) == 0);
    FILE *f = fopen(file, "w");
    CHECK(f != NULL && fclose(f) == 0);

    /* Found under the prefix: the prefixed path, in buf. */
    const char *p = base_prefixed_path(root, "/etc/conf", buf, sizeof(buf));
    CHECK(p == buf && strcmp(p, file) == 0);
    CHECK(base_prefixed_path(root, "/etc", buf, sizeof(buf)) == buf);
    /* Missing there, relative, no prefix: as given. */
    const char *missing = "/etc/no-such-file", *relative = "etc/conf";
    CHECK(base_prefixed_path(root, missing, buf, sizeof(buf)) == missing);
    CHECK(base_prefixed_path(root, relative, buf, sizeof(buf)) == relative);
    CHECK(base_prefixed_path(NULL, missing, buf, sizeof(buf)) == missing);
    /* A buffer too small for the prefixed path: as given. */
    char small[8];
    const char *conf = "/etc/conf";
    CHECK(base_prefixed_path(root, conf, small, sizeof(small)) == conf);

    unlink(file);
    rmdir(dir);
    rmdir(root);
    return check_failures != 0;
}
