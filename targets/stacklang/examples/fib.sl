# Fibonacci numbers: a slow doubly recursive word and a fast loop.

: fib { n }
    n 2 < if n exit then
    n 1 - fib n 2 - fib + ;

: fib-loop { n }
    0 -> a  1 -> b
    begin n 0 > while
        a b + -> t
        b -> a  t -> b
        n 1 - -> n
    repeat
    a ;

0 -> i
begin i 15 < while
    i fib print " " print
    i 1 + -> i
repeat
cr
"fib(90) = " print 90 fib-loop .
"fib(20) = " print 20 fib .
