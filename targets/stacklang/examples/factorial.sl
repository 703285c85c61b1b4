# Factorials, computed recursively and with a loop.

: fact-rec { n }
    n 1 <= if 1 else n 1 - fact-rec n * then ;

: fact-loop { n }
    1 -> acc
    begin n 1 > while
        acc n * -> acc
        n 1 - -> n
    repeat
    acc ;

0 -> i
begin i 20 <= while
    i str "! = " + i fact-rec str + print cr
    i fact-rec i fact-loop <> if "mismatch" throw then
    i 1 + -> i
repeat
