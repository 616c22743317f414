/* report: `podium report [--csv | --html] [-c FILE] JOURNAL`, the
 * account of a day after it ran, without curses. The journal is replayed
 * against the configuration it names, or FILE (report_day.h), and printed
 * as tables: each item's planned and actual times, duration, delay and
 * poll; the changes; the messages to the stage; the steps sent with
 * podium do; the speakers' time against their allotment with the panel
 * balance; the film's roll; the press bookings held; the stream's
 * incidents and its share of time LIVE. Markdown by default, CSV with
 * --csv (report_table.h), a page with the day's picture with --html
 * (report_html.h). */
#ifndef PODIUM_REPORT_H
#define PODIUM_REPORT_H

/* argv[0] is "report"; the exit status. */
int report_main(int argc, char **argv);

#endif
