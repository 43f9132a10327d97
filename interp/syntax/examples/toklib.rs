//! Debug tool: tokenizes every file given on the command line (the `tokenize` view) a few times and
//! prints the token count and the time taken, for profiling the lexer.

fn main() {
    let files: Vec<(String, Vec<u8>)> = std::env::args()
        .skip(1)
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect();
    for round in 0..3 {
        let t = std::time::Instant::now();
        let mut n = 0;
        for (p, b) in &files {
            n += krait_syntax::tokenize::tokenize(b, Some(p)).tokens.len();
        }
        println!("round {round}: {n} tokens in {:?}", t.elapsed());
    }
}
