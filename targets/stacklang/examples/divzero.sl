# Runs into a division by zero inside a word.

: average { total count } total count / ;

"before" .
10 2 average .
5 0 average .
"never printed" .
