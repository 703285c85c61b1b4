# A syntax error: the 'if' is never closed.

: sign { n }
    n 0 < if -1 else 1
;

3 sign .
