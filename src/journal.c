#include "journal.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "journal_codec.h"
#include "xalloc.h"

/* Room for a header line: a day's titles fit many times over. */
#define HEADER_MAX 65536

struct journal {
    char *path;
    int fd;
    bool read_only;
    off_t offset;   /* read up to here */
    char *partial;  /* a line read without its '\n' yet */
    size_t n_partial;
    struct journal_stats stats;
    journal_stream_fn *on_stream;
    void *stream_ctx;
    int recorder_fd; /* the poller's lock, held: -1 until taken */
    bool has_clock;
    struct journal_clock clock;
    dev_t dev;       /* the file this one is: its path may come to name */
    ino_t ino;       /* another (--fresh elsewhere) */
};

/* A file name from text: letters and digits kept, the rest '-'. */
static void slug(const char *s, char *out, size_t size)
{
    size_t n = 0;

    for (; *s && n + 1 < size; s++) {
        unsigned char c = (unsigned char)*s;

        out[n++] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                       ? (char)c : '-';
    }
    out[n] = '\0';
}

static uint32_t hash_text(const char *s)
{
    uint32_t h = 2166136261u;

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

char *journal_default_path(const struct programme *prog, const char *rehearsal_day)
{
    const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
    struct passwd *pw;
    char date[32], base[64], on[48] = "", *dir, *path, *abs = realpath(prog->path, NULL);
    const char *name = strrchr(prog->path, '/') ? strrchr(prog->path, '/') + 1 : prog->path;

    slug(prog->event.date ? prog->event.date : "undated", date, sizeof date);
    slug(name, base, sizeof base);
    if ((home == NULL || home[0] != '/') && (pw = getpwuid(getuid())) != NULL)
        home = pw->pw_dir; /* never a journal relative to where podium ran */
    if (state && state[0] == '/')
        dir = xasprintf("%s/podium", state);
    else
        dir = xasprintf("%s/.local/state/podium", home && home[0] ? home : "/tmp");
    /* the configuration's whole path picks the file: two regions' days on
     * one laptop never share a journal */
    if (rehearsal_day != NULL) {
        slug(rehearsal_day, on + 1, sizeof on - 1);
        on[0] = '-';
    }
    path = xasprintf("%s/%s-%s-%08x%s%s.jsonl", dir, date, base, hash_text(abs ? abs : prog->path),
                     rehearsal_day ? "-rehearsal" : "", on);
    free(abs);
    free(dir);
    return path;
}

/* mkdir -p with mode 0700 for what it creates. */
static bool make_dirs(const char *path, char *err, size_t errsize)
{
    char *dir = xstrdup(path), *slash = strrchr(dir, '/');
    bool ok = true;

    if (slash == NULL || slash == dir) {
        free(dir);
        return true;
    }
    *slash = '\0';
    for (char *p = dir + 1; ok && *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        ok = mkdir(dir, 0700) == 0 || errno == EEXIST;
        *p = '/';
    }
    ok = ok && (mkdir(dir, 0700) == 0 || errno == EEXIST);
    if (!ok)
        snprintf(err, errsize, _("%s: cannot create the directory: %s"), dir, strerror(errno));
    free(dir);
    return ok;
}

/* The lock, waiting through signals; false when the system refuses it
 * (a network filesystem without locks): then nothing is written. */
static bool lock(int fd)
{
    int r;

    while ((r = flock(fd, LOCK_EX)) != 0 && errno == EINTR)
        ;
    return r == 0;
}

/* One write(2) of the whole line, and fsync: it is on the disk before
 * the screen shows it. */
static bool write_line(struct journal *j, const char *line, char *err, size_t errsize)
{
    size_t len = strlen(line);
    ssize_t n = write(j->fd, line, len);

    if (n != (ssize_t)len) {
        snprintf(err, errsize, _("%s: cannot write the journal: %s"), j->path,
                 n < 0 ? strerror(errno) : _("the disk took only part of it"));
        return false;
    }
    if (fsync(j->fd) != 0) {
        snprintf(err, errsize, _("%s: cannot write the journal to disk: %s"), j->path,
                 strerror(errno));
        return false;
    }
    return true;
}

/* The first line (without its '\n') into buf; its length, 0 for an
 * empty file, -1 when it cannot be read. */
static ssize_t first_line(int fd, char *buf, size_t size)
{
    ssize_t n = pread(fd, buf, size, 0);
    char *nl = n > 0 ? memchr(buf, '\n', (size_t)n) : NULL;

    return nl ? nl - buf : n;
}

/* An empty file (new), or one whose first line is a journal's header:
 * never append to a configuration given as --journal by mistake. */
static bool is_journal(int fd)
{
    char buf[HEADER_MAX];
    ssize_t n = first_line(fd, buf, sizeof buf);

    return n == 0 || (n > 0 && journal_is_header(buf, (size_t)n));
}

static void read_clock(struct journal *j)
{
    char buf[HEADER_MAX];
    ssize_t n = first_line(j->fd, buf, sizeof buf);

    j->has_clock = n > 0 && journal_decode_clock(buf, (size_t)n, &j->clock);
}

bool journal_clock(const struct journal *j, struct journal_clock *out)
{
    if (j->has_clock)
        *out = j->clock;
    return j->has_clock;
}

struct journal *journal_open(const char *path, const struct programme *prog, bool read_only,
                             int64_t wall_ms, const struct journal_clock *clock, char *err,
                             size_t errsize)
{
    struct journal *j;
    struct stat st;
    int fd;

    /* a follower may come first: it makes the (empty) file to follow,
     * and never writes to it */
    if (!make_dirs(path, err, errsize))
        return NULL;
    fd = read_only ? open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0600)
                   : open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        snprintf(err, errsize, _("%s: cannot open the journal: %s"), path, strerror(errno));
        return NULL;
    }
    if (!is_journal(fd)) {
        snprintf(err, errsize, _("%s: not a podium journal (its first line is no journal header)"),
                 path);
        close(fd);
        return NULL;
    }
    j = xcalloc(1, sizeof *j);
    j->path = xstrdup(path);
    j->fd = fd;
    j->read_only = read_only;
    j->recorder_fd = -1;
    if (!read_only && lock(fd)) {
        /* the first process to open it writes what it is for */
        if (fstat(fd, &st) == 0 && st.st_size == 0) {
            char *header = journal_encode_header(prog, wall_ms, clock);
            bool ok = write_line(j, header, err, errsize);

            free(header);
            if (!ok) {
                journal_close(j);
                return NULL;
            }
        }
        flock(fd, LOCK_UN);
    }
    if (fstat(fd, &st) == 0) {
        j->dev = st.st_dev;
        j->ino = st.st_ino;
    }
    read_clock(j);
    return j;
}

void journal_close(struct journal *j)
{
    if (j == NULL)
        return;
    close(j->fd);
    if (j->recorder_fd >= 0)
        close(j->recorder_fd); /* the lock goes with it: another takes over */
    free(j->path);
    free(j->partial);
    free(j);
}

const struct journal_stats *journal_stats(const struct journal *j)
{
    return &j->stats;
}

static void take_line(struct journal *j, const char *line, size_t len, const struct agenda *a,
                      journal_apply_fn *apply, void *ctx)
{
    struct agenda_event ev;
    char why[160] = "";
    int64_t wall;
    enum decode_result r;

    if (len == 0)
        return;
    r = journal_decode(line, len, a, &ev, &wall, why, sizeof why);
    if (wall >= 0)
        j->stats.last_wall_ms = wall;
    switch (r) {
    case DECODE_EVENT:
        j->stats.events++;
        apply(ctx, &ev);
        break;
    case DECODE_UNMATCHED:
        if (j->stats.unmatched++ == 0)
            snprintf(j->stats.first_unmatched, sizeof j->stats.first_unmatched, "%s", why);
        break;
    case DECODE_UNKNOWN: j->stats.unknown++; break;
    case DECODE_BAD: j->stats.torn++; break;
    case DECODE_STREAM: {
        struct journal_stream s;

        if (j->on_stream && journal_decode_stream(line, len, &s))
            j->on_stream(j->stream_ctx, &s);
        break;
    }
    case DECODE_HEADER: break;
    }
}

/* Splits what was read into lines; keeps a last one without its '\n'
 * for the next read (another process may be mid-write). */
static void take_text(struct journal *j, const char *buf, size_t n, const struct agenda *a,
                      journal_apply_fn *apply, void *ctx)
{
    j->partial = xrealloc(j->partial, j->n_partial + n + 1, 1);
    memcpy(j->partial + j->n_partial, buf, n);
    j->n_partial += n;
    for (;;) {
        char *nl = memchr(j->partial, '\n', j->n_partial);
        size_t len;

        if (nl == NULL)
            break;
        len = (size_t)(nl - j->partial);
        take_line(j, j->partial, len, a, apply, ctx);
        memmove(j->partial, nl + 1, j->n_partial - len - 1);
        j->n_partial -= len + 1;
    }
}

void journal_catch_up(struct journal *j, const struct agenda *a, journal_apply_fn *apply,
                      void *ctx)
{
    char buf[8192];
    struct stat st;
    ssize_t n;

    if (fstat(j->fd, &st) != 0 || st.st_size <= j->offset)
        return;
    while ((n = pread(j->fd, buf, sizeof buf, j->offset)) > 0) {
        j->offset += n;
        take_text(j, buf, (size_t)n, a, apply, ctx);
    }
    j->stats.torn_tail = j->n_partial > 0;
}

/* Under the lock: the others' lines first, then ours, whole. Ours is
 * then read back like theirs (the caller's catch-up applies it), so the
 * writer's day is the one every reader and every replay gets. */
static bool append_line(struct journal *j, const struct agenda *a, const char *line,
                        journal_apply_fn *apply, void *ctx, char *err, size_t errsize)
{
    bool ok = true;

    if (j->read_only) {
        snprintf(err, errsize, "%s", _("read-only: following the day"));
        return false;
    }
    if (!lock(j->fd)) {
        snprintf(err, errsize, _("%s: cannot lock the journal: %s"), j->path, strerror(errno));
        return false;
    }
    journal_catch_up(j, a, apply, ctx);
    if (j->n_partial > 0) {
        /* a last line without its end: once ended, every reader takes it
         * as a line, so this process does too */
        ok = write_line(j, "\n", err, errsize);
        if (ok)
            journal_catch_up(j, a, apply, ctx);
    }
    ok = ok && write_line(j, line, err, errsize);
    flock(j->fd, LOCK_UN);
    return ok;
}

bool journal_append(struct journal *j, const struct agenda *a, const struct agenda_event *ev,
                    int64_t wall_ms, journal_apply_fn *apply, void *ctx, char *err,
                    size_t errsize)
{
    char *line = journal_encode(a, ev, wall_ms);
    bool ok = append_line(j, a, line, apply, ctx, err, errsize);

    free(line);
    if (ok)
        journal_catch_up(j, a, apply, ctx); /* ours, as every reader reads it */
    return ok;
}

bool journal_append_stream(struct journal *j, const struct agenda *a,
                           const struct journal_stream *s, journal_apply_fn *apply, void *ctx,
                           char *err, size_t errsize)
{
    char *line = journal_encode_stream(s);
    bool ok = append_line(j, a, line, apply, ctx, err, errsize);

    free(line);
    if (ok)
        journal_catch_up(j, a, apply, ctx);
    return ok;
}

void journal_on_stream(struct journal *j, journal_stream_fn *fn, void *ctx)
{
    j->on_stream = fn;
    j->stream_ctx = ctx;
}

bool journal_set_aside_elsewhere(const struct journal *j)
{
    struct stat there;

    /* --fresh in another terminal moved this file: its path names another */
    return stat(j->path, &there) != 0 || j->ino != there.st_ino || j->dev != there.st_dev;
}

bool journal_stream_recorder(struct journal *j)
{
    char *path;
    int fd;

    if (j->recorder_fd >= 0)
        return true;
    if (j->read_only)
        return false;
    path = xasprintf("%s.poller", j->path);
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    free(path);
    if (fd < 0)
        return false;
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        close(fd);
        return false;
    }
    j->recorder_fd = fd;
    return true;
}

char *journal_set_aside(const char *path, char *err, size_t errsize)
{
    struct stat st;

    if (stat(path, &st) != 0)
        return NULL;
    for (int n = 1; n < 10000; n++) {
        char *aside = xasprintf("%s.%d", path, n);

        /* link, never overwrite: an older day set aside stays */
        if (link(path, aside) == 0) {
            unlink(path);
            return aside;
        }
        free(aside);
        if (errno != EEXIST)
            break;
    }
    snprintf(err, errsize, _("%s: cannot set the old journal aside: %s"), path, strerror(errno));
    return NULL;
}
