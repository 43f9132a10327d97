//! Two interpreters in one process (as an embedder may run them, one per thread):
//! signals raised and handled by one must never reach the other as a `KeyboardInterrupt`.
//! Signals are process-wide; krait delivers them to the interpreter that installed Python
//! handlers, as CPython delivers them to its main interpreter only.

/// Runs `krait -c CODE` in-process on its own big-stack thread; returns stdout, stderr, status.
fn krait_c(code: &str) -> (String, String, i32) {
    let args = vec!["-c".to_string(), code.to_string()];
    krait_syntax::stack::with_big_stack(move || {
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let mut stdin = std::io::empty();
        let status = {
            let mut io = krait_cli::Io {
                stdin: &mut stdin,
                stdout: &mut stdout,
                stderr: &mut stderr,
            };
            krait_cli::run(&args, &mut io)
        };
        (
            String::from_utf8_lossy(&stdout).into_owned(),
            String::from_utf8_lossy(&stderr).into_owned(),
            status,
        )
    })
}

/// Arms a timer, then sleeps while SIGALRM arrives: the signal lands on a thread that runs no
/// Python (the test's main thread), so the other interpreter, which keeps running, is the
/// first to see it come in. Afterwards a loop passes the eval breaker, which runs the handler.
const RAISER: &str = "\
import signal, time
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
for _ in range(5):
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    time.sleep(0.1)
    for _ in range(1000):
        pass
print(len(got))
";

const BYSTANDER: &str = "\
import time
end = time.monotonic() + 1
n = 0
while time.monotonic() < end:
    n += 1
print(n > 0)
";

#[test]
fn signals_reach_only_the_interpreter_that_handles_them() {
    let bystander = std::thread::spawn(|| krait_c(BYSTANDER));
    let raiser = krait_c(RAISER);
    let bystander = bystander.join().expect("bystander thread");
    assert_eq!(raiser, ("5\n".into(), String::new(), 0), "the raiser");
    assert_eq!(
        bystander,
        ("True\n".into(), String::new(), 0),
        "the bystander"
    );
}
