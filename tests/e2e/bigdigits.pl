#!/usr/bin/perl
# Reads `tmux capture-pane -p -e` on stdin and prints the big-digit
# numbers of the screen as text, one per line: "LEFT RIGHT" for the wall
# clock and the countdown. A lit pixel is two reverse-video cells; on a
# reversed background (the overtime block) a lit pixel is a plain cell.
#   usage: bigdigits.pl TOP_ROW LEFT_COL RIGHT_COL
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

# A pixel is lit when it differs from the background at the digit's top-left gap.
sub pixel {
    my ($r, $c, $bg) = @_;
    my $row = $rows[$top + $r] // '';
    return ' ' if $c >= length $row;
    return substr($row, $c, 1) ne $bg ? '#' : ' ';
}

sub glyph_at {
    my ($c, $w, $bg) = @_;
    return [map { my $r = $_; join '', map { pixel($r, $c + 2 * $_, $bg) } 0 .. $w - 1 } 0 .. 4];
}

sub read_number {
    my ($c) = @_;
    my $row = $rows[$top] // '';
    my $bg = $c >= 1 && $c <= length $row ? substr($row, $c - 1, 1) : '.';
    my $text = '';
    for (my $n = 0; $n < 10; $n++) {
        my $g = glyph_at($c, 3, $bg);
        my ($hit) = grep { join('|', @{$font{$_}}) eq join('|', @$g) } sort keys %font;
        if (defined $hit && join('', @$g) =~ /#/) {
            $text .= $hit;
            $c += 7;
            next;
        }
        my $colon = glyph_at($c, 1, $bg);
        last unless join('|', @$colon) eq ' |#| |#| ';
        $text .= ':';
        $c += 3;
    }
    return $text;
}

print join(' ', map { read_number($_) } @starts), "\n";
