//! Compares pytext with the `python3` on this machine (CPython 3.11) on
//! many generated cases. Each test runs python once: every case is a Python
//! expression (its arguments hex-encoded, so any text survives the trip),
//! paired with pytext's answer in the same text form.

#[path = "against_cpython/harness.rs"]
mod harness;
#[path = "against_cpython/text.rs"]
mod text;

use harness::{check, f, lcg, s, Cases};
use pytext::*;

/// Interesting floats: special values, values near the notation limits,
/// rounding ties, and random bit patterns.
fn sample_floats(random: usize) -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.5,
        1.5,
        2.5,
        -2.5,
        0.125,
        0.375,
        1e16,
        1e15,
        9999999999999998.0,
        1e-4,
        1e-5,
        0.00012345,
        1.5e-5,
        123456789.123,
        123456789012345.0,
        1234.5,
        9.9996,
        99.5,
        0.05,
        1e22,
        1e23,
        1e100,
        1e300,
        1.7976931348623157e308,
        2.2250738585072014e-308,
        5e-324,
        1.0 / 3.0,
        2.0 / 3.0,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        -f64::NAN,
    ];
    let mut rng = lcg(0x5eed);
    for i in 0..random {
        let bits = rng();
        v.push(match i % 3 {
            0 => f64::from_bits(bits),
            // Decimal-looking values and binary fractions (rounding ties).
            1 => (bits % 2_000_000) as f64 / 10f64.powi((bits >> 40) as i32 % 9) - 1000.0,
            _ => (bits % 100_000) as f64 / 64.0 * if bits >> 63 == 0 { 1.0 } else { -1.0 },
        });
    }
    v
}

#[test]
fn float_repr_and_hash() {
    let mut cases = Cases::new();
    for x in sample_floats(2000) {
        cases.add(format!("repr({})", f(x)), float_repr(x));
        cases.add(format!("str({})", f(x)), float_repr(x));
        if !x.is_nan() {
            cases.add(format!("hash({})", f(x)), float_hash(x).to_string());
        }
    }
    check(cases);
}

#[test]
fn float_c_formatting() {
    let mut cases = Cases::new();
    let precisions = [
        None,
        Some(0),
        Some(1),
        Some(2),
        Some(3),
        Some(6),
        Some(10),
        Some(17),
    ];
    let mut more = vec![Some(25), Some(60), Some(120), Some(400), Some(1500)];
    more.extend(precisions);
    for (i, x) in sample_floats(150).into_iter().enumerate() {
        for code in ['e', 'E', 'f', 'F', 'g', 'G'] {
            let precs: &[Option<usize>] = if i < 40 { &more } else { &precisions };
            for &p in precs {
                for alt in [false, true] {
                    let flag = if alt { "#" } else { "" };
                    let prec = p.map_or(String::new(), |p| format!(".{p}"));
                    let fmt = format!("%{flag}{prec}{code}");
                    cases.add(
                        format!("{} % {}", s(&fmt), f(x)),
                        format_float(x, code, p, alt),
                    );
                }
            }
        }
    }
    check(cases);
}

#[test]
fn float_parsing() {
    let inputs = [
        "0",
        "1",
        "-1",
        "+1.5",
        "1.",
        ".5",
        ".",
        "1e5",
        "1E5",
        "1e+5",
        "1e-5",
        "1e",
        "e5",
        "1e5.5",
        "1_000",
        "1__000",
        "_1",
        "1_",
        "1_.5",
        "1._5",
        "1.5_",
        "1e_5",
        "1e5_0",
        "1_e5",
        "inf",
        "-inf",
        "+inf",
        "Infinity",
        "-iNfInItY",
        "infinit",
        "infinityy",
        "nan",
        "-nan",
        "NaN",
        "+nAn",
        "nan0",
        "in f",
        " 1.5 ",
        "\t\n1.5\x0b\x0c",
        "1.5\x1c",
        "\x1c1.5",
        "\u{3000}1.5\u{85}",
        "1 .5",
        "0x1p3",
        "0x10",
        "1e400",
        "-1e400",
        "1e-400",
        "4.9e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "0.1",
        "123456789012345678901234567890",
        "١٢٣.٤",
        "1,5",
        "",
        " ",
        "+",
        "-",
        "++1",
        "1+",
        "१.५",
        "1e1000000000000000000000",
        "00001.5",
        ".e1",
        "1.e1",
        "nan(1)",
        "inf inity",
        "٣e٢",
        "１２.５",
        "²",
        "1\u{0}",
        "-0",
        "-0.0e-0",
        "9007199254740993",
        "0.30000000000000004",
        "1_2.3_4e1_0",
        "1.7976931348623158e308",
    ];
    let mut cases = Cases::new();
    let long_fraction = format!("0.{}1", "0".repeat(400));
    let long_int = "7".repeat(500);
    let all = inputs
        .iter()
        .map(|x| x.to_string())
        .chain([long_fraction, long_int]);
    for text in all {
        let ours = match parse_float(&text) {
            Some(x) => format!("{:016x}", x.to_bits()),
            None => "E:ValueError:*".into(),
        };
        cases.add(format!("FB(float({}))", s(&text)), ours);
    }
    check(cases);
}

#[test]
fn int_parsing_bases_and_hashes() {
    let inputs = [
        "0",
        "00",
        "000",
        "0_0",
        "007",
        "7_",
        "_7",
        "1__2",
        "1_2",
        " 12 ",
        "\t-12\n",
        "+12",
        "-",
        "+",
        "",
        " ",
        "0x1f",
        "0X1F",
        "0x_1f",
        "0x__1f",
        "0x",
        "0b101",
        "0B1_0",
        "0o17",
        "0o8",
        "0b2",
        "1e5",
        "1.0",
        "12a",
        "z",
        "Z",
        "zz",
        "0xg",
        "٤٢",
        "\u{3000}42\u{3000}",
        "4\u{3000}2",
        "१२३",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "0x7fffffffffffffff",
        "0x8000000000000000",
        "-0x8000000000000000",
        "99999999999999999999999",
        "- 1",
        "--1",
        "+-1",
        "1\x1c",
        "\x1c1",
        "\x0b1\x0c",
        "0_x1",
        "0x1_",
        "１２",
        "𝟏𝟐",
        "²",
        "½",
        "0o_7",
        "0b_",
        "00x1",
        "0_7",
        "0_00",
        "-0",
        "-00",
        "08",
        "0_8",
        "0b1",
        "0B",
        "0o",
        "1_000_000",
        "0x_",
        "ff",
        "FF",
        "-0b_1",
        "1\u{85}",
        "\u{a0}1",
        "١_٢",
    ];
    let long_ones = "1".repeat(64);
    let mut cases = Cases::new();
    let many_zeros = format!("{}1", "0".repeat(4300));
    let texts = inputs
        .iter()
        .map(|x| x.to_string())
        .chain([format!("0b{long_ones}"), format!("-0b1{}", "0".repeat(63))])
        .chain([
            many_zeros.clone(),
            many_zeros[1..].to_string(),
            format!("{many_zeros}x"),
        ]);
    for text in texts {
        for base in [0, 2, 8, 10, 16, 36, 1, 37] {
            let ours = match parse_int(&text, base) {
                Ok(v) => v.to_string(),
                Err(ParseIntError::Overflow) => "OVERFLOW".into(),
                Err(ParseIntError::Invalid) => "E:ValueError:*".into(),
            };
            cases.add(format!("I(int({}, {base}))", s(&text)), ours);
        }
    }
    let mut rng = lcg(42);
    let mut ints: Vec<i64> = vec![0, 1, -1, -2, i64::MAX, i64::MIN, (1 << 61) - 1, 1 << 61];
    ints.extend((0..300).map(|i| (rng() as i64) >> (i % 64)));
    for v in ints {
        cases.add(format!("hex({v})"), int_to_base(v, 16));
        cases.add(format!("oct({v})"), int_to_base(v, 8));
        cases.add(format!("bin({v})"), int_to_base(v, 2));
        cases.add(format!("hash({v})"), int_hash(v).to_string());
    }
    check(cases);
}

/// Our `format()` result in the harness's form (errors as
/// `E:<exception>:<message>`).
fn format_result(r: Result<String, String>) -> String {
    match r {
        Ok(text) => text,
        Err(msg) if msg.starts_with("%c arg not in range") => format!("E:OverflowError:{msg}"),
        Err(msg) => format!("E:ValueError:{msg}"),
    }
}

/// Random format specs, and the ones worth naming.
fn sample_specs(n: usize) -> Vec<String> {
    let mut specs: Vec<String> = [
        "",
        ">10",
        "^+08.3f",
        ",d",
        "_x",
        "#o",
        ".2%",
        "e",
        "g",
        "<",
        "010",
        "0=10,",
        "x^9",
        "*>+12,.2f",
        "#010b",
        "_b",
        ",_",
        ".",
        "10dd",
        "z",
        "z.1f",
        "c",
        "+c",
        "#c",
        ",c",
        "n",
        ",n",
        "_n",
        "s",
        "r",
        "\u{20ac}",
        "\u{1}",
        "é<5",
        "\u{0}^7",
        ".0",
        "#.0",
        "#",
        " ",
        "-",
        ".17",
        ".3",
        "99999999999999999999",
        ".2147483648f",
        "08,",
        "09,",
        "010,.1f",
        "=",
        "0<5",
        "\u{665}",
        ".\u{662}f",
        ">\u{ff11}\u{ff10}",
        "0\u{665}",
        "0>5",
        "0^6",
        "<05",
        "%",
        ",%",
        "_.3e",
        "+.3G",
        "#X",
        "#_X",
        ",x",
    ]
    .iter()
    .map(|x| x.to_string())
    .collect();
    let pick = |rng: &mut dyn FnMut() -> u64, options: &[&str]| -> String {
        options[(rng() % options.len() as u64) as usize].to_string()
    };
    let mut rng = lcg(7);
    for _ in 0..n {
        let mut spec = String::new();
        spec += &pick(
            &mut rng,
            &["", "", "<", ">", "^", "=", "*<", "0=", "é^", "x>"],
        );
        spec += &pick(&mut rng, &["", "", "+", "-", " "]);
        spec += &pick(&mut rng, &["", "", "", "z"]);
        spec += &pick(&mut rng, &["", "", "#"]);
        spec += &pick(&mut rng, &["", "", "0"]);
        spec += &pick(&mut rng, &["", "", "1", "8", "12", "20"]);
        spec += &pick(&mut rng, &["", "", "", ",", "_"]);
        spec += &pick(&mut rng, &["", "", ".0", ".1", ".3", ".10"]);
        spec += &pick(
            &mut rng,
            &[
                "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s",
            ],
        );
        specs.push(spec);
    }
    specs
}

#[test]
fn format_specs() {
    let ints: [i64; 16] = [
        0,
        1,
        -1,
        7,
        42,
        -42,
        255,
        1234,
        -1234567,
        65,
        233,
        0x1f600,
        i64::MAX,
        i64::MIN,
        0x110000,
        -5,
    ];
    let floats = [
        0.0,
        -0.0,
        1.5,
        -1.5,
        2.5,
        1234.5678,
        -0.001,
        1e16,
        1e-5,
        123456789.123,
        1e300,
        5e-324,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        0.5,
        99.99,
        1e7,
    ];
    let strs = ["", "abc", "héllo", "日本語"];
    let mut cases = Cases::new();
    for spec in sample_specs(1500) {
        for &v in &ints {
            let ours = FormatSpec::parse_for(&spec, "int").and_then(|p| format_int(v, &p));
            cases.add(format!("format({v}, {})", s(&spec)), format_result(ours));
        }
        for &x in &floats {
            let ours = FormatSpec::parse_for(&spec, "float").and_then(|p| format_float_spec(x, &p));
            cases.add(
                format!("format({}, {})", f(x), s(&spec)),
                format_result(ours),
            );
        }
        for text in strs {
            let ours = FormatSpec::parse_for(&spec, "str").and_then(|p| format_str(text, &p));
            cases.add(
                format!("format({}, {})", s(text), s(&spec)),
                format_result(ours),
            );
        }
    }
    check(cases);
}

/// The one conversion of a `%` format.
fn percent_spec(fmt: &str) -> PercentSpec {
    match percent_pieces(fmt).next() {
        Some(Ok(PercentPiece::Conversion(spec))) => spec,
        other => panic!("{fmt:?} is not one conversion: {other:?}"),
    }
}

#[test]
fn percent_formatting() {
    let mut cases = Cases::new();
    let mut rng = lcg(99);
    let ints: [i64; 9] = [0, 1, -1, 42, -255, 65, 0xe9, i64::MAX, i64::MIN];
    let floats = [
        0.0,
        -0.0,
        1.5,
        -2.5,
        1234.5678,
        1e-5,
        1e22,
        f64::INFINITY,
        f64::NAN,
    ];
    let strs = ["", "abc", "héllo", "it's", "\n\u{7f}é\u{200b}"];
    let codes = "diuxXoceEfFgGsra";
    for _ in 0..1500 {
        let mut flags = String::new();
        for flag in ['-', '+', ' ', '#', '0'] {
            if rng().is_multiple_of(3) {
                flags.push(flag);
            }
        }
        let width = ["", "1", "5", "12"][(rng() % 4) as usize];
        let prec = ["", ".", ".0", ".2", ".5", ".12"][(rng() % 6) as usize];
        let code = codes
            .chars()
            .nth((rng() % codes.len() as u64) as usize)
            .unwrap();
        let fmt = format!("%{flags}{width}{prec}{code}");
        let spec = percent_spec(&fmt);
        let py = |arg: String| format!("{} % ({arg},)", s(&fmt));
        match code {
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                for v in ints {
                    let ours = format_result(percent_int(v, &spec, code));
                    cases.add(py(v.to_string()), ours);
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                for x in floats {
                    cases.add(py(f(x)), percent_float(x, &spec, code));
                }
                cases.add(py("7".into()), percent_float(7.0, &spec, code));
            }
            _ => {
                for text in strs {
                    let shown = match code {
                        's' => text.to_string(),
                        'r' => str_repr(text),
                        _ => ascii_repr(text),
                    };
                    cases.add(py(s(text)), percent_str(&shown, &spec));
                }
                cases.add(py("12".into()), percent_str("12", &spec));
            }
        }
        if code == 'c' {
            cases.add(py(s("é")), percent_str("é", &spec));
        }
    }
    // Widths and precisions from the arguments.
    for (fmt, width, prec) in [
        ("%*d", 5, 0),
        ("%*d", -5, 0),
        ("%-*d", -5, 0),
        ("%0*x", 6, 0),
        ("%.*f", 0, 3),
        ("%.*f", 0, -2),
        ("%*.*e", -12, 2),
        ("%*.*s", 6, 2),
    ] {
        let mut spec = percent_spec(fmt);
        let mut args = Vec::new();
        if spec.width == Some(PercentCount::FromArgs) {
            spec.set_width(width);
            args.push(width.to_string());
        }
        if spec.precision == Some(PercentCount::FromArgs) {
            spec.set_precision(prec).unwrap();
            args.push(prec.to_string());
        }
        let (arg, ours) = match spec.code {
            'd' | 'x' => (
                "-42".to_string(),
                format_result(percent_int(-42, &spec, spec.code)),
            ),
            's' => (s("héllo"), percent_str("héllo", &spec)),
            code => (f(-1.25), percent_float(-1.25, &spec, code)),
        };
        args.push(arg);
        cases.add(format!("{} % ({},)", s(fmt), args.join(", ")), ours);
    }
    // Malformed formats (the argument is a mapping, so keys are allowed and
    // the one argument is always there).
    let bad = [
        "%",
        "abc%",
        "%(a",
        "%(a)",
        "%5",
        "%.",
        "%h",
        "%lld",
        "%5%",
        "%q",
        "%(a)%",
        "%\u{20ac}",
        "é%\u{1}",
        "%99999999999999999999d",
        "%.2147483648f",
        "%-%",
        "%(a(b)c",
        "%%%",
    ];
    for fmt in bad {
        let ours = match parse_percent(fmt) {
            Ok(pieces) if pieces.len() == 1 => match &pieces[0] {
                PercentPiece::Literal(text) => text.clone(),
                PercentPiece::Conversion(_) => "conversion".into(),
            },
            Ok(_) => "pieces".into(),
            Err(msg) => format!("E:ValueError:{msg}"),
        };
        cases.add(format!("{} % {{'a': 1, 'a(b)c': 2}}", s(fmt)), ours);
    }
    check(cases);
}
