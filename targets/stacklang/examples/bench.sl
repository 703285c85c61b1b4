# A longer-running benchmark: count the primes below 30000 by trial
# division and sum the digits of all numbers below 100000.

: prime? { n }
    n 2 < if false exit then
    2 -> d
    begin d d * n <= while
        n d mod 0 = if false exit then
        d 1 + -> d
    repeat
    true ;

: digit-sum { n }
    0 -> s
    begin n 0 > while
        s n 10 mod + -> s
        n 10 / -> n
    repeat
    s ;

0 -> count  0 -> n
begin n 30000 < while
    n prime? if count 1 + -> count then
    n 1 + -> n
repeat
"primes below 30000: " count str + .

0 -> total  0 -> n
begin n 100000 < while
    total n digit-sum + -> total
    n 1 + -> n
repeat
"digit sum below 100000: " total str + .
