#include "journal.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
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
    off_t partial_at; /* where in the file partial begins */
    off_t told;       /* stream lines before here were told (journal_reread) */
    char **queued;    /* lines waiting for the lock, in order */
    size_t n_queued;
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

bool journal_own_dir(const char *path, char *err, size_t errsize)
{
    char *dir = xstrdup(path), *slash = strrchr(dir, '/');
    struct stat st;
    bool ok = false;

    if (slash && slash != dir)
        *slash = '\0';
    if (!make_dirs(path, err, errsize))
        ;
    else if (slash == NULL || stat(dir, &st) != 0)
        snprintf(err, errsize, _("%s: cannot open the journal: %s"), path, strerror(errno));
    else if (st.st_uid != getuid())
        snprintf(err, errsize,
                 _("%s: the journal's directory belongs to another user (uid %u): podium keeps the "
                   "day only where nobody else can change it (or name a file with --journal)"),
                 dir, (unsigned)st.st_uid);
    else if (st.st_mode & (S_IWGRP | S_IWOTH))
        snprintf(err, errsize,
                 _("%s: others may write in the journal's directory (mode %04o): chmod go-w it "
                   "(or name a file with --journal)"),
                 dir, (unsigned)(st.st_mode & 07777));
    else
        ok = true;
    free(dir);
    return ok;
}

/* A name made or moved in a directory is on the disk only once the
 * directory is: a power cut right after could lose the whole file's name
 * (SQLite and PostgreSQL do the same). */
static void sync_dir(const char *path)
{
    char *dir = xstrdup(path), *slash = strrchr(dir, '/');
    int fd;

    if (slash == dir)
        slash[1] = '\0';
    else if (slash)
        *slash = '\0';
    fd = open(slash ? dir : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(dir);
}

/* The lock if it is free now (never waited for: a podium stopped with
 * Ctrl-Z while holding it must not stop the others' screens): 0 taken, 1
 * another process holds it, -1 the system refuses locks (a network
 * filesystem without them): then nothing is written. */
static int try_lock(int fd)
{
    int r;

    while ((r = flock(fd, LOCK_EX | LOCK_NB)) != 0 && errno == EINTR)
        ;
    return r == 0 ? 0 : errno == EWOULDBLOCK ? 1 : -1;
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

/* Waits for the lock, up to ms: only where no screen waits on it (a new
 * journal's header, the last steps at exit). */
static int lock_within(int fd, int ms)
{
    int r;

    while ((r = try_lock(fd)) == 1 && ms > 0) {
        nanosleep(&(struct timespec){.tv_nsec = 20 * 1000000}, NULL);
        ms -= 20;
    }
    return r;
}

/* Never through a symbolic link at the path (O_NOFOLLOW: a link left
 * there would make podium create or write whatever it points at), never
 * stuck on a FIFO (O_NONBLOCK, until it is seen to be a file); only a
 * writer, or a follower waiting for the day, creates it. */
static int open_file(const char *path, enum journal_mode mode, bool *created)
{
    int flags = (mode == JOURNAL_WRITE ? O_RDWR | O_APPEND : O_RDONLY) | O_NOFOLLOW |
                O_NONBLOCK | O_CLOEXEC;
    int fd = -1;

    *created = false;
    if (mode != JOURNAL_READ) {
        fd = open(path, flags | O_CREAT | O_EXCL, 0600);
        *created = fd >= 0;
    }
    if (fd < 0 && (mode == JOURNAL_READ || errno == EEXIST))
        fd = open(path, flags);
    return fd;
}

/* Why the file at fd is not one to keep a day in, or NULL: a device or
 * a FIFO, or a file anyone may write (a group may: a shared journal,
 * podium(1)). */
static bool file_fit(int fd, const char *path, char *err, size_t errsize)
{
    struct stat st;

    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errsize, _("%s: not a regular file: a journal is a plain file"), path);
        return false;
    }
    if (st.st_mode & S_IWOTH) {
        snprintf(err, errsize,
                 _("%s: anyone may write it (mode %04o): chmod o-w it, a journal is the day's record"),
                 path, (unsigned)(st.st_mode & 07777));
        return false;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return true;
}

static void open_error(const char *path, char *err, size_t errsize)
{
    if (errno == ELOOP)
        snprintf(err, errsize,
                 _("%s: a symbolic link: podium opens a journal by its own name, never through a link"),
                 path);
    else
        snprintf(err, errsize, _("%s: cannot open the journal: %s"), path, strerror(errno));
}

/* The first process to open an empty journal writes what it is for,
 * under the lock (another may be opening it too). */
static bool write_header(struct journal *j, const struct programme *prog, int64_t wall_ms,
                         const struct journal_clock *clock, char *err, size_t errsize)
{
    struct stat st;
    bool ok = true;

    if (fstat(j->fd, &st) != 0 || st.st_size > 0)
        return true;
    if (lock_within(j->fd, 5000) != 0) {
        snprintf(err, errsize, _("%s: cannot lock the journal: %s"), j->path,
                 errno == EWOULDBLOCK ? _("another podium holds it") : strerror(errno));
        return false;
    }
    if (fstat(j->fd, &st) == 0 && st.st_size == 0) {
        char *header = journal_encode_header(prog, wall_ms, clock);

        ok = write_line(j, header, err, errsize);
        free(header);
    }
    flock(j->fd, LOCK_UN);
    return ok;
}

struct journal *journal_open(const char *path, const struct programme *prog,
                             enum journal_mode mode, int64_t wall_ms,
                             const struct journal_clock *clock, char *err, size_t errsize)
{
    struct journal *j;
    struct stat st;
    bool created;
    int fd;

    err[0] = '\0';
    /* a follower may come first: it makes the (empty) file to follow,
     * and never writes to it */
    if (mode != JOURNAL_READ && !make_dirs(path, err, errsize))
        return NULL;
    if ((fd = open_file(path, mode, &created)) < 0) {
        open_error(path, err, errsize);
        return NULL;
    }
    if (created)
        sync_dir(path); /* the new file's name, on the disk with its lines */
    if (!file_fit(fd, path, err, errsize) || !is_journal(fd)) {
        if (err[0] == '\0')
            snprintf(err, errsize,
                     _("%s: not a podium journal (its first line is no journal header)"), path);
        close(fd);
        return NULL;
    }
    j = xcalloc(1, sizeof *j);
    j->path = xstrdup(path);
    j->fd = fd;
    j->read_only = mode != JOURNAL_WRITE;
    j->recorder_fd = -1;
    if (!j->read_only && !write_header(j, prog, wall_ms, clock, err, errsize)) {
        journal_close(j);
        return NULL;
    }
    if (fstat(fd, &st) == 0) {
        j->dev = st.st_dev;
        j->ino = st.st_ino;
    }
    read_clock(j);
    return j;
}

static void drop_queued(struct journal *j)
{
    for (size_t i = 0; i < j->n_queued; i++)
        free(j->queued[i]);
    free(j->queued);
    j->queued = NULL;
    j->n_queued = 0;
}

void journal_close(struct journal *j)
{
    if (j == NULL)
        return;
    close(j->fd);
    if (j->recorder_fd >= 0)
        close(j->recorder_fd); /* the lock goes with it: another takes over */
    drop_queued(j);
    free(j->path);
    free(j->partial);
    free(j);
}

const struct journal_stats *journal_stats(const struct journal *j)
{
    return &j->stats;
}

/* at: where the line begins in the file */
static void take_line(struct journal *j, const char *line, size_t len, off_t at,
                      const struct agenda *a, journal_apply_fn *apply, void *ctx)
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
        /* the soonest written: a step queued while another held the
         * lock was written after its moment */
        if (wall >= 0 && (!j->stats.wall_known || wall - ev.at * 1000 < j->stats.wall_minus_at)) {
            j->stats.wall_minus_at = wall - ev.at * 1000;
            j->stats.wall_known = true;
        }
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

        if (j->on_stream && at >= j->told && journal_decode_stream(line, len, &s))
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
        take_line(j, j->partial, len, j->partial_at, a, apply, ctx);
        memmove(j->partial, nl + 1, j->n_partial - len - 1);
        j->n_partial -= len + 1;
        j->partial_at += (off_t)len + 1;
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

void journal_reread(struct journal *j, const struct agenda *a, journal_apply_fn *apply,
                    void *ctx)
{
    /* the stream's lines were told once: a second telling would restore
     * a live watcher to the past */
    j->told = j->offset;
    j->offset = j->partial_at = 0;
    j->n_partial = 0;
    memset(&j->stats, 0, sizeof j->stats);
    journal_catch_up(j, a, apply, ctx);
}

/* Under the lock: a last line left without its end (power lost
 * mid-write) is ended first, so that ours is a line of its own; every
 * reader then takes the torn one as a line, as this process will. */
static bool end_torn_line(struct journal *j, char *err, size_t errsize)
{
    struct stat st;
    char last = '\n';

    if (fstat(j->fd, &st) == 0 && st.st_size > 0 && pread(j->fd, &last, 1, st.st_size - 1) != 1)
        last = '\n';
    return last == '\n' || write_line(j, "\n", err, errsize);
}

enum journal_saved journal_flush(struct journal *j, char *err, size_t errsize)
{
    size_t done = 0;
    bool ok = true;
    int r;

    if (j->n_queued == 0)
        return JOURNAL_SAVED;
    if ((r = try_lock(j->fd)) == 1)
        return JOURNAL_QUEUED;
    if (r < 0) {
        snprintf(err, errsize, _("%s: cannot lock the journal: %s"), j->path, strerror(errno));
        ok = false;
    }
    if (ok)
        ok = end_torn_line(j, err, errsize);
    for (; ok && done < j->n_queued; done++)
        ok = write_line(j, j->queued[done], err, errsize);
    if (r == 0)
        flock(j->fd, LOCK_UN);
    /* a disk that refused one refuses the rest: the screen says so */
    drop_queued(j);
    return ok ? JOURNAL_SAVED : JOURNAL_FAILED;
}

size_t journal_queued(const struct journal *j)
{
    return j->n_queued;
}

const char *journal_path(const struct journal *j)
{
    return j->path;
}

/* Queues line (taken) behind the others waiting, then writes them all if
 * the lock is free; ours is then read back like the others' lines (the
 * catch-up applies it), so the writer's day is the one every reader and
 * every replay gets. */
static enum journal_saved append_line(struct journal *j, const struct agenda *a, char *line,
                                      journal_apply_fn *apply, void *ctx, char *err,
                                      size_t errsize)
{
    enum journal_saved r;

    if (j->read_only) {
        free(line);
        snprintf(err, errsize, "%s", _("read-only: following the day"));
        return JOURNAL_FAILED;
    }
    j->queued = xrealloc(j->queued, j->n_queued + 1, sizeof *j->queued);
    j->queued[j->n_queued++] = line;
    /* saved behind steps the caller showed by hand, it reads the day
     * again (journal_reread) all the same */
    if ((r = journal_flush(j, err, errsize)) == JOURNAL_SAVED)
        journal_catch_up(j, a, apply, ctx);
    return r;
}

enum journal_saved journal_append(struct journal *j, const struct agenda *a,
                                  const struct agenda_event *ev, int64_t wall_ms,
                                  journal_apply_fn *apply, void *ctx, char *err, size_t errsize)
{
    return append_line(j, a, journal_encode(a, ev, wall_ms), apply, ctx, err, errsize);
}

enum journal_saved journal_append_stream(struct journal *j, const struct agenda *a,
                                         const struct journal_stream *s,
                                         journal_apply_fn *apply, void *ctx, char *err,
                                         size_t errsize)
{
    return append_line(j, a, journal_encode_stream(s), apply, ctx, err, errsize);
}

enum journal_saved journal_flush_within(struct journal *j, int ms, char *err, size_t errsize)
{
    /* the wait is lock_within's; journal_flush then takes again the lock
     * this open file holds already, at once */
    if (j->n_queued > 0 && lock_within(j->fd, ms) == 1)
        return JOURNAL_QUEUED;
    return journal_flush(j, err, errsize);
}

char *journal_keep_queued(struct journal *j, char *err, size_t errsize)
{
    char *kept = xasprintf("%s.unsaved-%ld", j->path, (long)getpid());
    int fd = open(kept, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    bool ok = fd >= 0;

    for (size_t i = 0; ok && i < j->n_queued; i++)
        ok = write(fd, j->queued[i], strlen(j->queued[i])) == (ssize_t)strlen(j->queued[i]);
    ok = ok && fsync(fd) == 0;
    if (fd >= 0)
        close(fd);
    if (ok) {
        sync_dir(kept);
        drop_queued(j);
        return kept;
    }
    snprintf(err, errsize, _("%s: cannot keep the steps not saved: %s"), kept, strerror(errno));
    free(kept);
    return NULL;
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
    fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
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

    if (lstat(path, &st) != 0)
        return NULL;
    for (int n = 1; n < 10000; n++) {
        char *aside = xasprintf("%s.%d", path, n);

        /* link, never overwrite: an older day set aside stays */
        if (link(path, aside) == 0) {
            unlink(path);
            sync_dir(path); /* both names, on the disk before the new day */
            return aside;
        }
        free(aside);
        if (errno != EEXIST)
            break;
    }
    snprintf(err, errsize, _("%s: cannot set the old journal aside: %s"), path, strerror(errno));
    return NULL;
}
