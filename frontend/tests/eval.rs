//! End-to-end tests of the compile-time evaluator: each test writes a small
//! target module to a temporary directory, loads it with
//! `frontend::load_target`, and compares the `repr` of module globals with
//! what CPython 3.11 gives for the same module-level code.
//!
//! Error cases are recorded into globals at import time by `err(f)` (the
//! `PRELUDE`), which returns `"ExcName: message"` for the exception `f()`
//! raises.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use flowgraph::Constant;
use frontend::heap::{Native, Object};
use frontend::Target;

const PRELUDE: &str = r#"
def err(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"
"#;

const TAIL: &str = r#"

def entry_point(argv):
    return 0

def target(driver, args):
    return entry_point
"#;

/// Writes `files` (relative path, text) to a fresh temporary directory.
fn write_dir(files: &[(&str, &str)]) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("frontend-eval-test-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create temp dir");
        std::fs::write(path, text).expect("write module");
    }
    dir
}

/// Loads `target.py` from the files; the error is the diagnostic's message.
fn try_load(files: &[(&str, &str)]) -> Result<Target, String> {
    let dir = write_dir(files);
    let result = frontend::load_target(&dir.join("target.py"), &[]).map_err(|(_, d)| d.message);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// Loads a target whose module body is `PRELUDE + src + TAIL`.
fn load(src: &str) -> Target {
    let text = format!("{PRELUDE}{src}{TAIL}");
    try_load(&[("target.py", &text)]).unwrap_or_else(|m| panic!("loading the target failed: {m}"))
}

fn global(t: &Target, name: &str) -> Constant {
    let v = t.interp.module_dict(t.module).get(name);
    v.unwrap_or_else(|| panic!("no global `{name}`")).clone()
}

fn repr(t: &Target, name: &str) -> String {
    frontend::eval::format::repr(&t.interp.heap, &global(t, name))
}

/// Runs `src` and compares the repr of each named global with the expected
/// one, reporting every mismatch at once.
fn check(src: &str, expected: &[(&str, &str)]) {
    let t = load(src);
    let failures: Vec<String> = expected
        .iter()
        .filter_map(|(name, want)| {
            let got = repr(&t, name);
            (got != *want).then(|| {
                format!(
                    "  {name}: got {got}\n  {:w$}  expected {want}",
                    "",
                    w = name.len()
                )
            })
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The message of the diagnostic a failing target produces.
fn load_error(files: &[(&str, &str)]) -> String {
    match try_load(files) {
        Ok(_) => panic!("the target loaded without error"),
        Err(m) => m,
    }
}

#[test]
fn str_search() {
    check(
        r#"s = "hello world, hello"
f1 = s.find("hello")
f2 = s.find("hello", 1)
f3 = s.find("hello", 1, 17)
f4 = s.find("o", -5)
f5 = s.find("xyz")
f6 = s.rfind("hello")
f7 = s.rfind("o", 0, 8)
f8 = s.rfind("l", -3, -1)
f9 = s.find("", 3)
f10 = s.find("", 100)
f11 = "abc".find("", 3)
f12 = "abc".find("c", None, None)
i1 = s.index("world")
i2 = s.rindex("l")
i3 = err(lambda: s.index("zz"))
i4 = err(lambda: s.rindex("hello", 1, 10))
u = "héllo wörld ünïcode"
u1 = u.find("wörld")
u2 = u.index("ü")
u3 = u.rfind("o")
u4 = u.count("l")
u5 = u.find("ö", 8)
c1 = "aaaa".count("aa")
c2 = "abcabc".count("")
c3 = "abcabc".count("bc", 2)
c4 = "abcabc".count("bc", 2, 4)
c5 = "abc".count("", 4)
c6 = "abc".count("", 3)
t1 = err(lambda: "abc".find(1))
t2 = err(lambda: "abc".find())
"#,
        &[
            ("s", r#"'hello world, hello'"#),
            ("f1", r#"0"#),
            ("f2", r#"13"#),
            ("f3", r#"-1"#),
            ("f4", r#"17"#),
            ("f5", r#"-1"#),
            ("f6", r#"13"#),
            ("f7", r#"7"#),
            ("f8", r#"16"#),
            ("f9", r#"3"#),
            ("f10", r#"-1"#),
            ("f11", r#"3"#),
            ("f12", r#"2"#),
            ("i1", r#"6"#),
            ("i2", r#"16"#),
            ("i3", r#"'ValueError: substring not found'"#),
            ("i4", r#"'ValueError: substring not found'"#),
            ("u", r#"'héllo wörld ünïcode'"#),
            ("u1", r#"6"#),
            ("u2", r#"12"#),
            ("u3", r#"16"#),
            ("u4", r#"3"#),
            ("u5", r#"-1"#),
            ("c1", r#"2"#),
            ("c2", r#"7"#),
            ("c3", r#"1"#),
            ("c4", r#"0"#),
            ("c5", r#"0"#),
            ("c6", r#"1"#),
            ("t1", r#"'TypeError: must be str, not int'"#),
            (
                "t2",
                r#"'TypeError: find() takes at least 1 argument (0 given)'"#,
            ),
        ],
    );
}

#[test]
fn str_split_strip() {
    check(
        r#"a1 = "a,b,,c".split(",")
a2 = "a,b,,c".split(",", 1)
a3 = "  a  b\tc\n d  ".split()
a4 = "  a  b\tc\n d  ".split(None, 2)
a5 = "  a b  ".split(None, 0)
a6 = "".split()
a7 = "".split(",")
a8 = "a--b--c".split("--")
a9 = "a b c".split(maxsplit=1)
a10 = "x.y.z".split(sep=".", maxsplit=-1)
b1 = "a,b,,c".rsplit(",", 1)
b2 = "  a  b  c  ".rsplit(None, 1)
b3 = "a b c".rsplit()
b4 = "aXXbXXc".rsplit("XX", 5)
b5 = "abc".rsplit("c")
e1 = err(lambda: "abc".split(""))
e2 = err(lambda: "abc".rsplit(""))
l1 = "one\ntwo\r\nthree\rfour\n".splitlines()
l2 = "one\ntwo\r\nthree\rfour\n".splitlines(True)
l3 = "".splitlines()
l4 = "a\n\nb".splitlines()
l5 = "x\x0by\x0cz\u2028w".splitlines()
l6 = "no newline".splitlines(keepends=True)
s1 = "  \t pad \n ".strip()
s2 = "xxhixyx".strip("xy")
s3 = "xxhixyx".lstrip("x")
s4 = "xxhixyx".rstrip("xy")
s5 = "  left".lstrip()
s6 = "right  ".rstrip()
s7 = "abc".strip("")
s8 = "  a  ".strip(None)
s9 = "www.example.com".strip("cmowz.")
p1 = "a=b=c".partition("=")
p2 = "a=b=c".rpartition("=")
p3 = "abc".partition("=")
p4 = "abc".rpartition("=")
p5 = "key: value".partition(": ")
p6 = err(lambda: "abc".partition(""))
"#,
        &[
            ("a1", r#"['a', 'b', '', 'c']"#),
            ("a2", r#"['a', 'b,,c']"#),
            ("a3", r#"['a', 'b', 'c', 'd']"#),
            ("a4", r#"['a', 'b', 'c\n d  ']"#),
            ("a5", r#"['a b  ']"#),
            ("a6", r#"[]"#),
            ("a7", r#"['']"#),
            ("a8", r#"['a', 'b', 'c']"#),
            ("a9", r#"['a', 'b c']"#),
            ("a10", r#"['x', 'y', 'z']"#),
            ("b1", r#"['a,b,', 'c']"#),
            ("b2", r#"['  a  b', 'c']"#),
            ("b3", r#"['a', 'b', 'c']"#),
            ("b4", r#"['a', 'b', 'c']"#),
            ("b5", r#"['ab', '']"#),
            ("e1", r#"'ValueError: empty separator'"#),
            ("e2", r#"'ValueError: empty separator'"#),
            ("l1", r#"['one', 'two', 'three', 'four']"#),
            ("l2", r#"['one\n', 'two\r\n', 'three\r', 'four\n']"#),
            ("l3", r#"[]"#),
            ("l4", r#"['a', '', 'b']"#),
            ("l5", r#"['x', 'y', 'z', 'w']"#),
            ("l6", r#"['no newline']"#),
            ("s1", r#"'pad'"#),
            ("s2", r#"'hi'"#),
            ("s3", r#"'hixyx'"#),
            ("s4", r#"'xxhi'"#),
            ("s5", r#"'left'"#),
            ("s6", r#"'right'"#),
            ("s7", r#"'abc'"#),
            ("s8", r#"'a'"#),
            ("s9", r#"'example'"#),
            ("p1", r#"('a', '=', 'b=c')"#),
            ("p2", r#"('a=b', '=', 'c')"#),
            ("p3", r#"('abc', '', '')"#),
            ("p4", r#"('', '', 'abc')"#),
            ("p5", r#"('key', ': ', 'value')"#),
            ("p6", r#"'ValueError: empty separator'"#),
        ],
    );
}

#[test]
fn str_case_predicates() {
    check(
        r#"c1 = "Hello World".upper()
c2 = "Hello World".lower()
c3 = "hello wORLD, it's 3rd-time".title()
c4 = "hELLO wORLD".capitalize()
c5 = "Hello World 123".swapcase()
c6 = "".capitalize()
c7 = "straße".upper()
c8 = "ÉCOLE".lower()
d1 = ["123".isdigit(), "12a".isdigit(), "".isdigit(), "٣".isdigit()]
d2 = ["abc".isalpha(), "ab1".isalpha(), "".isalpha(), "héllo".isalpha()]
d3 = ["abc123".isalnum(), "abc 123".isalnum(), "".isalnum()]
d4 = [" \t\n".isspace(), " a ".isspace(), "".isspace(), "\x1c".isspace()]
d5 = ["ABC".isupper(), "AbC".isupper(), "A1".isupper(), "123".isupper()]
d6 = ["abc".islower(), "aBc".islower(), "a1".islower(), "1".islower()]
d7 = ["abc".isidentifier(), "_x1".isidentifier(), "1x".isidentifier(), "".isidentifier(), "a-b".isidentifier(), "héllo".isidentifier()]
w1 = "hello.py".endswith(".py")
w2 = "hello.py".startswith(("x", "he"))
w3 = "hello.py".endswith((".c", ".h"))
w4 = "hello".startswith("ll", 2)
w5 = "hello".startswith("ll", 2, 3)
w6 = "hello".endswith("ell", 0, 4)
w7 = "hello".endswith("", 5)
w8 = "hello".startswith("", 6)
w9 = "hello".startswith("lo", -2)
w10 = err(lambda: "hello".startswith(1))
w11 = "".startswith("")
"#,
        &[
            ("c1", r#"'HELLO WORLD'"#),
            ("c2", r#"'hello world'"#),
            ("c3", r#""Hello World, It'S 3Rd-Time""#),
            ("c4", r#"'Hello world'"#),
            ("c5", r#"'hELLO wORLD 123'"#),
            ("c6", r#"''"#),
            ("c7", r#"'STRASSE'"#),
            ("c8", r#"'école'"#),
            ("d1", r#"[True, False, False, True]"#),
            ("d2", r#"[True, False, False, True]"#),
            ("d3", r#"[True, False, False]"#),
            ("d4", r#"[True, False, False, True]"#),
            ("d5", r#"[True, False, True, False]"#),
            ("d6", r#"[True, False, True, False]"#),
            ("d7", r#"[True, True, False, False, False, True]"#),
            ("w1", r#"True"#),
            ("w2", r#"True"#),
            ("w3", r#"False"#),
            ("w4", r#"True"#),
            ("w5", r#"False"#),
            ("w6", r#"True"#),
            ("w7", r#"True"#),
            ("w8", r#"False"#),
            ("w9", r#"True"#),
            (
                "w10",
                r#"'TypeError: startswith first arg must be str or a tuple of str, not int'"#,
            ),
            ("w11", r#"True"#),
        ],
    );
}

#[test]
fn str_pad_replace_join_encode() {
    check(
        r#"j1 = "abc".center(9, "*")
j2 = "abc".center(6)
j3 = "ab".center(5, "-")
j4 = "ab".center(6, "-")
j5 = "abc".center(2)
j6 = "abc".ljust(6, ".")
j7 = "abc".rjust(6, ".")
j8 = "abc".ljust(1)
j9 = err(lambda: "abc".ljust(5, "ab"))
z1 = "42".zfill(5)
z2 = "-42".zfill(5)
z3 = "+4".zfill(4)
z4 = "abc".zfill(2)
z5 = "".zfill(3)
x1 = "a\tbc\tdef\tg".expandtabs()
x2 = "a\tbc\tdef\tg".expandtabs(4)
x3 = "ab\ncd\te".expandtabs(3)
x4 = "a\tb".expandtabs(0)
r1 = "aaaa".replace("a", "b", 2)
r2 = "abc".replace("", "-")
r3 = "abc".replace("", "-", 2)
r4 = "hello world".replace("o", "0")
r5 = "abab".replace("ab", "")
r6 = "".replace("", "x")
r7 = "aaa".replace("aa", "b")
r8 = "abc".replace("b", "B", 0)
r9 = "ünï".replace("n", "N")
k1 = "-".join(["a", "b", "c"])
k2 = ", ".join(("x",))
k3 = "".join([])
k4 = "+".join("abc")
k5 = err(lambda: "-".join(["a", 1]))
k6 = ":".join({"p": 1, "q": 2})
n1 = "héllo".encode()
n2 = "héllo".encode("latin-1")
n3 = err(lambda: "héllo".encode("ascii"))
n4 = "héllo".encode("ascii", "replace")
n5 = "héllo".encode("ascii", "ignore")
n6 = "abc".encode("ascii")
n7 = err(lambda: "€".encode("latin-1"))
n8 = err(lambda: "x".encode("nope"))
n9 = "日本".encode("utf-8")
"#,
        &[
            ("j1", r#"'***abc***'"#),
            ("j2", r#"' abc  '"#),
            ("j3", r#"'--ab-'"#),
            ("j4", r#"'--ab--'"#),
            ("j5", r#"'abc'"#),
            ("j6", r#"'abc...'"#),
            ("j7", r#"'...abc'"#),
            ("j8", r#"'abc'"#),
            (
                "j9",
                r#"'TypeError: The fill character must be exactly one character long'"#,
            ),
            ("z1", r#"'00042'"#),
            ("z2", r#"'-0042'"#),
            ("z3", r#"'+004'"#),
            ("z4", r#"'abc'"#),
            ("z5", r#"'000'"#),
            ("x1", r#"'a       bc      def     g'"#),
            ("x2", r#"'a   bc  def g'"#),
            ("x3", r#"'ab\ncd e'"#),
            ("x4", r#"'ab'"#),
            ("r1", r#"'bbaa'"#),
            ("r2", r#"'-a-b-c-'"#),
            ("r3", r#"'-a-bc'"#),
            ("r4", r#"'hell0 w0rld'"#),
            ("r5", r#"''"#),
            ("r6", r#"'x'"#),
            ("r7", r#"'ba'"#),
            ("r8", r#"'abc'"#),
            ("r9", r#"'üNï'"#),
            ("k1", r#"'a-b-c'"#),
            ("k2", r#"'x'"#),
            ("k3", r#"''"#),
            ("k4", r#"'a+b+c'"#),
            (
                "k5",
                r#"'TypeError: sequence item 1: expected str instance, int found'"#,
            ),
            ("k6", r#"'p:q'"#),
            ("n1", r#"b'h\xc3\xa9llo'"#),
            ("n2", r#"b'h\xe9llo'"#),
            (
                "n3",
                r#""UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)""#,
            ),
            ("n4", r#"b'h?llo'"#),
            ("n5", r#"b'hllo'"#),
            ("n6", r#"b'abc'"#),
            (
                "n7",
                r#""UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)""#,
            ),
            ("n8", r#"'LookupError: unknown encoding: nope'"#),
            ("n9", r#"b'\xe6\x97\xa5\xe6\x9c\xac'"#),
        ],
    );
}

#[test]
fn str_format() {
    check(
        r#"class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20]
f1 = "{} and {}".format("a", "b")
f2 = "{1}{0}{1}".format("x", "y")
f3 = "{name} is {age}".format(name="Bob", age=42)
f4 = "{0} {name}".format(1, name=2)
f5 = "{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef")
f6 = "{:05d} {:.3f} {:x} {:+d}".format(42, 3.14159, 255, 7)
f7 = "{!r} {!s} {!r}".format("q", "q", 5)
f8 = "{{literal}} {}".format(1)
f9 = "{:*^9}".format("mid")
f10 = "{0:{1}}|".format("w", 5)
f11 = "{:{w}.{p}f}".format(2.5, w=8, p=2)
f12 = "{0[1]} {0[0]}".format(["a", "b"])
f13 = "{p.x} {p.items[1]}".format(p=P())
f14 = "{d[key]}".format(d={"key": "v"})
f15 = "{!r:>5}".format("a")
f16 = "{:e}".format(12345.678)
f17 = "{:g} {:g}".format(0.00001234, 1234567.0)
f19 = "{}".format([1, "a", None])
f20 = "{:10.3}|".format("abcdef")
f21 = "{:>{}}|{:^{w}}|".format("x", 4, "y", w=3)
f22 = "{:{}{}}|".format("z", "<", 3)
f23 = "{0!a} {0!r}".format("é")
e1 = err(lambda: "{} {}".format(1))
e2 = err(lambda: "{0} {}".format(1, 2))
e3 = err(lambda: "{} {0}".format(1, 2))
e4 = err(lambda: "{missing}".format(a=1))
e5 = err(lambda: "a } b".format())
e6 = err(lambda: "a { b".format())
e7 = err(lambda: "{!x}".format(1))
e8 = err(lambda: "{".format())
"#,
        &[
            ("f1", r#"'a and b'"#),
            ("f2", r#"'yxy'"#),
            ("f3", r#"'Bob is 42'"#),
            ("f4", r#"'1 2'"#),
            ("f5", r#"'    ab|cd    |  ef  |'"#),
            ("f6", r#"'00042 3.142 ff +7'"#),
            ("f7", r#""'q' q 5""#),
            ("f8", r#"'{literal} 1'"#),
            ("f9", r#"'***mid***'"#),
            ("f10", r#"'w    |'"#),
            ("f11", r#"'    2.50'"#),
            ("f12", r#"'b a'"#),
            ("f13", r#"'3 20'"#),
            ("f14", r#"'v'"#),
            ("f15", r#""  'a'""#),
            ("f16", r#"'1.234568e+04'"#),
            ("f17", r#"'1.234e-05 1.23457e+06'"#),
            ("f19", r#""[1, 'a', None]""#),
            ("f20", r#"'abc       |'"#),
            ("f21", r#"'   x| y |'"#),
            ("f22", r#"'z  |'"#),
            ("f23", r#""'\\xe9' 'é'""#),
            (
                "e1",
                r#"'IndexError: Replacement index 1 out of range for positional args tuple'"#,
            ),
            (
                "e2",
                r#"'ValueError: cannot switch from manual field specification to automatic field numbering'"#,
            ),
            (
                "e3",
                r#"'ValueError: cannot switch from automatic field numbering to manual field specification'"#,
            ),
            ("e4", r#""KeyError: 'missing'""#),
            (
                "e5",
                r#""ValueError: Single '}' encountered in format string""#,
            ),
            ("e6", r#""ValueError: expected '}' before end of string""#),
            ("e7", r#"'ValueError: Unknown conversion specifier x'"#),
            (
                "e8",
                r#""ValueError: Single '{' encountered in format string""#,
            ),
        ],
    );
}

#[test]
fn bytes_methods() {
    check(
        r#"b = b"hello world"
d1 = b.decode()
d2 = b"h\xc3\xa9llo".decode("utf-8")
d3 = err(lambda: b"\xff\xfe".decode())
d4 = err(lambda: b"ab\xc3\x28".decode())
d5 = err(lambda: b"ab\xe2\x82".decode())
d6 = err(lambda: b"a\xe2\x82(".decode("utf-8"))
d7 = b"a\xffb".decode("utf-8", "replace")
d8 = b"a\xffb".decode("utf-8", "ignore")
d9 = b"caf\xe9".decode("latin-1")
d10 = err(lambda: b"caf\xe9".decode("ascii"))
j1 = b", ".join([b"a", b"b", b"c"])
j2 = err(lambda: b"".join([b"a", "b"]))
s1 = b"a b  c".split()
s2 = b"a,b,c".split(b",", 1)
s3 = b"  \tx y\n".split(None, 1)
t1 = b"  hi\t\n".strip()
t2 = b"xxhixx".strip(b"x")
w1 = b.startswith(b"hell")
w2 = b.endswith((b"x", b"world"))
w3 = b.startswith(b"world", 6)
n1 = b.find(b"o")
n2 = b.find(b"o", 5)
n3 = b.find(111)
n4 = b.find(b"zz")
r1 = b.replace(b"o", b"0")
r2 = b.replace(b"l", b"L", 2)
e1 = err(lambda: b.find("o"))
e2 = err(lambda: b.split(b""))
"#,
        &[
            ("b", r#"b'hello world'"#),
            ("d1", r#"'hello world'"#),
            ("d2", r#"'héllo'"#),
            (
                "d3",
                r#""UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte""#,
            ),
            (
                "d4",
                r#""UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 2: invalid continuation byte""#,
            ),
            (
                "d5",
                r#""UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-3: unexpected end of data""#,
            ),
            (
                "d6",
                r#""UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid continuation byte""#,
            ),
            ("d7", r#"'a�b'"#),
            ("d8", r#"'ab'"#),
            ("d9", r#"'café'"#),
            (
                "d10",
                r#""UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 3: ordinal not in range(128)""#,
            ),
            ("j1", r#"b'a, b, c'"#),
            (
                "j2",
                r#"'TypeError: sequence item 1: expected a bytes-like object, str found'"#,
            ),
            ("s1", r#"[b'a', b'b', b'c']"#),
            ("s2", r#"[b'a', b'b,c']"#),
            ("s3", r#"[b'x', b'y\n']"#),
            ("t1", r#"b'hi'"#),
            ("t2", r#"b'hi'"#),
            ("w1", r#"True"#),
            ("w2", r#"True"#),
            ("w3", r#"True"#),
            ("n1", r#"4"#),
            ("n2", r#"7"#),
            ("n3", r#"4"#),
            ("n4", r#"-1"#),
            ("r1", r#"b'hell0 w0rld'"#),
            ("r2", r#"b'heLLo world'"#),
            (
                "e1",
                r#""TypeError: argument should be integer or bytes-like object, not 'str'""#,
            ),
            ("e2", r#"'ValueError: empty separator'"#),
        ],
    );
}

#[test]
fn list_methods() {
    check(
        r#"l = [3, 1, 2]
l.append(4)
l.extend((5, 6))
l.extend(l)
a1 = list(l)
p1 = l.pop()
p2 = l.pop(0)
p3 = l.pop(-2)
a2 = list(l)
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "beforelast")
l.insert(-100, "veryfirst")
a3 = list(l)
l.remove(2)
a4 = list(l)
i1 = l.index(1)
i2 = [1, 2, 1, 2].index(1, 1)
i3 = [1, 2, 1, 2].index(2, -2)
i4 = err(lambda: [1, 2, 1].index(2, 2))
i5 = err(lambda: ["a"].index("b"))
i6 = [0, 1.0, True].index(1)
n1 = [1, 2, 1, 1.0, True, "1"].count(1)
n2 = [[1], [1], (1,)].count([1])
r = [1, 2, 3]
r.reverse()
c = r.copy()
c.append(99)
r2 = list(r)
cl = [1, 2]
cl.clear()
e1 = err(lambda: [].pop())
e2 = err(lambda: [1].pop(5))
e3 = err(lambda: [1, 2].remove(3))
e4 = err(lambda: [].append())
e5 = err(lambda: [3, "a", 1].sort())
e6 = err(lambda: [1].pop("x"))
"#,
        &[
            (
                "l",
                r#"['veryfirst', 'first', 1, 4, 5, 6, 3, 1, 2, 5, 'beforelast', 'last']"#,
            ),
            ("a1", r#"[3, 1, 2, 4, 5, 6, 3, 1, 2, 4, 5, 6]"#),
            ("p1", r#"6"#),
            ("p2", r#"3"#),
            ("p3", r#"4"#),
            ("a2", r#"[1, 2, 4, 5, 6, 3, 1, 2, 5]"#),
            (
                "a3",
                r#"['veryfirst', 'first', 1, 2, 4, 5, 6, 3, 1, 2, 5, 'beforelast', 'last']"#,
            ),
            (
                "a4",
                r#"['veryfirst', 'first', 1, 4, 5, 6, 3, 1, 2, 5, 'beforelast', 'last']"#,
            ),
            ("i1", r#"2"#),
            ("i2", r#"2"#),
            ("i3", r#"3"#),
            ("i4", r#"'ValueError: 2 is not in list'"#),
            ("i5", r#""ValueError: 'b' is not in list""#),
            ("i6", r#"1"#),
            ("n1", r#"4"#),
            ("n2", r#"2"#),
            ("r", r#"[3, 2, 1]"#),
            ("c", r#"[3, 2, 1, 99]"#),
            ("r2", r#"[3, 2, 1]"#),
            ("cl", r#"[]"#),
            ("e1", r#"'IndexError: pop from empty list'"#),
            ("e2", r#"'IndexError: pop index out of range'"#),
            ("e3", r#"'ValueError: list.remove(x): x not in list'"#),
            (
                "e4",
                r#"'TypeError: list.append() takes exactly one argument (0 given)'"#,
            ),
            (
                "e5",
                r#""TypeError: '<' not supported between instances of 'str' and 'int'""#,
            ),
            (
                "e6",
                r#""TypeError: 'str' object cannot be interpreted as an integer""#,
            ),
        ],
    );
}

#[test]
fn list_sort() {
    check(
        r#"s1 = [5, 2, 8, 1, 9]
s1.sort()
s2 = [5, 2, 8, 1, 9]
s2.sort(reverse=True)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
s3 = list(words)
s3.sort()
s4 = list(words)
s4.sort(key=len)
s5 = list(words)
s5.sort(key=lambda w: w.lower())
s6 = list(words)
s6.sort(key=lambda w: w.lower(), reverse=True)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
s7 = sorted(pairs)
s8 = sorted(pairs, key=lambda p: p[0])
s9 = sorted(pairs, key=lambda p: p[0], reverse=True)
s10 = sorted([3.5, 1, 2.25, -1])
s11 = sorted("hello")
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
s12 = [o.v for o in sorted([V(3), V(1), V(2)])]
e1 = err(lambda: [1, 2].sort(None))
e2 = err(lambda: sorted([V(1), 2]))
"#,
        &[
            ("s1", r#"[1, 2, 5, 8, 9]"#),
            ("s2", r#"[9, 8, 5, 2, 1]"#),
            (
                "words",
                r#"['banana', 'Apple', 'cherry', 'apple', 'Banana']"#,
            ),
            ("s3", r#"['Apple', 'Banana', 'apple', 'banana', 'cherry']"#),
            ("s4", r#"['Apple', 'apple', 'banana', 'cherry', 'Banana']"#),
            ("s5", r#"['Apple', 'apple', 'banana', 'Banana', 'cherry']"#),
            ("s6", r#"['cherry', 'banana', 'Banana', 'Apple', 'apple']"#),
            ("pairs", r#"[(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]"#),
            ("s7", r#"[(0, 'y'), (0, 'z'), (1, 'a'), (1, 'b')]"#),
            ("s8", r#"[(0, 'z'), (0, 'y'), (1, 'b'), (1, 'a')]"#),
            ("s9", r#"[(1, 'b'), (1, 'a'), (0, 'z'), (0, 'y')]"#),
            ("s10", r#"[-1, 1, 2.25, 3.5]"#),
            ("s11", r#"['e', 'h', 'l', 'l', 'o']"#),
            ("s12", r#"[1, 2, 3]"#),
            ("e1", r#"'TypeError: sort() takes no positional arguments'"#),
            (
                "e2",
                r#""TypeError: '<' not supported between instances of 'int' and 'V'""#,
            ),
        ],
    );
}

#[test]
fn tuple_methods() {
    check(
        r#"t = (1, 2, 3, 2, 1)
a1 = t.index(2)
a2 = t.index(2, 2)
a3 = t.index(1, -1)
a4 = t.count(2)
a5 = t.count(7)
a6 = err(lambda: t.index(9))
a7 = ((1, 2), [3]).index([3])
a8 = (1, 2.0).count(2)
"#,
        &[
            ("t", r#"(1, 2, 3, 2, 1)"#),
            ("a1", r#"1"#),
            ("a2", r#"3"#),
            ("a3", r#"4"#),
            ("a4", r#"2"#),
            ("a5", r#"0"#),
            ("a6", r#"'ValueError: tuple.index(x): x not in tuple'"#),
            ("a7", r#"1"#),
            ("a8", r#"1"#),
        ],
    );
}

#[test]
fn equality_with_eq() {
    check(
        r#"class Any:
    def __eq__(self, other):
        return True
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
items = [Key(1), Key(2), Key(1)]
q1 = items.index(Key(2))
q2 = items.count(Key(1))
items.remove(Key(1))
q3 = [k.k for k in items]
q4 = Key(2) in items
q5 = Key(5) in items
q6 = (Key(1), Key(2)).index(Key(2))
q7 = [Any(), 1].index(1)
"#,
        &[
            ("q1", r#"1"#),
            ("q2", r#"2"#),
            ("q3", r#"[2, 1]"#),
            ("q4", r#"True"#),
            ("q5", r#"False"#),
            ("q6", r#"1"#),
            ("q7", r#"0"#),
        ],
    );
}

#[test]
fn dict_methods() {
    check(
        r#"d = {"a": 1, "b": 2}
g1 = d.get("a")
g2 = d.get("z")
g3 = d.get("z", 0)
g4 = d.setdefault("c", 3)
g5 = d.setdefault("a", 100)
g6 = d.setdefault("n")
a1 = dict(d)
p1 = d.pop("n")
p2 = d.pop("zz", "dflt")
p3 = err(lambda: d.pop("zz"))
p4 = err(lambda: {}.pop(1))
p5 = err(lambda: {}.pop((1, "x")))
k1 = list(d.keys())
k2 = list(d.values())
k3 = list(d.items())
d.update({"b": 20, "e": 5})
u1 = dict(d)
d.update([("f", 6), ["g", 7]])
d.update(h=8, a=-1)
d.update({"i": 9}, j=10)
u2 = dict(d)
u3 = err(lambda: d.update([(1, 2, 3)]))
u4 = err(lambda: d.update([1]))
c = d.copy()
c["new"] = 1
u5 = "new" in d
pi = {"x": 1, "y": 2, "z": 3}
q1 = pi.popitem()
q2 = pi.popitem()
q3 = dict(pi)
q4 = err(lambda: {}.popitem())
cl = {"a": 1}
cl.clear()
m = {1: "int"}
m.update({1.0: "float"})
m.setdefault(True, "bool")
m1 = m
m2 = m.get(1.0)
m3 = err(lambda: {}.get([1]))
kv = {}
for k, v in {"one": 1, "two": 2}.items():
    kv[v] = k
"#,
        &[
            (
                "d",
                r#"{'a': -1, 'b': 20, 'c': 3, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10}"#,
            ),
            ("g1", r#"1"#),
            ("g2", r#"None"#),
            ("g3", r#"0"#),
            ("g4", r#"3"#),
            ("g5", r#"1"#),
            ("g6", r#"None"#),
            ("a1", r#"{'a': 1, 'b': 2, 'c': 3, 'n': None}"#),
            ("p1", r#"None"#),
            ("p2", r#"'dflt'"#),
            ("p3", r#""KeyError: 'zz'""#),
            ("p4", r#"'KeyError: 1'"#),
            ("p5", r#""KeyError: (1, 'x')""#),
            ("k1", r#"['a', 'b', 'c']"#),
            ("k2", r#"[1, 2, 3]"#),
            ("k3", r#"[('a', 1), ('b', 2), ('c', 3)]"#),
            ("u1", r#"{'a': 1, 'b': 20, 'c': 3, 'e': 5}"#),
            (
                "u2",
                r#"{'a': -1, 'b': 20, 'c': 3, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10}"#,
            ),
            (
                "u3",
                r#"'ValueError: dictionary update sequence element #0 has length 3; 2 is required'"#,
            ),
            (
                "u4",
                r#"'TypeError: cannot convert dictionary update sequence element #0 to a sequence'"#,
            ),
            (
                "c",
                r#"{'a': -1, 'b': 20, 'c': 3, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'new': 1}"#,
            ),
            ("u5", r#"False"#),
            ("pi", r#"{'x': 1}"#),
            ("q1", r#"('z', 3)"#),
            ("q2", r#"('y', 2)"#),
            ("q3", r#"{'x': 1}"#),
            ("q4", r#""KeyError: 'popitem(): dictionary is empty'""#),
            ("cl", r#"{}"#),
            ("m", r#"{1: 'float'}"#),
            ("m1", r#"{1: 'float'}"#),
            ("m2", r#"'float'"#),
            ("m3", r#""TypeError: unhashable type: 'list'""#),
            ("kv", r#"{1: 'one', 2: 'two'}"#),
            ("k", r#"'two'"#),
            ("v", r#"2"#),
        ],
    );
}

#[test]
fn set_methods() {
    check(
        r#"s = {3, 1}
s.add(2)
s.add(1)
a1 = sorted(s)
s.discard(3)
s.discard(42)
a2 = sorted(s)
s.remove(1)
a3 = sorted(s)
a4 = err(lambda: s.remove(99))
a5 = err(lambda: s.remove("k"))
p = {7}
a6 = p.pop()
a7 = err(lambda: p.pop())
u = {1, 2}
u.update([2, 3], (4,), "ab")
a8 = sorted(u, key=str)
v = {1}.union([2], {3, 1})
a9 = sorted(v)
w = {1, 2}
x = w.copy()
x.add(3)
a10 = (sorted(w), sorted(x))
w.clear()
a11 = len(w)
a12 = err(lambda: set().add([1]))
a13 = len({1, 1.0, True})
a14 = sorted(set("mississippi"))
"#,
        &[
            ("a1", r#"[1, 2, 3]"#),
            ("a2", r#"[1, 2]"#),
            ("a3", r#"[2]"#),
            ("a4", r#"'KeyError: 99'"#),
            ("a5", r#""KeyError: 'k'""#),
            ("a6", r#"7"#),
            ("a7", r#""KeyError: 'pop from an empty set'""#),
            ("a8", r#"[1, 2, 3, 4, 'a', 'b']"#),
            ("a9", r#"[1, 2, 3]"#),
            ("a10", r#"([1, 2], [1, 2, 3])"#),
            ("a11", r#"0"#),
            ("a12", r#""TypeError: unhashable type: 'list'""#),
            ("a13", r#"1"#),
            ("a14", r#"['i', 'm', 'p', 's']"#),
        ],
    );
}

#[test]
fn arithmetic() {
    check(
        r#"a1 = [7 // 2, -7 // 2, 7 // -2, -7 // -2]
a2 = [7 % 3, -7 % 3, 7 % -3, -7 % -3]
a3 = [7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.0 % -3]
a4 = divmod(-17, 5)
a5 = divmod(17.5, -5)
b1 = 2 ** 100
b2 = -(3 ** 50) // 7
b3 = (2 ** 64) % 1000007
b4 = 10 ** 20 + 1 - 10 ** 20
b5 = 2 ** 63
b6 = -2 ** 63
b7 = 123456789 * 987654321 * 1000000007
b8 = (1 << 70) >> 68
b9 = -1 >> 3
b10 = (2 ** 65) // -3
c1 = [0.1 + 0.2, 1 / 3, 1e16, 1e-5, 2.5e-7, 123456789.0, 1.0, -0.0, 1e22, 3.0 * 1.5]
c2 = [7 / 2, 1 / 4, 2 ** -1, 10 / 5]
c3 = [float("inf"), -float("inf"), 1e308 * 10]
c4 = [round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(7)]
c5 = [int(3.9), int(-3.9), int("42"), int("-0x1f", 16), int("ff", 16), int(" 12 ")]
d1 = [5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xff, 1 << 10]
d2 = [abs(-3), abs(-2.5), max(1, 5, 3), min([4, 2, 8]), sum([1, 2, 3]), sum([0.5, 0.25])]
d3 = [1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, True + True, 2 * True]
d4 = [hex(255), oct(8), bin(5), hex(-1), chr(65), ord("é")]
e1 = err(lambda: 1 // 0)
e3 = err(lambda: 1 / 0)
e4 = err(lambda: 1.0 / 0)
e5 = err(lambda: int("abc"))
"#,
        &[
            ("a1", r#"[3, -4, -4, 3]"#),
            ("a2", r#"[1, 2, -2, -1]"#),
            ("a3", r#"[3.0, -4.0, 1.5, 0.5, -2.0]"#),
            ("a4", r#"(-4, 3)"#),
            ("a5", r#"(-4.0, -2.5)"#),
            ("b1", r#"1267650600228229401496703205376"#),
            ("b2", r#"-102556855384550369824322"#),
            ("b3", r#"919788"#),
            ("b4", r#"1"#),
            ("b5", r#"9223372036854775808"#),
            ("b6", r#"-9223372036854775808"#),
            ("b7", r#"121932631966163686788446883"#),
            ("b8", r#"4"#),
            ("b9", r#"-1"#),
            ("b10", r#"-12297829382473034411"#),
            (
                "c1",
                r#"[0.30000000000000004, 0.3333333333333333, 1e+16, 1e-05, 2.5e-07, 123456789.0, 1.0, -0.0, 1e+22, 4.5]"#,
            ),
            ("c2", r#"[3.5, 0.25, 0.5, 2.0]"#),
            ("c3", r#"[inf, -inf, inf]"#),
            ("c4", r#"[2, 4, -2, 2.67, 7]"#),
            ("c5", r#"[3, -3, 42, -31, 255, 12]"#),
            ("d1", r#"[1, 7, 6, -6, 251, 1024]"#),
            ("d2", r#"[3, 2.5, 5, 2, 6, 0.75]"#),
            ("d3", r#"[True, False, True, 2, 2]"#),
            ("d4", r#"['0xff', '0o10', '0b101', '-0x1', 'A', 233]"#),
            (
                "e1",
                r#"'ZeroDivisionError: integer division or modulo by zero'"#,
            ),
            ("e3", r#"'ZeroDivisionError: division by zero'"#),
            ("e4", r#"'ZeroDivisionError: float division by zero'"#),
            (
                "e5",
                r#""ValueError: invalid literal for int() with base 10: 'abc'""#,
            ),
        ],
    );
}

#[test]
fn nan_compare() {
    check(
        r#"n = float("nan")
r = [n < 1.0, n > 1.0, n == n, 1.0 < n]
"#,
        &[("n", r#"nan"#), ("r", r#"[False, False, False, False]"#)],
    );
}

#[test]
fn percent_and_fstrings() {
    check(
        r#"p1 = "%s is %d years" % ("Bob", 42)
p2 = "%5.2f|%-6s|%06d|%+d|%x|%X|%o|%%" % (3.14159, "ab", 42, 5, 255, 255, 8)
p3 = "%r %s" % ("q", None)
p4 = "%e %g %g" % (12345.678, 0.0001, 1e20)
p5 = "%c%c" % ("a", 98)
p6 = "%.3s|%5s|" % ("abcdef", "xy")
p7 = "%d%%" % 50
p8 = "%s" % [1, 2]
p9 = "%#x %#o" % (255, 8)
p10 = err(lambda: "%d %d" % (1,))
p11 = err(lambda: "%d" % (1, 2))
x = 3.14159
n = 42
s = "hi"
q1 = f"{x:.2f} {n:5d} {n:<5d}| {s!r} {s:>4}"
q2 = f"{n:08.3f} {n:x} {n:o}"
q3 = f"{'nested'} {n * 2} {[1, 2][1]} {x:10.4}|"
q4 = f"{s:*^8}|{n:+d}|{-n:05}"
q5 = f"{{braces}} {n!s:>4}"
w = 7
q6 = f"{x:{w}.2f}|"
q7 = f"{1e-7} {1/3} {2**0.5:.4e}"
q8 = f"{True} {None} {3.0}"
"#,
        &[
            ("p1", r#"'Bob is 42 years'"#),
            ("p2", r#"' 3.14|ab    |000042|+5|ff|FF|10|%'"#),
            ("p3", r#""'q' None""#),
            ("p4", r#"'1.234568e+04 0.0001 1e+20'"#),
            ("p5", r#"'ab'"#),
            ("p6", r#"'abc|   xy|'"#),
            ("p7", r#"'50%'"#),
            ("p8", r#"'[1, 2]'"#),
            ("p9", r#"'0xff 0o10'"#),
            (
                "p10",
                r#"'TypeError: not enough arguments for format string'"#,
            ),
            (
                "p11",
                r#"'TypeError: not all arguments converted during string formatting'"#,
            ),
            ("x", r#"3.14159"#),
            ("n", r#"42"#),
            ("s", r#"'hi'"#),
            ("q1", r#""3.14    42 42   | 'hi'   hi""#),
            ("q2", r#"'0042.000 2a 52'"#),
            ("q3", r#"'nested 84 2      3.142|'"#),
            ("q4", r#"'***hi***|+42|-0042'"#),
            ("q5", r#"'{braces}   42'"#),
            ("w", r#"7"#),
            ("q6", r#"'   3.14|'"#),
            ("q7", r#"'1e-07 0.3333333333333333 1.4142e+00'"#),
            ("q8", r#"'True None 3.0'"#),
        ],
    );
}

#[test]
fn comprehensions() {
    check(
        r#"c1 = [x * x for x in range(6) if x % 2 == 0]
c2 = [(x, y) for x in range(3) for y in range(x)]
c3 = {x: x ** 2 for x in range(4)}
c4 = sorted({c.upper() for c in "hello"})
c5 = [[j for j in range(i)] for i in range(4)]
c6 = list(x + 1 for x in [1, 2, 3])
c7 = sum(x for x in range(101))
c8 = {k: v for k, v in zip("abc", [1, 2, 3]) if v != 2}
c9 = [f() for f in [lambda i=i: i * 10 for i in range(3)]]
c10 = [s.strip() for s in " a , b ,c ".split(",")]
x = "outer"
c11 = [x for x in range(2)]
c12 = x
c13 = [(i, c) for i, c in enumerate("ab", 1)]
c14 = any(x > 3 for x in [1, 5]), all([])
"#,
        &[
            ("c1", r#"[0, 4, 16]"#),
            ("c2", r#"[(1, 0), (2, 0), (2, 1)]"#),
            ("c3", r#"{0: 0, 1: 1, 2: 4, 3: 9}"#),
            ("c4", r#"['E', 'H', 'L', 'O']"#),
            ("c5", r#"[[], [0], [0, 1], [0, 1, 2]]"#),
            ("c6", r#"[2, 3, 4]"#),
            ("c7", r#"5050"#),
            ("c8", r#"{'a': 1, 'c': 3}"#),
            ("c9", r#"[0, 10, 20]"#),
            ("c10", r#"['a', 'b', 'c']"#),
            ("x", r#"'outer'"#),
            ("c11", r#"[0, 1]"#),
            ("c12", r#"'outer'"#),
            ("c13", r#"[(1, 'a'), (2, 'b')]"#),
            ("c14", r#"(True, True)"#),
        ],
    );
}

#[test]
fn closures_decorators() {
    check(
        r#"def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
ctr = make_counter()
ctr()
ctr(5)
k1 = ctr()
def adders():
    return [lambda x, i=i: x + i for i in range(3)]
k2 = [f(10) for f in adders()]
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
k3 = late()
calls = []
def trace(tag):
    def deco(fn):
        def wrapper(*args, **kwargs):
            calls.append((tag, fn.__name__, args, sorted(kwargs.items())))
            return fn(*args, **kwargs)
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def add(a, b=2, *rest, scale=1, **extra):
    return (a + b + sum(rest)) * scale
k4 = add(1)
k5 = add(1, 2, 3, 4, scale=10, junk=0)
k6 = calls
k7 = add.__name__
def registry():
    reg = {}
    def register(fn):
        reg[fn.__name__] = fn
        return fn
    return reg, register
REG, register = registry()
@register
def alpha():
    return "a"
@register
def beta():
    return "b"
k8 = sorted(REG)
k9 = [REG[n]() for n in sorted(REG)]
def kwonly(a, *, b, c=3):
    return (a, b, c)
k10 = kwonly(1, b=2)
def defaults(x, acc=[]):
    acc.append(x)
    return len(acc)
defaults(1)
k13 = defaults(2)
k14 = (lambda *a, **k: (a, sorted(k)))(1, 2, z=3)
"#,
        &[
            ("k1", r#"7"#),
            ("k2", r#"[10, 11, 12]"#),
            ("k3", r#"[2, 2, 2]"#),
            (
                "calls",
                r#"[('outer', 'wrapper', (1,), []), ('inner', 'add', (1,), []), ('outer', 'wrapper', (1, 2, 3, 4), [('junk', 0), ('scale', 10)]), ('inner', 'add', (1, 2, 3, 4), [('junk', 0), ('scale', 10)])]"#,
            ),
            ("k4", r#"3"#),
            ("k5", r#"100"#),
            (
                "k6",
                r#"[('outer', 'wrapper', (1,), []), ('inner', 'add', (1,), []), ('outer', 'wrapper', (1, 2, 3, 4), [('junk', 0), ('scale', 10)]), ('inner', 'add', (1, 2, 3, 4), [('junk', 0), ('scale', 10)])]"#,
            ),
            ("k7", r#"'wrapper'"#),
            ("k8", r#"['alpha', 'beta']"#),
            ("k9", r#"['a', 'b']"#),
            ("k10", r#"(1, 2, 3)"#),
            ("k13", r#"2"#),
            ("k14", r#"((1, 2), ['z'])"#),
        ],
    );
}

#[test]
fn classes() {
    check(
        r#"class Base(object):
    kind = "base"
    count = 0
    def __init__(self, x):
        self.x = x
        Base.count += 1
    def describe(self):
        return "%s(%s)" % (self.kind, self.x)
    def twice(self):
        return self.describe() * 2
    @staticmethod
    def helper(a, b):
        return a + b
    @classmethod
    def make(cls, x):
        return cls(x)
    @property
    def double(self):
        return self.x * 2
class Child(Base):
    kind = "child"
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "<" + super().describe() + "," + str(self.y) + ">"
    @classmethod
    def make(cls, x):
        return cls(x, -x)
class Temp:
    def __init__(self):
        self._c = 0
    def get_c(self):
        return self._c
    def set_c(self, v):
        self._c = v * 10
    c = property(get_c, set_c)
b = Base(1)
c = Child(2, 3)
r1 = b.describe()
r2 = c.describe()
r3 = c.twice()
r4 = Base.helper(1, 2), c.helper(3, 4)
r5 = type(Base.make(5)).__name__, Base.make(5).x
r6 = type(Child.make(5)).__name__, Child.make(5).y
r7 = c.double
r8 = Base.count
r9 = isinstance(c, Base), isinstance(b, Child), issubclass(Child, Base), issubclass(Base, object)
r10 = Child.kind, Base.kind, c.kind
c.kind = "instance"
r11 = c.kind, Child.kind
t = Temp()
t.c = 4
r12 = t.c
r13 = [k.__name__ for k in Child.__mro__]
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
r14 = D().who()
r15 = [k.__name__ for k in D.__mro__]
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [self.x, self.y][i]
v = Vec(1, 2) + Vec(3, 4)
r16 = repr(v), str(v), len(v), v[1], v == Vec(4, 6), v != Vec(0, 0)
r18 = Child.__name__, Child.__bases__[0].__name__
class Err(ValueError):
    pass
r20 = hasattr(b, "x"), hasattr(b, "nope"), hasattr(Base, "helper")
"#,
        &[
            ("r1", r#"'base(1)'"#),
            ("r2", r#"'<child(2),3>'"#),
            ("r3", r#"'<child(2),3><child(2),3>'"#),
            ("r4", r#"(3, 7)"#),
            ("r5", r#"('Base', 5)"#),
            ("r6", r#"('Child', -5)"#),
            ("r7", r#"4"#),
            ("r8", r#"6"#),
            ("r9", r#"(True, False, True, True)"#),
            ("r10", r#"('child', 'base', 'child')"#),
            ("r11", r#"('instance', 'child')"#),
            ("r12", r#"40"#),
            ("r13", r#"['Child', 'Base', 'object']"#),
            ("r14", r#"['D', 'B', 'C', 'A']"#),
            ("r15", r#"['D', 'B', 'C', 'A', 'object']"#),
            ("r16", r#"('Vec(4, 6)', 'Vec(4, 6)', 2, 6, True, True)"#),
            ("r18", r#"('Child', 'Base')"#),
            ("r20", r#"(True, False, True)"#),
        ],
    );
}

#[test]
fn call_errors() {
    check(
        r#"def kwonly(a, *, b, c=3):
    return (a, b, c)
class K:
    @classmethod
    def make(cls, x):
        return x
e1 = err(lambda: kwonly(1))
e2 = err(lambda: kwonly(1, 2))
e3 = err(lambda: K.make())
e4 = err(lambda: kwonly(1, b=2, d=4))
"#,
        &[
            (
                "e1",
                r#""TypeError: kwonly() missing 1 required keyword-only argument: 'b'""#,
            ),
            (
                "e2",
                r#"'TypeError: kwonly() takes 1 positional argument but 2 were given'"#,
            ),
            (
                "e3",
                r#""TypeError: K.make() missing 1 required positional argument: 'x'""#,
            ),
            (
                "e4",
                r#""TypeError: kwonly() got an unexpected keyword argument 'd'""#,
            ),
        ],
    );
}

#[test]
fn metaprogramming() {
    check(
        r#"def method(self):
    return self.v * 2
Dyn = type("Dyn", (object,), {"v": 21, "method": method})
m1 = Dyn().method()
m2 = Dyn.__name__
Sub = type("Sub", (Dyn,), {"v": 5})
m3 = Sub().method(), issubclass(Sub, Dyn)
ns = {"base": 10}
exec("def f(x):\n    return x + base\nresult = f(5)\n", ns)
m4 = ns["result"]
m5 = ns["f"](1)
src = ""
for name in ["add", "sub"]:
    op = "+" if name == "add" else "-"
    src += "def op_%s(a, b):\n    return a %s b\n" % (name, op)
exec(src)
m6 = op_add(3, 4), op_sub(3, 4)
class Obj:
    pass
o = Obj()
setattr(o, "color", "red")
for i in range(3):
    setattr(Obj, "attr%d" % i, i * i)
m7 = getattr(o, "color"), getattr(o, "attr2"), getattr(o, "missing", "dflt")
m8 = hasattr(o, "color"), hasattr(o, "nope"), hasattr(Obj, "attr1")
m9 = err(lambda: getattr(o, "nope"))
delattr(o, "color")
m10 = hasattr(o, "color")
def make_getter(n):
    def getter(self):
        return n
    return getter
for n in ["one", "two"]:
    setattr(Obj, "get_" + n, make_getter(n))
m11 = o.get_one(), o.get_two()
m12 = type(3).__name__, type("s").__name__, type([]) is list, type(o) is Obj
m13 = sorted(k for k in Obj.__dict__ if not k.startswith("__"))
"#,
        &[
            ("m1", r#"42"#),
            ("m2", r#"'Dyn'"#),
            ("m3", r#"(10, True)"#),
            ("m4", r#"15"#),
            ("m5", r#"11"#),
            (
                "src",
                r#"'def op_add(a, b):\n    return a + b\ndef op_sub(a, b):\n    return a - b\n'"#,
            ),
            ("name", r#"'sub'"#),
            ("op", r#"'-'"#),
            ("m6", r#"(7, -1)"#),
            ("i", r#"2"#),
            ("m7", r#"('red', 4, 'dflt')"#),
            ("m8", r#"(True, False, True)"#),
            (
                "m9",
                r#""AttributeError: 'Obj' object has no attribute 'nope'""#,
            ),
            ("m10", r#"False"#),
            ("n", r#"'two'"#),
            ("m11", r#"('one', 'two')"#),
            ("m12", r#"('int', 'str', True, True)"#),
            (
                "m13",
                r#"['attr0', 'attr1', 'attr2', 'get_one', 'get_two']"#,
            ),
        ],
    );
}

#[test]
fn unpacking() {
    check(
        r#"a, b = 1, 2
a, b = b, a
u1 = (a, b)
first, *middle, last = [1, 2, 3, 4, 5]
u2 = (first, middle, last)
*init, tail = "abc"
u3 = (init, tail)
head, *rest = (9,)
u4 = (head, rest)
(x, y), z = (1, 2), 3
u5 = (x, y, z)
p, [q, *r] = 1, [2, 3, 4]
u6 = (p, q, r)
u7 = [(k, v) for k, (v, _) in {"a": (1, 0), "b": (2, 0)}.items()]
u8 = [*range(3), *"ab"]
u9 = {**{"a": 1}, "b": 2, **{"a": 3}}
def f(*args, **kw):
    return args, kw
u10 = f(*[1, 2], 3, **{"k": 4})
for i, (c1, c2) in enumerate(["xy", "zw"]):
    last_pair = (i, c1, c2)
u13 = last_pair
"#,
        &[
            ("a", r#"2"#),
            ("b", r#"1"#),
            ("u1", r#"(2, 1)"#),
            ("first", r#"1"#),
            ("middle", r#"[2, 3, 4]"#),
            ("last", r#"5"#),
            ("u2", r#"(1, [2, 3, 4], 5)"#),
            ("init", r#"['a', 'b']"#),
            ("tail", r#"'c'"#),
            ("u3", r#"(['a', 'b'], 'c')"#),
            ("head", r#"9"#),
            ("rest", r#"[]"#),
            ("u4", r#"(9, [])"#),
            ("x", r#"1"#),
            ("y", r#"2"#),
            ("z", r#"3"#),
            ("u5", r#"(1, 2, 3)"#),
            ("p", r#"1"#),
            ("q", r#"2"#),
            ("r", r#"[3, 4]"#),
            ("u6", r#"(1, 2, [3, 4])"#),
            ("u7", r#"[('a', 1), ('b', 2)]"#),
            ("u8", r#"[0, 1, 2, 'a', 'b']"#),
            ("u9", r#"{'a': 3, 'b': 2}"#),
            ("u10", r#"((1, 2, 3), {'k': 4})"#),
            ("i", r#"1"#),
            ("c1", r#"'z'"#),
            ("c2", r#"'w'"#),
            ("last_pair", r#"(1, 'z', 'w')"#),
            ("u13", r#"(1, 'z', 'w')"#),
        ],
    );
}

#[test]
fn exceptions() {
    check(
        r#"log = []
def run(kind):
    try:
        log.append("try " + kind)
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["missing"]
        if kind == "return":
            return "returned"
    except ValueError as e:
        log.append("caught " + str(e))
        return "handled"
    except (KeyError, IndexError) as e:
        log.append("lookup " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally " + kind)
    return "end"
x1 = [run("value"), run("key"), run("none"), run("return")]
x2 = log
class MyError(Exception):
    def __init__(self, code):
        self.code = code
try:
    raise MyError(7)
except Exception as e:
    x3 = (type(e).__name__, e.code, str(e), isinstance(e, MyError))
def reraiser():
    try:
        raise ValueError("v")
    except ValueError:
        raise
x4 = err(reraiser)
def nested():
    out = []
    try:
        try:
            raise IndexError("inner")
        finally:
            out.append("inner finally")
    except IndexError as e:
        out.append("outer caught " + str(e))
    return out
x5 = nested()
def finally_return():
    try:
        return "try"
    finally:
        pass
x6 = finally_return()
def convert():
    try:
        int("zz")
    except ValueError:
        raise TypeError("converted")
x7 = err(convert)
x9 = err(lambda: {"a": 1}["b"])
x10 = err(lambda: undefined_name)
x11 = err(lambda: (1).nope)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    x12 = str(e)
try:
    raise ValueError
except ValueError as e:
    x13 = (type(e).__name__, str(e))
x14 = issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError)
"#,
        &[
            (
                "log",
                r#"['try value', 'caught bad value', 'finally value', 'try key', 'lookup KeyError', 'finally key', 'try none', 'else', 'finally none', 'try return', 'finally return']"#,
            ),
            ("x1", r#"['handled', 'end', 'end', 'returned']"#),
            (
                "x2",
                r#"['try value', 'caught bad value', 'finally value', 'try key', 'lookup KeyError', 'finally key', 'try none', 'else', 'finally none', 'try return', 'finally return']"#,
            ),
            ("x3", r#"('MyError', 7, '7', True)"#),
            ("x4", r#"'ValueError: v'"#),
            ("x5", r#"['inner finally', 'outer caught inner']"#),
            ("x6", r#"'try'"#),
            ("x7", r#"'TypeError: converted'"#),
            ("x9", r#""KeyError: 'b'""#),
            (
                "x10",
                r#""NameError: name 'undefined_name' is not defined""#,
            ),
            (
                "x11",
                r#""AttributeError: 'int' object has no attribute 'nope'""#,
            ),
            ("x12", r#"'math is broken'"#),
            ("x13", r#"('ValueError', '')"#),
            ("x14", r#"(True, True)"#),
        ],
    );
}

#[test]
fn loops() {
    check(
        r#"out = []
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
else:
    out.append("while-else")
l1 = out
out2 = []
n = 0
while n < 3:
    n += 1
else:
    out2.append("while-else ran")
l2 = out2
def find(items, target):
    for idx, it in enumerate(items):
        if it == target:
            break
    else:
        return "not found"
    return "found at %d" % idx
l3 = [find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1)]
primes = []
for cand in range(2, 30):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
l4 = primes
total = 0
for a in range(3):
    for b in range(3):
        if b == 2:
            continue
        total += a * 10 + b
l5 = total
l6 = [x for x in range(10, 0, -3)], list(range(5, 5)), list(range(-3, 3, 2))
"#,
        &[
            ("out", r#"[2, 4, 6]"#),
            ("i", r#"8"#),
            ("l1", r#"[2, 4, 6]"#),
            ("out2", r#"['while-else ran']"#),
            ("n", r#"3"#),
            ("l2", r#"['while-else ran']"#),
            ("l3", r#"['found at 1', 'not found', 'not found']"#),
            ("primes", r#"[2, 3, 5, 7, 11, 13, 17, 19, 23, 29]"#),
            ("cand", r#"29"#),
            ("d", r#"28"#),
            ("l4", r#"[2, 3, 5, 7, 11, 13, 17, 19, 23, 29]"#),
            ("total", r#"63"#),
            ("a", r#"2"#),
            ("b", r#"2"#),
            ("l5", r#"63"#),
            ("l6", r#"([10, 7, 4, 1], [], [-3, -1, 1])"#),
        ],
    );
}

#[test]
fn unpack_errors() {
    check(
        r#"u1 = err(lambda: exec("a, b = [1, 2, 3]", {}))
u2 = err(lambda: exec("a, b, *c = [1]", {}))
u3 = err(lambda: exec("a, b = [1]", {}))
"#,
        &[
            (
                "u1",
                r#"'ValueError: too many values to unpack (expected 2)'"#,
            ),
            (
                "u2",
                r#"'ValueError: not enough values to unpack (expected at least 2, got 1)'"#,
            ),
            (
                "u3",
                r#"'ValueError: not enough values to unpack (expected 2, got 1)'"#,
            ),
        ],
    );
}

#[test]
fn int_modulo_by_zero_message() {
    check(
        r#"e1 = err(lambda: 1 % 0)
e2 = err(lambda: divmod(1, 0))
e3 = err(lambda: 1 // 0)
"#,
        &[
            ("e1", r#"'ZeroDivisionError: integer modulo by zero'"#),
            (
                "e2",
                r#"'ZeroDivisionError: integer division or modulo by zero'"#,
            ),
            (
                "e3",
                r#"'ZeroDivisionError: integer division or modulo by zero'"#,
            ),
        ],
    );
}

#[test]
fn percent_format_calls_user_str_repr() {
    check(
        r#"class V:
    def __repr__(self):
        return "V()"
    def __str__(self):
        return "v"
r1 = "%s|%r" % (V(), V())
r2 = "%s" % [V()]
"#,
        &[("r1", r#"'v|V()'"#), ("r2", r#"'[V()]'"#)],
    );
}

#[test]
fn function_name_assignment() {
    check(
        r#"def wrap(fn):
    def wrapper():
        return fn()
    wrapper.__name__ = fn.__name__
    return wrapper
@wrap
def original():
    return 1
n1 = original.__name__
n2 = original()
"#,
        &[("n1", r#"'original'"#), ("n2", r#"1"#)],
    );
}

#[test]
fn exception_base_init() {
    check(
        r#"class MyError(Exception):
    def __init__(self, code):
        Exception.__init__(self, "code %d" % code)
        self.code = code
class Plain(object):
    def __init__(self):
        object.__init__(self)
        self.ok = True
try:
    raise MyError(7)
except MyError as e:
    r1 = (e.code, str(e), e.args)
r2 = Plain().ok
"#,
        &[("r1", r#"(7, 'code 7', ('code 7',))"#), ("r2", r#"True"#)],
    );
}

#[test]
fn fstring_sign_without_type() {
    check(
        r#"n = 42
f = 2.5
r1 = f"{n:+}|{-n:+}|{f:+}|{n: }|{n:+5}"
r2 = format(n, "+")
"#,
        &[
            ("n", r#"42"#),
            ("f", r#"2.5"#),
            ("r1", r#"'+42|-42|+2.5| 42|  +42'"#),
            ("r2", r#"'+42'"#),
        ],
    );
}

#[test]
fn equal_keys_keep_first_key() {
    check(
        r#"d = {1: "a", 1.0: "b"}
s = {1, 1.0, True}
e = {1: "x"}
e[1.0] = "y"
e[True] = "z"
r1 = d
r2 = sorted(s), [type(x).__name__ for x in s]
r3 = e
r4 = dict([(1, "p"), (1.0, "q")])
"#,
        &[
            ("d", r#"{1: 'b'}"#),
            ("e", r#"{1: 'z'}"#),
            ("r1", r#"{1: 'b'}"#),
            ("r2", r#"([1], ['int'])"#),
            ("r3", r#"{1: 'z'}"#),
            ("r4", r#"{1: 'q'}"#),
        ],
    );
}

#[test]
fn reflected_eq() {
    check(
        r#"class Eq:
    def __eq__(self, other):
        return other == 5
r1 = 5 == Eq()
r2 = Eq() == 5
r3 = 5 in [Eq()]
r4 = [5].count(Eq())
r5 = [5].index(Eq())
"#,
        &[
            ("r1", r#"True"#),
            ("r2", r#"True"#),
            ("r3", r#"True"#),
            ("r4", r#"1"#),
            ("r5", r#"0"#),
        ],
    );
}

#[test]
fn index_error_messages() {
    check(
        r#"e1 = err(lambda: [][1])
e2 = err(lambda: (1,)[5])
e3 = err(lambda: "ab"[-3])
"#,
        &[
            ("e1", r#"'IndexError: list index out of range'"#),
            ("e2", r#"'IndexError: tuple index out of range'"#),
            ("e3", r#"'IndexError: string index out of range'"#),
        ],
    );
}

#[test]
fn key_error_str_and_args() {
    check(
        r#"try:
    raise KeyError("k")
except KeyError as e:
    r1 = str(e)
try:
    {}["k"]
except KeyError as e:
    r2 = (str(e), e.args)
try:
    {}.pop(3)
except KeyError as e:
    r3 = (str(e), e.args)
"#,
        &[
            ("r1", r#""'k'""#),
            ("r2", r#"("'k'", ('k',))"#),
            ("r3", r#"('3', (3,))"#),
        ],
    );
}

#[test]
fn container_repr_uses_item_repr() {
    check(
        r#"class V:
    def __repr__(self):
        return "V()"
r1 = repr([V(), (V(),)])
r2 = str({"k": V()})
r3 = "{}".format([V()])
r4 = f"{[V()]}"
"#,
        &[
            ("r1", r#"'[V(), (V(),)]'"#),
            ("r2", r#""{'k': V()}""#),
            ("r3", r#"'[V()]'"#),
            ("r4", r#"'[V()]'"#),
        ],
    );
}

// ----- imports, the rpython library and errors (expectations derived by
// hand from CPython's import semantics and the rpython sources) -----

#[test]
fn import_second_module() {
    let helper = "\
VALUE = 42
runs = [0]
runs[0] += 1
NAME = __name__
def double(x):
    return 2 * x
class Thing:
    label = 'thing'
";
    let init = "PKG_NAME = __name__\n";
    let consts = "BASE = 100\n";
    let sub = "from .consts import BASE\nfrom . import consts\ndef f(x):\n    return x + BASE + consts.BASE\n";
    let main = format!(
        "{PRELUDE}\
import helper
import helper as h2
from helper import double, VALUE as V
import pkg.sub
from pkg import sub as s2
r1 = helper.VALUE
r2 = double(V)
r3 = h2 is helper
r4 = helper.runs
r5 = helper.Thing.label
r6 = pkg.sub.f(1)
r7 = s2.f(2)
r8 = pkg.PKG_NAME
r9 = helper.NAME
r10 = s2 is pkg.sub
{TAIL}"
    );
    let t = try_load(&[
        ("target.py", &main),
        ("helper.py", helper),
        ("pkg/__init__.py", init),
        ("pkg/consts.py", consts),
        ("pkg/sub.py", sub),
    ])
    .unwrap_or_else(|m| panic!("{m}"));
    let expected = [
        ("r1", "42"),
        ("r2", "84"),
        ("r3", "True"),
        ("r4", "[1]"),
        ("r5", "'thing'"),
        ("r6", "201"),
        ("r7", "202"),
        ("r8", "'pkg'"),
        ("r9", "'helper'"),
        ("r10", "True"),
    ];
    for (name, want) in expected {
        assert_eq!(repr(&t, name), want, "global {name}");
    }
}

#[test]
fn rlib_arithmetic() {
    check(
        r#"
from rpython.rlib.rarithmetic import r_uint, intmask, LONG_BIT
u1 = r_uint(-1) == 2 ** 64 - 1
u2 = int(r_uint(-1))
u3 = intmask(r_uint(-1))
u4 = intmask(2 ** 63)
u5 = int(r_uint(2 ** 64 + 5))
u6 = int(r_uint(0) - 1)
u7 = int(r_uint(3) * r_uint(2 ** 63))
u8 = intmask(r_uint(1) << 63)
u9 = LONG_BIT
u10 = isinstance(r_uint(1), r_uint)
u11 = int(r_uint(7) // r_uint(2))
u12 = intmask(2 ** 64 + 3)
"#,
        &[
            ("u1", "True"),
            ("u2", "18446744073709551615"),
            ("u3", "-1"),
            ("u4", "-9223372036854775808"),
            ("u5", "5"),
            ("u6", "18446744073709551615"),
            ("u7", "9223372036854775808"),
            ("u8", "-9223372036854775808"),
            ("u9", "64"),
            ("u10", "True"),
            ("u11", "3"),
            ("u12", "3"),
        ],
    );
}

#[test]
fn rlib_decorators_and_unrolling() {
    let t = load(
        r#"
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.objectmodel import specialize, we_are_translated
from rpython.rlib.jit import JitDriver, elidable, dont_look_inside, promote
from rpython.rlib import jit

OPS = unrolling_iterable([("add", 1), ("sub", 2)])
names = []
for name, code in OPS:
    names.append(name + str(code))

@specialize.argtype(0)
def generic(x):
    return x
@specialize.memo()
def memo():
    return 1
@specialize.arg(0, 1)
def by_arg(a, b):
    return a
sp1 = generic._annspecialcase_
sp2 = memo._annspecialcase_
sp3 = by_arg._annspecialcase_
sp4 = generic(3)

@elidable
def pure(x):
    return x
@dont_look_inside
def opaque():
    return 0
el1 = pure._elidable_function_
el2 = opaque._jit_look_inside_
el3 = promote(5)
el4 = we_are_translated()
el5 = jit.we_are_jitted()

driver = JitDriver(greens=["pc", "code"], reds=["acc"], name="interp")
auto_driver = JitDriver(greens=[], reds="auto")
jd1 = driver.greens
"#,
    );
    let expected = [
        ("names", "['add1', 'sub2']"),
        ("sp1", "'specialize:argtype(0)'"),
        ("sp2", "'specialize:memo'"),
        ("sp3", "'specialize:arg(0,1)'"),
        ("sp4", "3"),
        ("el1", "True"),
        ("el2", "False"),
        ("el3", "5"),
        ("el4", "False"),
        ("el5", "False"),
        ("jd1", "['pc', 'code']"),
    ];
    for (name, want) in expected {
        assert_eq!(repr(&t, name), want, "global {name}");
    }
    let driver = |name: &str| match global(&t, name) {
        Constant::Obj(r) => match t.interp.heap.get(r) {
            Object::Native(Native::JitDriver(d)) => (
                d.greens.iter().map(|g| g.to_string()).collect::<Vec<_>>(),
                d.reds.clone(),
                d.name.to_string(),
            ),
            _ => panic!("{name} is not a JitDriver"),
        },
        _ => panic!("{name} is not an object"),
    };
    let (greens, reds, name) = driver("driver");
    assert_eq!(greens, ["pc", "code"]);
    assert_eq!(
        reds.map(|r| r.iter().map(|n| n.to_string()).collect::<Vec<_>>()),
        Some(vec!["acc".to_string()])
    );
    assert_eq!(name, "interp");
    let (greens, reds, _) = driver("auto_driver");
    assert!(greens.is_empty());
    assert!(reds.is_none(), "reds='auto' is recorded as None");
    match global(&t, "OPS") {
        Constant::Obj(r) => assert!(
            matches!(t.interp.heap.get(r), Object::Native(Native::Unrolling(items)) if items.len() == 2)
        ),
        _ => panic!("OPS is not an object"),
    }
}

#[test]
fn uncaught_exception_is_a_diagnostic() {
    let src = format!("x = 1\nraise ValueError('boom: ' + str(x))\n{TAIL}");
    assert_eq!(
        load_error(&[("target.py", &src)]),
        "exception at import time: ValueError: boom: 1"
    );
    let src = format!("d = {{}}\nv = d['k']\n{TAIL}");
    assert_eq!(
        load_error(&[("target.py", &src)]),
        "exception at import time: KeyError: 'k'"
    );
    let src = format!("def f(n):\n    return 10 // n\nf(0)\n{TAIL}");
    assert_eq!(
        load_error(&[("target.py", &src)]),
        "exception at import time: ZeroDivisionError: integer division or modulo by zero"
    );
    let src = format!("class MyError(Exception):\n    pass\nraise MyError()\n{TAIL}");
    assert_eq!(
        load_error(&[("target.py", &src)]),
        "exception at import time: MyError"
    );
}

#[test]
fn exception_in_imported_module() {
    let src = format!("import broken\n{TAIL}");
    let msg = load_error(&[("target.py", &src), ("broken.py", "X = [1, 2].index(3)\n")]);
    assert_eq!(
        msg,
        "exception at import time: ValueError: 3 is not in list"
    );
}

#[test]
fn exception_in_target_function() {
    let src = "def entry_point(argv):\n    return 0\ndef target(driver, args):\n    raise RuntimeError('no target')\n";
    assert_eq!(
        load_error(&[("target.py", src)]),
        "exception at import time: RuntimeError: no target"
    );
}

#[test]
fn syntax_error() {
    let src = format!("def f(:\n    pass\n{TAIL}");
    let msg = load_error(&[("target.py", &src)]);
    assert!(msg.starts_with("syntax error"), "unexpected message: {msg}");
    let msg = load_error(&[("target.py", "x = (1,\n")]);
    assert!(msg.starts_with("syntax error"), "unexpected message: {msg}");
}

#[test]
fn syntax_error_in_exec() {
    let src = format!("{PRELUDE}r = err(lambda: exec('x = = 1', {{}}))\n{TAIL}");
    // CPython raises a catchable SyntaxError; the evaluator reports it.
    let result = try_load(&[("target.py", &src)]);
    match result {
        Ok(t) => assert!(
            repr(&t, "r").starts_with("'SyntaxError: "),
            "got {}",
            repr(&t, "r")
        ),
        Err(m) => {
            panic!("exec() of bad source should raise a catchable SyntaxError, got diagnostic: {m}")
        }
    }
}

#[test]
fn missing_target_function() {
    let msg = load_error(&[("target.py", "x = 1\n")]);
    assert!(
        msg.contains("does not define `target(driver, args)`"),
        "unexpected message: {msg}"
    );
}

// ----- documented differences from CPython -----

#[test]
fn dict_views_are_snapshot_lists() {
    // At import time `keys()`, `values()` and `items()` return lists that do
    // not follow later changes of the dict (see eval/methods.rs).
    check(
        r#"
d = {"a": 1}
k = d.keys()
v = d.values()
i = d.items()
d["b"] = 2
k.append("extra")
r = (k, v, i, d, type(k).__name__)
"#,
        &[(
            "r",
            "(['a', 'extra'], [1], [('a', 1)], {'a': 1, 'b': 2}, 'list')",
        )],
    );
}

#[test]
fn set_pop_takes_the_oldest_element() {
    check(
        r#"
s = {"first", "second"}
s.add("third")
r1 = s.pop()
r2 = s.pop()
r3 = sorted(s)
"#,
        &[("r1", "'first'"), ("r2", "'second'"), ("r3", "['third']")],
    );
}

/// Exceptions deriving from builtin ones: `BaseException.__repr__`/`__str__`,
/// `Exception.__init__`, `super().__init__`, `object.__init__`.
#[test]
fn user_exception_repr_str_and_builtin_init() {
    check(
        r#"class E(Exception):
    def __init__(self, m):
        super().__init__(m)
class F(E):
    pass
class G(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a, b)
class H(Exception):
    def __init__(self, x):
        self.x = x
class R(Exception):
    def __repr__(self):
        return "R!"
class P(object):
    def __init__(self):
        super().__init__()
        self.ok = 1
e1 = (repr(E("x")), str(E("x")), E("x").args)
e2 = (repr(F("y")), str(F("y")), P().ok)
e3 = (repr(G(1, 2)), str(G(1, 2)), G(1, 2).args)
e4 = (repr(H(5)), str(H(5)), H(5).args, H(5).x)
e5 = (repr(R("m")), str(R("m")), str([R("m")]))
e6 = (repr(KeyError("k")), str(KeyError("k", 1)), repr(ValueError()), str(ValueError()), repr(KeyError(E("z"))))
e7 = err(lambda: E.__init__(E("a"), x=1))
e8 = err(lambda: object.__init__(object(), 1))
e9 = hasattr(P(), "__init__")
"#,
        &[
            ("e1", r#"("E('x')", 'x', ('x',))"#),
            ("e2", r#"("F('y')", 'y', 1)"#),
            ("e3", r#"('G(1, 2)', '(1, 2)', (1, 2))"#),
            ("e4", r#"('H(5)', '5', (5,), 5)"#),
            ("e5", r#"('R!', 'm', '[R!]')"#),
            (
                "e6",
                r#"("KeyError('k')", "('k', 1)", 'ValueError()', '', "KeyError(E('z'))")"#,
            ),
            (
                "e7",
                r#""TypeError: E.__init__() got an unexpected keyword argument 'x'""#,
            ),
            (
                "e8",
                r#"'TypeError: object.__init__() takes exactly one argument (the instance to initialize)'"#,
            ),
            ("e9", r#"True"#),
        ],
    );
}

/// `format()` and f-string specs: fill, align, sign, `#`, `0`, grouping,
/// precision, presentation types, and CPython's errors.
#[test]
fn format_spec_mini_language() {
    check(
        r##"def fmt(pairs):
    return [format(v, s) for v, s in pairs]
i1 = fmt([(1234567, ","), (1234, "_b"), (10**20, ","), (-10**20, "x"),
          (42, "=+8"), (-42, "*=8"), (42, "08"), (7, " 5")])
i2 = fmt([(123, "^+9"), (12, "#08x"), (255, "#X"), (42, "c"), (True, "d"),
          (True, "f"), (True, ">5"), (42, ".2f"), (42, "e")])
fl1 = fmt([(1234567.891, ",.2f"), (3.0, ""), (3.0, "5"), (3.0, ".3"),
           (1e20, ".3"), (1e16, ""), (1e-5, ""), (100.0, ".3")])
fl2 = fmt([(0.5, "%"), (0.5, ".1%"), (-0.0, "+"), (float("inf"), "+"),
           (2.5, "08.2f"), (-2.5, "+08.2f"), (-0.01, "z.1f")])
fl3 = fmt([(123456.0, "g"), (1.0, "#g"), (0.1, ".20f"), (-1.5, " ")])
s1 = fmt([("ab", "08"), ("ab", ">08"), ("abc", ".2"), ("abc", "<5.2")])
e1 = err(lambda: format(1, "abc"))
e2 = err(lambda: format(1, ".2"))
e3 = err(lambda: format("a", "d"))
e4 = err(lambda: format(1.5, "d"))
e5 = err(lambda: format(None, ">5"))
e6 = err(lambda: format("a", "+"))
f3 = (f"{None}|{[1, 'a']}|{True}|{3.0:>6}|{'x':^5}|", "{:>4}|{!r:>5}".format(7, "a"))
"##,
        &[
            (
                "i1",
                r#"['1,234,567', '100_1101_0010', '100,000,000,000,000,000,000', '-56bc75e2d63100000', '+     42', '-*****42', '00000042', '    7']"#,
            ),
            (
                "i2",
                r#"['  +123   ', '0x00000c', '0XFF', '*', '1', '1.000000', '    1', '42.00', '4.200000e+01']"#,
            ),
            (
                "fl1",
                r#"['1,234,567.89', '3.0', '  3.0', '3.0', '1e+20', '1e+16', '1e-05', '1e+02']"#,
            ),
            (
                "fl2",
                r#"['50.000000%', '50.0%', '-0.0', '+inf', '00002.50', '-0002.50', '0.0']"#,
            ),
            (
                "fl3",
                r#"['123456', '1.00000', '0.10000000000000000555', '-1.5']"#,
            ),
            ("s1", r#"['ab000000', '000000ab', 'ab', 'ab   ']"#),
            (
                "e1",
                r#""ValueError: Invalid format specifier 'abc' for object of type 'int'""#,
            ),
            (
                "e2",
                r#"'ValueError: Precision not allowed in integer format specifier'"#,
            ),
            (
                "e3",
                r#""ValueError: Unknown format code 'd' for object of type 'str'""#,
            ),
            (
                "e4",
                r#""ValueError: Unknown format code 'd' for object of type 'float'""#,
            ),
            (
                "e5",
                r#"'TypeError: unsupported format string passed to NoneType.__format__'"#,
            ),
            (
                "e6",
                r#"'ValueError: Sign not allowed in string format specifier'"#,
            ),
            (
                "f3",
                r#"("None|[1, 'a']|True|   3.0|  x  |", "   7|  'a'")"#,
            ),
        ],
    );
}

/// Argument binding errors, with CPython's wording, counts and qualified
/// names.
#[test]
fn call_error_messages() {
    check(
        r#"def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(a, /, b):
    pass
def k(a, b, c, d):
    pass
class M:
    def m(self, x):
        return x
c1 = err(lambda: f(1, 2, 3))
c2 = err(lambda: f())
c3 = err(lambda: g(1, 2, 3, c=1))
c4 = err(lambda: g(1))
c5 = err(lambda: h(a=1, b=2))
c6 = err(lambda: k())
c7 = err(lambda: f(1, 2, 3, a=1))
c8 = err(lambda: f(1, c=2))
c9 = err(lambda: (lambda: 0)(1))
c10 = err(lambda: M().m())
c11 = err(lambda: M().m(1, 2))
c12 = err(lambda: g(1, 2, 3))
c13 = err(lambda: k(1, 2))
def h2(a, b, /, c):
    pass
c14 = err(lambda: h2(1, 2, z=1, a=2))
c15 = err(lambda: h2(c=1, a=1, b=2))
"#,
        &[
            (
                "c1",
                r#"'TypeError: f() takes 2 positional arguments but 3 were given'"#,
            ),
            (
                "c2",
                r#""TypeError: f() missing 2 required positional arguments: 'a' and 'b'""#,
            ),
            (
                "c3",
                r#"'TypeError: g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given'"#,
            ),
            (
                "c4",
                r#""TypeError: g() missing 1 required keyword-only argument: 'c'""#,
            ),
            (
                "c5",
                r#""TypeError: h() got some positional-only arguments passed as keyword arguments: 'a'""#,
            ),
            (
                "c6",
                r#""TypeError: k() missing 4 required positional arguments: 'a', 'b', 'c', and 'd'""#,
            ),
            (
                "c7",
                r#""TypeError: f() got multiple values for argument 'a'""#,
            ),
            (
                "c8",
                r#""TypeError: f() got an unexpected keyword argument 'c'""#,
            ),
            (
                "c9",
                r#"'TypeError: <lambda>.<locals>.<lambda>() takes 0 positional arguments but 1 was given'"#,
            ),
            (
                "c10",
                r#""TypeError: M.m() missing 1 required positional argument: 'x'""#,
            ),
            (
                "c11",
                r#"'TypeError: M.m() takes 2 positional arguments but 3 were given'"#,
            ),
            (
                "c12",
                r#"'TypeError: g() takes from 1 to 2 positional arguments but 3 were given'"#,
            ),
            (
                "c13",
                r#""TypeError: k() missing 2 required positional arguments: 'c' and 'd'""#,
            ),
            (
                "c14",
                r#""TypeError: h2() got some positional-only arguments passed as keyword arguments: 'a'""#,
            ),
            (
                "c15",
                r#""TypeError: h2() got some positional-only arguments passed as keyword arguments: 'a, b'""#,
            ),
        ],
    );
}

/// User `__lt__`/`__eq__` with reflection, item-wise container equality, NaN
/// ordering in `min`/`max`.
#[test]
fn rich_comparisons() {
    check(
        r#"class O:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __eq__(self, o):
        return isinstance(o, O) and self.v == o.v
o1 = (O(1) < O(2), O(2) > O(1), O(1) == O(1), O(1) != O(2), O(1) != O(1))
o5 = ([O(1)] == [O(1)], (O(1),) == (O(2),), {1: O(1)} == {1: O(1)}, O(1) in [O(1)])
o2 = err(lambda: O(1) <= O(2))
o4 = err(lambda: 1 < "a")
n = float("nan")
o3 = (max([1.0, n]), min(n, 1.0), n != n, n >= n, n <= 1, sorted([O(3), O(1)])[0].v)
"#,
        &[
            ("o1", r#"(True, True, True, True, False)"#),
            ("o5", r#"(True, False, True, True)"#),
            (
                "o2",
                r#""TypeError: '<=' not supported between instances of 'O' and 'O'""#,
            ),
            (
                "o4",
                r#""TypeError: '<' not supported between instances of 'int' and 'str'""#,
            ),
            ("o3", r#"(1.0, nan, True, False, False, 1)"#),
        ],
    );
}

/// Self-referencing containers, equal dict keys, `KeyError` arguments,
/// `__name__`/`__qualname__` assignment.
#[test]
fn repr_cycles_keys_and_names() {
    check(
        r#"l = [1]
l.append(l)
d = {}
d["x"] = d
cy = (repr(l), str(d))
dk = {True: 1, 1: 2, 1.0: 3}
dk2 = {**{1: "a"}, **{1.0: "b"}}
try:
    {}[(1, 2)]
except KeyError as e:
    k1 = (str(e), e.args)
try:
    {"a": 1}.pop("b")
except KeyError as e:
    k2 = (str(e), e.args, repr(e))
try:
    set().pop()
except KeyError as e:
    k3 = (str(e), e.args)
def fn():
    pass
fn.__qualname__ = "X.fn"
fn.__doc__ = "doc"
fnn = (fn.__name__, fn.__qualname__, fn.__doc__)
fe = err(lambda: setattr(fn, "__name__", 1))
class Cn:
    pass
Cn.__name__ = "Dn"
cn = Cn.__name__
"#,
        &[
            ("cy", r#"('[1, [...]]', "{'x': {...}}")"#),
            ("dk", r#"{True: 3}"#),
            ("dk2", r#"{1: 'b'}"#),
            ("k1", r#"('(1, 2)', ((1, 2),))"#),
            ("k2", r#"("'b'", ('b',), "KeyError('b')")"#),
            (
                "k3",
                r#"("'pop from an empty set'", ('pop from an empty set',))"#,
            ),
            ("fnn", r#"('fn', 'X.fn', 'doc')"#),
            (
                "fe",
                r#"'TypeError: __name__ must be set to a string object'"#,
            ),
            ("cn", r#"'Dn'"#),
        ],
    );
}

/// Index errors, `SyntaxError` from `exec` (with its attributes), `%`
/// formatting with user `__str__`/`__repr__`, unpacking and modulo errors.
#[test]
fn sequence_exec_and_percent_errors() {
    check(
        r#"def setl():
    x = [1]
    x[5] = 0
def dell():
    x = [1]
    del x[5]
i1 = err(lambda: [1]["x"])
i2 = err(lambda: "a"["x"])
i3 = err(lambda: range(3)[5])
i4 = (err(setl), err(dell))
i5 = err(lambda: (1,)[2**70])
i6 = err(lambda: b"a"[3])
try:
    exec("a = 1\nb = = 2", {})
except SyntaxError as e:
    se = (str(e), e.lineno, e.msg, e.offset, e.text)
    se_args = e.args
class V:
    def __repr__(self):
        return "V()"
    def __str__(self):
        return "v"
p1 = ("%5s|%-4r|%s" % (V(), V(), (V(),)), "%s" % {"k": V()}, str((V(),)))
u1 = err(lambda: exec("a, *b, c = [1]", {}))
z1 = (err(lambda: divmod(1.0, 0)), err(lambda: 5 % 0), err(lambda: 5.0 % 0))
"#,
        &[
            (
                "i1",
                r#"'TypeError: list indices must be integers or slices, not str'"#,
            ),
            (
                "i2",
                r#""TypeError: string indices must be integers, not 'str'""#,
            ),
            ("i3", r#"'IndexError: range object index out of range'"#),
            (
                "i4",
                r#"('IndexError: list assignment index out of range', 'IndexError: list assignment index out of range')"#,
            ),
            (
                "i5",
                r#""IndexError: cannot fit 'int' into an index-sized integer""#,
            ),
            ("i6", r#"'IndexError: index out of range'"#),
            (
                "se",
                r#"('invalid syntax (<string>, line 2)', 2, 'invalid syntax', 5, 'b = = 2\n')"#,
            ),
            (
                "se_args",
                r#"('invalid syntax', ('<string>', 2, 5, 'b = = 2\n', 2, 6))"#,
            ),
            ("p1", r#"('    v|V() |(V(),)', "{'k': V()}", '(V(),)')"#),
            (
                "u1",
                r#"'ValueError: not enough values to unpack (expected at least 2, got 1)'"#,
            ),
            (
                "z1",
                r#"('ZeroDivisionError: float divmod()', 'ZeroDivisionError: integer modulo by zero', 'ZeroDivisionError: float modulo')"#,
            ),
        ],
    );
}
