//! Running batches of Python expressions in one `python3` process and
//! comparing their results with pytext's.

use std::io::Write;
use std::process::{Command, Stdio};

/// Python's default `end` argument.
pub const MAX: i64 = i64::MAX;

/// Evaluates one expression per input line and prints each result
/// hex-encoded (so that any text fits on one line). Exceptions become
/// `E:<type>:<message>`; results that are not strings are shown with
/// `str()`. The helpers decode the hex-encoded arguments.
const PRELUDE: &str = r#"
import struct, sys

def S(h): return bytes.fromhex(h).decode('utf-8')
def B(h): return bytes.fromhex(h)
def F(h): return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]
def H(x): return (x if isinstance(x, bytes) else x.encode('utf-8')).hex()
def L(items): return '[' + ','.join(H(x) for x in items) + ']'
def FB(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def I(v): return str(v) if -2**63 <= v < 2**63 else 'OVERFLOW'

out = []
for line in sys.stdin:
    try:
        r = eval(line)
    except Exception as e:
        r = 'E:%s:%s' % (type(e).__name__, e)
    if not isinstance(r, str):
        r = str(r)
    out.append(H(r))
print('\n'.join(out))
"#;

/// A fixed-seed pseudo-random generator (Knuth's MMIX LCG, high bits).
pub fn lcg(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let high = state >> 32;
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        high << 32 | state >> 32
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Vec<u8> {
    (0..text.len() / 2)
        .map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).expect("hex from python"))
        .collect()
}

/// A Python expression for a `str`.
pub fn s(text: &str) -> String {
    format!("S('{}')", hex(text.as_bytes()))
}

/// A Python expression for a `bytes`.
pub fn b(bytes: &[u8]) -> String {
    format!("B('{}')", hex(bytes))
}

/// A Python expression for a float (exactly, NaN sign included).
pub fn f(x: f64) -> String {
    format!("F('{:016x}')", x.to_bits())
}

/// Python expressions with pytext's expected results. An expected
/// `E:ValueError:*` matches any `ValueError` message.
#[derive(Default)]
pub struct Cases {
    exprs: Vec<String>,
    ours: Vec<String>,
}

impl Cases {
    pub fn new() -> Cases {
        Cases::default()
    }

    pub fn add(&mut self, expr: String, ours: String) {
        assert!(!expr.contains('\n'), "one line per expression: {expr}");
        self.exprs.push(expr);
        self.ours.push(ours);
    }
}

/// Runs `python3 -c script` with `input` on stdin and returns its stdout.
pub fn run_script(script: &str, input: &str) -> String {
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("python3 must be installed (CPython 3.11)");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("python3 runs");
    writer
        .join()
        .expect("writer thread")
        .expect("python3 reads its input");
    assert!(output.status.success(), "python3 failed");
    String::from_utf8(output.stdout).expect("python3 prints UTF-8")
}

/// Evaluates all cases in one python run; fails listing the first
/// differences.
pub fn check(cases: Cases) {
    let input = cases.exprs.join("\n") + "\n";
    let stdout = run_script(PRELUDE, &input);
    let theirs: Vec<String> = stdout
        .lines()
        .map(|l| String::from_utf8_lossy(&unhex(l)).into_owned())
        .collect();
    assert_eq!(theirs.len(), cases.exprs.len(), "one result per case");
    let mut differences = Vec::new();
    for ((expr, ours), theirs) in cases.exprs.iter().zip(&cases.ours).zip(&theirs) {
        let same =
            ours == theirs || (ours == "E:ValueError:*" && theirs.starts_with("E:ValueError:"));
        if !same {
            differences.push(format!(
                "  {expr}\n    python: {theirs:?}\n    pytext: {ours:?}"
            ));
        }
    }
    report(cases.exprs.len(), &differences);
}

/// Compares two texts line by line; fails listing the first differences.
pub fn compare_lines(ours: &str, theirs: &str) {
    let ours: Vec<&str> = ours.lines().collect();
    let theirs: Vec<&str> = theirs.lines().collect();
    assert_eq!(ours.len(), theirs.len(), "line counts");
    let differences: Vec<String> = ours
        .iter()
        .zip(&theirs)
        .filter(|(o, t)| o != t)
        .map(|(o, t)| format!("    python: {t:?}\n    pytext: {o:?}"))
        .collect();
    report(ours.len(), &differences);
}

fn report(total: usize, differences: &[String]) {
    if differences.is_empty() {
        return;
    }
    let shown: Vec<&str> = differences.iter().take(30).map(String::as_str).collect();
    panic!(
        "{} of {total} cases differ from CPython; the first ones:\n{}",
        differences.len(),
        shown.join("\n")
    );
}
