//! `cargo run --release -p krait-benches --example fast_parse_check [DIR]`: parses every `.py`
//! file of the oracle's `Lib` (or of DIR) twice, with the fast first pass and with the PEG parser
//! alone, and reports every file whose results differ (trees, errors or warnings).

use krait_harness::case::Source;
use krait_syntax::parser::{ParseOptions, parse_file_full};

fn main() {
    let sources = match std::env::args().nth(1) {
        Some(dir) => krait_benches::sources(&Source::Path(dir.into())),
        None => krait_benches::lib_sources(),
    };
    let mut differ = 0usize;
    krait_syntax::stack::with_big_stack(|| {
        for (path, bytes) in &sources {
            let fast = parse_file_full(bytes, path, ParseOptions::default());
            let pure = parse_file_full(
                bytes,
                path,
                ParseOptions {
                    pure_peg: true,
                    ..ParseOptions::default()
                },
            );
            let same = format!("{:?}{:?}", fast.result, fast.warnings)
                == format!("{:?}{:?}", pure.result, pure.warnings);
            if !same {
                differ += 1;
                println!("DIFFERS: {path}");
            }
        }
    });
    println!("{} files, {differ} differ", sources.len());
}
