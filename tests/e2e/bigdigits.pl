#!/usr/bin/perl
# Reads `tmux capture-pane -p -e` on stdin and prints the big-digit
# numbers of the screen as text, one per line: "LEFT RIGHT" for the wall
# clock and the countdown. A lit pixel is two reverse-video cells; on a
# reversed background (the overtime block) a lit pixel is a plain cell.
# Any height the dashboard draws them at (5, 7, 9 ... rows) is read;
# with BIGDIGITS_ROWS set, each number is preceded by "ROWS:".
#   usage: bigdigits.pl TOP_ROW LEFT_COL RIGHT_COL
#          bigdigits.pl auto          (the one number on the screen)
use strict;
use warnings;
use utf8;
binmode STDIN, ':encoding(UTF-8)';

my ($top, @starts) = @ARGV;
my %font = (
    '0' => ['###', '# #', '# #', '# #', '###'], '1' => ['  #', '  #', '  #', '  #', '  #'],
    '2' => ['###', '  #', '###', '#  ', '###'], '3' => ['###', '  #', '###', '  #', '###'],
    '4' => ['# #', '# #', '###', '  #', '  #'], '5' => ['###', '#  ', '###', '  #', '###'],
    '6' => ['###', '#  ', '###', '# #', '###'], '7' => ['###', '  #', '  #', '  #', '  #'],
    '8' => ['###', '# #', '###', '# #', '###'], '9' => ['###', '# #', '###', '  #', '###'],
    '+' => ['   ', ' # ', '###', ' # ', '   '], '-' => ['   ', '   ', '###', '   ', '   '],
);

# Each screen row as a string of 'R' (reversed) and '.' cells.
my @rows;
while (my $line = <STDIN>) {
    chomp $line;
    my ($rev, $out) = (0, '');
    while ($line =~ /\G(?:\e\[([0-9;]*)m|(.))/gc) {
        if (defined $1) {
            my @codes = split /;/, ($1 eq '' ? '0' : $1);
            for (@codes) { $rev = 0 if $_ eq '0' || $_ eq '27'; $rev = 1 if $_ eq '7'; }
        } else {
            $out .= $rev ? 'R' : '.';
        }
    }
    push @rows, $out;
}

# A cell is lit when it differs from the background at the number's
# top-left gap.
sub lit {
    my ($y, $x, $bg) = @_;
    my $row = $rows[$y] // '';
    return 0 if $x >= length $row;
    return substr($row, $x, 1) ne $bg;
}

# The font's bands at a height, as src/bigdigits.c draws them: rows bar,
# stem, bar, stem, bar; columns stem, middle, stem; a gap between glyphs.
sub bands {
    my ($h) = @_;
    my $bar = int(($h + 1) / 6);
    $bar = 1 if $bar < 1;
    my $up = int(($h - 3 * $bar) / 2);
    my $low = $h - 3 * $bar - $up;
    # the middle of each band: where a pixel is read
    my @r = (int($bar / 2), $bar + int($up / 2), $bar + $up + int($bar / 2),
             2 * $bar + $up + int($low / 2), 2 * $bar + $up + $low + int($bar / 2));
    my @c = ($bar, 2 * $bar + $up, 2 * $bar + 2 * $up + $bar);
    return { rows => \@r, cols => \@c, wide => 4 * $bar + 2 * $up, narrow => 2 * $bar,
             gap => $bar };
}

# The number's height: rows from the top with a lit cell in its columns
# (every glyph lights each of its rows), while the background goes on.
sub height {
    my ($c, $end, $bg) = @_;
    my $h = 0;
    for (my $y = $top; $y < @rows; $y++, $h++) {
        my $row = $rows[$y] // '';
        last if $c >= 1 && ($c > length $row || substr($row, $c - 1, 1) ne $bg);
        last unless grep { lit($y, $_, $bg) } $c .. $end - 1;
    }
    return $h;
}

sub glyph_at {
    my ($c, $b, $w, $bg) = @_;
    my @cols = $w == 3 ? @{$b->{cols}} : ($b->{cols}[0]);
    return [map { my $r = $_; join '', map { lit($top + $r, $c + $_, $bg) ? '#' : ' ' } @cols }
            @{$b->{rows}}];
}

sub read_number {
    my ($c, $end) = @_;
    my $row = $rows[$top] // '';
    my $bg = $c >= 1 && $c <= length $row ? substr($row, $c - 1, 1) : '.';
    my $h = height($c, $end, $bg);
    return '' if $h < 5;
    my $b = bands($h);
    my $text = $ENV{BIGDIGITS_ROWS} ? "$h:" : '';
    for (my $n = 0; $n < 10; $n++) {
        my $g = glyph_at($c, $b, 3, $bg);
        my ($hit) = grep { join('|', @{$font{$_}}) eq join('|', @$g) } sort keys %font;
        if (defined $hit && join('', @$g) =~ /#/) {
            $text .= $hit;
            $c += $b->{wide} + $b->{gap};
            next;
        }
        my $colon = glyph_at($c, $b, 1, $bg);
        last unless join('|', @$colon) eq ' |#| |#| ';
        $text .= ':';
        $c += $b->{narrow} + $b->{gap};
    }
    return $text;
}

# "auto": the one number on the screen, wherever it is (the stage's,
# centred): its top is the first row with a lit cell, its left the
# leftmost lit cell under it, or a stem's width and a middle further
# left when the first glyph is a 1 (lit only at its right)
if ($top eq 'auto') {
    ($top) = grep { $rows[$_] =~ /R/ } 0 .. $#rows;
    if (!defined $top) { print "\n"; exit 0; }
    my ($left, $y) = (1e9, $top);
    for (; $y < @rows && $rows[$y] =~ /R/; $y++) {
        $left = index($rows[$y], 'R') if index($rows[$y], 'R') < $left;
    }
    my $bd = bands($y - $top);
    my @tries = map { read_number($_, length $rows[$top]) }
        grep { $_ >= 0 } ($left, $left - $bd->{narrow} - ($bd->{wide} - 2 * $bd->{narrow}));
    my ($best) = sort { length($b) <=> length($a) } @tries;
    print "$best\n";
    exit 0;
}

# each number ends where the next begins, the last at the row's end
my @ends = (@starts[1 .. $#starts], length($rows[$top] // ''));
print join(' ', map { read_number($starts[$_], $ends[$_]) } 0 .. $#starts), "\n";
