//! Debug dump of the parser's lexer, for comparing with CPython's `_tokenize.TokenizerIter` by hand or by
//! script: `cargo run -p krait-syntax --example lexdump -- FILE...` prints, per file, a `FILE path` line and
//! then one line per token (`type start_line start_col end_line end_col`, byte columns) or an `ERR` line
//! (`class`, `msg`, `lineno offset end_lineno end_offset`, tab-separated), ending with `END`.
//! With `--type-comments` first, TYPE_COMMENT/TYPE_IGNORE tokens are produced.

use krait_syntax::TokenType;
use krait_syntax::lexer::{LexMode, Lexer, LineIndex};
use std::io::Write;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut mode = LexMode::default();
    if args.first().is_some_and(|a| a == "--type-comments") {
        mode.type_comments = true;
        args.remove(0);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in args {
        let _ = writeln!(out, "FILE {path}");
        match std::fs::read_to_string(&path) {
            Ok(src) => dump(&src, mode, &mut out),
            Err(e) => {
                let _ = writeln!(out, "IOERR {e}");
            }
        }
        let _ = writeln!(out, "END");
    }
}

fn dump(src: &str, mode: LexMode, out: &mut impl Write) {
    let index = LineIndex::new(src);
    let mut lexer = Lexer::new(src, mode);
    loop {
        match lexer.next_token() {
            Ok(tok) => {
                let (sl, sc) = index.line_col(tok.start);
                let (el, ec) = index.line_col(tok.end);
                let _ = writeln!(out, "{} {sl} {sc} {el} {ec}", tok.kind as u8);
                if tok.kind == TokenType::ENDMARKER {
                    return;
                }
            }
            Err(e) => {
                let loc = e.location.map_or_else(
                    || "None\tNone\tNone\tNone".to_owned(),
                    |l| {
                        format!(
                            "{}\t{}\t{}\t{}",
                            l.lineno, l.offset, l.end_lineno, l.end_offset
                        )
                    },
                );
                let _ = writeln!(out, "ERR\t{}\t{}\t{loc}", e.class.name(), e.msg);
                return;
            }
        }
    }
}
