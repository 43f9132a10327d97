//! `krait -m tokenize [-e] [FILE]`: prints byte for byte what `python3 -m tokenize` prints.

use crate::Io;

/// Runs the `tokenize` command line.
pub fn main(_args: &[String], io: &mut Io<'_>) -> i32 {
    let _ = writeln!(io.stderr, "krait: not yet implemented: -m tokenize");
    1
}
