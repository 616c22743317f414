#include "day.h"

#include <string.h>

struct day_choice day_choose(const struct programme *prog, const char *today, int64_t at,
                             double speed, bool live)
{
    struct day_choice c = {at, speed, false};
    int64_t first;

    c.other_day = prog->event.date != NULL && today != NULL &&
                  strcmp(prog->event.date, today) != 0;
    /* asked for a rehearsal, or for today's clock whatever the date */
    if (!c.other_day || live || at >= 0 || speed != 1.0 || prog->n_items == 0)
        return c;
    first = prog->items[0].start;
    c.at = first > DAY_LEAD_IN ? first - DAY_LEAD_IN : 0;
    return c;
}
