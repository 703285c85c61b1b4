Hello World program

One loop running eight times fills
  cell 1 with 72   cell 2 with 80   cell 3 with 96   cell 4 with 32
and each letter is then a small step away from one of those cells

++++++++[>+++++++++>++++++++++>++++++++++++>++++<<<<-]
>.                          H
>>+++++.                    e
+++++++..                   l l
+++.                        o
>.                          space
<<+++++++.                  W
>.                          o
+++.                        r
------.                     l
--------.                   d
>+.                         exclamation mark
-----------------------.    newline
