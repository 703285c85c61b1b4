//! The `str` and `bytes` methods against CPython, and every code point
//! through the character tests and case conversions.

use super::harness::{self, b, check, lcg, s, Cases, MAX};
use pytext::*;

type BytesTest = fn(&[u8]) -> bool;

/// Texts that exercise whitespace, non-ASCII, case and sigma rules.
const TEXTS: [&str; 30] = [
    "",
    "a",
    "abc",
    "Hello, World!",
    "  hello  world  ",
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \u{85}\u{a0}x\u{1680}\u{2000}\u{200a}\u{2028}\
     \u{2029}\u{202f}\u{205f}\u{3000}",
    "a\u{200b}b",
    "héllo wörld ñ",
    "ΟΔΥΣΣΕΥΣ",
    "ΣΑΣ σας Σ ΑΣ' Α'Σ'Α ΑΣ\u{301}",
    "straße ﬁﬂ ŉ ǰ ΐ",
    "ǅemal ǆ Ǆ ǈ",
    "İstanbul ı I",
    "ᾳ ᾼ ῼ ᾀ",
    "they're bill's friends from the UK",
    "hello\u{301} wo\u{308}rld",
    "line1\nline2\r\nline3\rline4\x0bline5\u{2028}end\n",
    "\n\n",
    "a,b,,c,",
    "aaaa",
    "ab\tc\td\ne\tf",
    "123 ²³ ½ ٣ 一二三 ⅷ",
    "日本語のテキスト",
    "😀 emoji 🎉",
    "MiXeD cAsE 123abc",
    "_ident1 été ℘ 1x",
    "x\u{0}y\u{7f}z\u{ad}\u{e000}\u{e0001}\u{10ffff}",
    "'\"\\",
    "''",
    "\u{1e030}\u{a7c0}",
];

const SUBS: [&str; 9] = ["", "a", "l", "ab", "é", "Σ", "  ", "\n", "xyz"];
const BOUNDS: [i64; 9] = [i64::MIN, -100, -3, -1, 0, 1, 2, 5, MAX];

fn list(items: &[String]) -> String {
    let hex: Vec<String> = items.iter().map(|x| harness::hex(x.as_bytes())).collect();
    format!("[{}]", hex.join(","))
}

fn result_list(r: Result<Vec<String>, String>) -> String {
    r.map_or_else(|e| format!("E:ValueError:{e}"), |v| list(&v))
}

#[test]
fn str_methods() {
    let mut cases = Cases::new();
    let mut rng = lcg(3);
    for text in TEXTS {
        let t = s(text);
        for sub in SUBS {
            let u = s(sub);
            for _ in 0..6 {
                let start = BOUNDS[(rng() % 9) as usize];
                let end = BOUNDS[(rng() % 9) as usize];
                let args = format!("{u}, {start}, {end}");
                cases.add(
                    format!("{t}.find({args})"),
                    find(text, sub, start, end).to_string(),
                );
                cases.add(
                    format!("{t}.rfind({args})"),
                    rfind(text, sub, start, end).to_string(),
                );
                cases.add(
                    format!("{t}.count({args})"),
                    count(text, sub, start, end).to_string(),
                );
                let sw = startswith(text, sub, start, end);
                cases.add(format!("{t}.startswith({args})"), py_bool(sw));
                let ew = endswith(text, sub, start, end);
                cases.add(format!("{t}.endswith({args})"), py_bool(ew));
            }
            for count in [-1, 0, 1, 2, MAX] {
                let sep = if sub == "xyz" { None } else { Some(sub) };
                let pysep = sep.map_or("None".to_string(), s);
                let call = format!("({pysep}, {count})");
                cases.add(
                    format!("L({t}.split{call})"),
                    result_list(split(text, sep, count)),
                );
                cases.add(
                    format!("L({t}.rsplit{call})"),
                    result_list(rsplit(text, sep, count)),
                );
                let r = replace(text, sub, "<é>", count);
                cases.add(format!("{t}.replace({u}, {}, {count})", s("<é>")), r);
            }
            let chars = if sub == "xyz" { None } else { Some(sub) };
            let pychars = chars.map_or("None".to_string(), s);
            cases.add(
                format!("{t}.strip({pychars})"),
                strip(text, chars).to_string(),
            );
            cases.add(
                format!("{t}.lstrip({pychars})"),
                lstrip(text, chars).to_string(),
            );
            cases.add(
                format!("{t}.rstrip({pychars})"),
                rstrip(text, chars).to_string(),
            );
            let part = |r: Result<Partition, String>| {
                result_list(r.map(|(a, b, c)| vec![a.into(), b.into(), c.into()]))
            };
            cases.add(format!("L({t}.partition({u}))"), part(partition(text, sub)));
            cases.add(
                format!("L({t}.rpartition({u}))"),
                part(rpartition(text, sub)),
            );
        }
        for keepends in [false, true] {
            let k = if keepends { "True" } else { "False" };
            cases.add(
                format!("L({t}.splitlines({k}))"),
                list(&splitlines(text, keepends)),
            );
        }
        type Method<T> = (&'static str, fn(&str) -> T);
        let unary: [Method<String>; 5] = [
            ("lower", lower),
            ("upper", upper),
            ("capitalize", capitalize),
            ("swapcase", swapcase),
            ("title", title),
        ];
        for (name, method) in unary {
            cases.add(format!("{t}.{name}()"), method(text));
        }
        let tests: [Method<bool>; 12] = [
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("islower", islower),
            ("isupper", isupper),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isascii", isascii),
            ("isprintable", isprintable),
        ];
        for (name, method) in tests {
            cases.add(format!("{t}.{name}()"), py_bool(method(text)));
        }
        for width in [-1, 0, 3, 10, 11, 40] {
            cases.add(format!("{t}.zfill({width})"), zfill(text, width));
            for fill in [' ', '*', 'é'] {
                let args = format!("{width}, {}", s(&fill.to_string()));
                cases.add(format!("{t}.center({args})"), center(text, width, fill));
                cases.add(format!("{t}.ljust({args})"), ljust(text, width, fill));
                cases.add(format!("{t}.rjust({args})"), rjust(text, width, fill));
            }
        }
        for tabsize in [-1, 0, 1, 4, 8] {
            cases.add(
                format!("{t}.expandtabs({tabsize})"),
                expandtabs(text, tabsize),
            );
        }
        cases.add(format!("repr({t})"), str_repr(text));
        cases.add(format!("ascii({t})"), ascii_repr(text));
        cases.add(format!("len({t})"), char_len(text).to_string());
    }
    for text in ["-42", "+7", "-", "+", "é", "-é"] {
        for width in [0, 1, 2, 5] {
            cases.add(format!("{}.zfill({width})", s(text)), zfill(text, width));
        }
    }
    check(cases);
}

fn py_bool(v: bool) -> String {
    if v { "True" } else { "False" }.into()
}

/// Every code point on its own, through the public `str` functions (this
/// checks the generated Unicode tables and their lookup).
#[test]
fn every_code_point() {
    let script = r#"
import sys
out = []
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000:
        continue
    t = chr(cp)
    flags = [t.isalpha(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isalnum(),
             t.isspace(), t.isprintable(), t.islower(), t.isupper(), t.istitle(),
             t.isidentifier(), ('a' + t).isidentifier(), len(('a' + t + 'b').splitlines()) == 2,
             ('A' + t + '\u03a3').lower().endswith('\u03c2')]
    bits = ''.join('1' if f else '0' for f in flags)
    out.append(f"{bits}|{t.lower()}|{t.upper()}|{t.title()}|{t.swapcase()}|{t!r}\n")
sys.stdout.buffer.write(''.join(out).encode('utf-8', 'surrogatepass'))
"#;
    // Python works while we compute our side.
    let python = std::thread::spawn(move || harness::run_script(script, ""));
    let mut ours = String::new();
    let mut scratch = String::new();
    let mut with = |before: &str, c: char, after: &str| -> String {
        scratch.clear();
        scratch.push_str(before);
        scratch.push(c);
        scratch.push_str(after);
        scratch.clone()
    };
    for c in (0..0x110000u32).filter_map(char::from_u32) {
        let mut buf = [0; 4];
        let t: &str = c.encode_utf8(&mut buf);
        let flags = [
            isalpha(t),
            isdecimal(t),
            isdigit(t),
            isnumeric(t),
            isalnum(t),
            isspace(t),
            isprintable(t),
            islower(t),
            isupper(t),
            istitle(t),
            isidentifier(t),
            isidentifier(&with("a", c, "")),
            splitlines(&with("a", c, "b"), false).len() == 2,
            lower(&with("A", c, "\u{3a3}")).ends_with('\u{3c2}'),
        ];
        ours.extend(flags.iter().map(|f| if *f { '1' } else { '0' }));
        for part in [lower(t), upper(t), title(t), swapcase(t), str_repr(t)] {
            ours.push('|');
            ours.push_str(&part);
        }
        ours.push('\n');
    }
    let theirs = python.join().expect("python thread");
    harness::compare_lines(&ours, &theirs);
}

#[test]
fn bytes_methods() {
    let texts: [&[u8]; 10] = [
        b"",
        b"abc",
        b"  hello  world  ",
        b"\t\n\x0b\x0c\r\x1c a \x85\xa0",
        b"a,b,,c,",
        b"aaaa",
        b"line1\nline2\r\nline3\rline4\x0b",
        b"MiXeD 123 xyz",
        b"it's \"quoted\" \\ \x00\x7f\xff",
        b"'",
    ];
    let subs: [&[u8]; 7] = [b"", b"a", b"ab", b" ", b"\n", b",", b"xyz"];
    let blist = |items: Vec<Vec<u8>>| {
        let hex: Vec<String> = items.iter().map(|x| harness::hex(x)).collect();
        format!("[{}]", hex.join(","))
    };
    let bres =
        |r: Result<Vec<Vec<u8>>, String>| r.map_or_else(|e| format!("E:ValueError:{e}"), blist);
    let mut cases = Cases::new();
    let mut rng = lcg(11);
    for text in texts {
        let t = b(text);
        for sub in subs {
            let u = b(sub);
            for _ in 0..5 {
                let start = BOUNDS[(rng() % 9) as usize];
                let end = BOUNDS[(rng() % 9) as usize];
                let args = format!("{u}, {start}, {end}");
                let n = bytes_find(text, sub, start, end);
                cases.add(format!("{t}.find({args})"), n.to_string());
                let n = bytes_rfind(text, sub, start, end);
                cases.add(format!("{t}.rfind({args})"), n.to_string());
                let n = bytes_count(text, sub, start, end);
                cases.add(format!("{t}.count({args})"), n.to_string());
                let sw = bytes_startswith(text, sub, start, end);
                cases.add(format!("{t}.startswith({args})"), py_bool(sw));
                let ew = bytes_endswith(text, sub, start, end);
                cases.add(format!("{t}.endswith({args})"), py_bool(ew));
            }
            for count in [-1, 0, 1, 2, MAX] {
                let sep = if sub == b"xyz" { None } else { Some(sub) };
                let pysep = sep.map_or("None".to_string(), b);
                let call = format!("({pysep}, {count})");
                cases.add(
                    format!("L({t}.split{call})"),
                    bres(bytes_split(text, sep, count)),
                );
                cases.add(
                    format!("L({t}.rsplit{call})"),
                    bres(bytes_rsplit(text, sep, count)),
                );
                let r = bytes_replace(text, sub, b"<>", count);
                cases.add(
                    format!("L([{t}.replace({u}, b'<>', {count})])"),
                    blist(vec![r]),
                );
            }
            let chars = if sub == b"xyz" { None } else { Some(sub) };
            let pychars = chars.map_or("None".to_string(), b);
            for (name, r) in [
                ("strip", bytes_strip(text, chars)),
                ("lstrip", bytes_lstrip(text, chars)),
                ("rstrip", bytes_rstrip(text, chars)),
            ] {
                cases.add(
                    format!("L([{t}.{name}({pychars})])"),
                    blist(vec![r.to_vec()]),
                );
            }
            let part = |r: Result<BytesPartition, String>| {
                bres(r.map(|(a, b, c)| vec![a.to_vec(), b.to_vec(), c.to_vec()]))
            };
            cases.add(
                format!("L({t}.partition({u}))"),
                part(bytes_partition(text, sub)),
            );
            cases.add(
                format!("L({t}.rpartition({u}))"),
                part(bytes_rpartition(text, sub)),
            );
        }
        for keepends in [false, true] {
            let k = if keepends { "True" } else { "False" };
            let lines = bytes_splitlines(text, keepends);
            cases.add(format!("L({t}.splitlines({k}))"), blist(lines));
        }
        cases.add(format!("L([{t}.lower()])"), blist(vec![bytes_lower(text)]));
        cases.add(format!("L([{t}.upper()])"), blist(vec![bytes_upper(text)]));
        let tests: [(&str, BytesTest); 6] = [
            ("isdigit", bytes_isdigit),
            ("isalpha", bytes_isalpha),
            ("isalnum", bytes_isalnum),
            ("isspace", bytes_isspace),
            ("islower", bytes_islower),
            ("isupper", bytes_isupper),
        ];
        for (name, method) in tests {
            cases.add(format!("{t}.{name}()"), py_bool(method(text)));
        }
        cases.add(format!("repr({t})"), bytes_repr(text));
    }
    let all: Vec<u8> = (0..=255).collect();
    cases.add(format!("repr({})", b(&all)), bytes_repr(&all));
    cases.add(format!("repr({})", b(b"'\"")), bytes_repr(b"'\""));
    check(cases);
}
