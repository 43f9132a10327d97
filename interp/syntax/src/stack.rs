//! Running deep recursions safely: the parser, `ast.dump` and dropping a deeply nested tree all
//! recurse once per nesting level, so they run on a thread whose stack is large enough for the
//! deepest input CPython itself accepts (its own limits then stop anything deeper with a Python
//! error, never a Rust stack overflow).

/// The stack size of [`with_big_stack`] threads: reserved address space, committed only as used.
pub const BIG_STACK_BYTES: usize = 1 << 30;

thread_local! {
    /// This thread was started by [`with_big_stack`].
    static ON_BIG_STACK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` on a thread with a [`BIG_STACK_BYTES`] stack and returns its result; a panic inside
/// `f` is propagated to the caller. Called from such a thread already (a compile inside the
/// command line's big-stack thread, the parse inside a compile), `f` runs right there: a thread
/// per stage would cost a spawn and a fresh stack's page faults each time, and the stages' own
/// depth limits keep all of them together far below the 1 GiB.
pub fn with_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if ON_BIG_STACK.with(std::cell::Cell::get) {
        return f();
    }
    std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .name("krait-deep".into())
            .stack_size(BIG_STACK_BYTES)
            .spawn_scoped(s, || {
                ON_BIG_STACK.with(|on| on.set(true));
                f()
            });
        match handle {
            Ok(h) => match h.join() {
                Ok(v) => v,
                Err(payload) => std::panic::resume_unwind(payload),
            },
            // Without a thread (resource exhaustion) fall back to the current one.
            Err(_) => panic!("cannot start a thread for a deep recursion"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_recursion_fits() {
        fn depth(n: u32) -> u32 {
            if n == 0 { 0 } else { 1 + depth(n - 1) }
        }
        assert_eq!(with_big_stack(|| depth(200_000)), 200_000);
    }
}
