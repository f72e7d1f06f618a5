# Perl: regex-heavy text processing.
use strict; use warnings;
my (%count, %byword, $lines, $sum);
open(my $fh, '<', $ARGV[0]) or die "open: $!";
while (my $l = <$fh>) {
    chomp $l; $lines++;
    my @f = split /\s+/, $l;
    $count{$_}++ for grep { /^[a-z]+$/ } @f;
    if ($l =~ /^(\d+)\s+(\w+)\s+(\w+)\s+(\d+)\s+([\d.]+)/) {
        $sum += $4; $byword{$2} += $5;
    }
    $l =~ s/(\w)(\w*)/\U$1\E$2/g;
    print "$l\n" if $lines % 5000 == 0;
    print "match: $1-$2\n" if $l =~ /(Gamma|Delta)\s+(\d{5,})\b/ && $lines < 400;
}
printf "%d lines, sum %d\n", $lines, $sum;
printf "%-8s %6d %12.3f\n", $_, $count{$_}, $byword{$_} // 0 for sort { $count{$b} <=> $count{$a} || $a cmp $b } keys %count;
my $s = "The quick brown fox jumps over the lazy dog" x 3;
my @caps = $s =~ /\b(\w)(\w+)\b/g;
print scalar(@caps), " ", join("", @caps[0 .. 9]), "\n";
(my $t = $s) =~ tr/a-z/n-za-m/;
print substr($t, 0, 43), "\n";
print join(",", map { sprintf "%03x", $_ } grep { $_ % 7 == 3 } 1 .. 60), "\n";
my %h = map { $_ => length } split /\s+/, $s;
print join(" ", map { "$_=$h{$_}" } sort keys %h), "\n";
my $re = qr/(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)/;
for my $d ("2024-02-29", "1999-12-31", "not a date") {
    print $d =~ $re ? "$+{d}/$+{m}/$+{y}\n" : "no match: $d\n";
}
