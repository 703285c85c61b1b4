# Factorials grow until the 64-bit integer overflows.

: fact { n } n 1 <= if 1 else n 1 - fact n * then ;

1 -> i
begin true while
    i fact .
    i 1 + -> i
repeat
