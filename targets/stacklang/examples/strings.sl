# String operations.

: reverse { s }
    "" -> r
    0 -> i
    begin i s len < while
        s i at r + -> r
        i 1 + -> i
    repeat
    r ;

: palindrome? { s }
    s lower -> t
    t t reverse = ;

: count-vowels { s }
    0 -> n  0 -> i
    begin i s len < while
        "aeiou" s i at lower find 0 >= if n 1 + -> n then
        i 1 + -> i
    repeat
    n ;

# shift the letters a-z by k places
: caesar { s k }
    "" -> r  0 -> i
    begin i s len < while
        s i at ord -> c
        c 97 >= c 122 <= and if
            c 97 - k + 26 mod 97 + -> c
        then
        r c chr + -> r
        i 1 + -> i
    repeat
    r ;

"stressed" reverse .
"Racecar" palindrome? .
"stacklang" palindrome? .
"Programming Language" count-vowels .
"hello world" 3 caesar .
"hello world" 3 caesar 23 caesar .
"=" 20 * .
"The quick brown fox" dup len str " characters" + .
"The quick brown fox" "brown" find .
"The quick brown fox" "cat" find .
"The quick brown fox" 4 5 substr upper .
"x = " "41" int 1 + str + .
"abc" "abd" < .
