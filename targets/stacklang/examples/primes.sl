# Prime numbers below 200 by trial division, then their count and sum.

: prime? { n }
    n 2 < if false exit then
    2 -> d
    begin d d * n <= while
        n d mod 0 = if false exit then
        d 1 + -> d
    repeat
    true ;

0 => count
0 => total
2 -> n
begin n 200 < while
    n prime? if
        n print " " print
        count 1 + => count
        total n + => total
    then
    n 1 + -> n
repeat
cr
"count: " count str + .
"sum: " total str + .
