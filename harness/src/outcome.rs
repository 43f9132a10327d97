//! The one outcome of a case × layer, as the runner records and reports it.

use serde::{Deserialize, Serialize};

/// What happened when a layer compared krait with the oracle on one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", content = "detail", rename_all = "kebab-case")]
pub enum Outcome {
    /// Both sides agree.
    Pass,
    /// They differ; the detail shows the first difference readably.
    Fail(String),
    /// krait panicked (or its worker process died); counted apart from failures.
    KraitPanic(String),
    /// The case did not finish within the per-case time limit.
    Timeout,
    /// The layer does not apply to this case, with the reason.
    Skipped(String),
}

impl Outcome {
    /// The short name used in tables and JSON.
    pub fn name(&self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail(_) => "fail",
            Outcome::KraitPanic(_) => "krait-panic",
            Outcome::Timeout => "timeout",
            Outcome::Skipped(_) => "skipped",
        }
    }

    /// Whether this outcome is a problem (fail, panic or timeout) rather than pass or skip.
    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            Outcome::Fail(_) | Outcome::KraitPanic(_) | Outcome::Timeout
        )
    }

    /// The human-readable detail, if any.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Outcome::Fail(d) | Outcome::KraitPanic(d) | Outcome::Skipped(d) => Some(d),
            Outcome::Pass | Outcome::Timeout => None,
        }
    }
}

/// Runs `f`, turning a Rust panic inside krait into [`Outcome::KraitPanic`] with its message.
pub fn catch_krait<T>(f: impl FnOnce() -> T) -> Result<T, Outcome> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "non-string panic payload".to_string());
        Outcome::KraitPanic(msg)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_are_caught_with_their_message() {
        let r: Result<(), Outcome> = catch_krait(|| panic!("boom {}", 1));
        assert_eq!(r, Err(Outcome::KraitPanic("boom 1".into())));
        assert_eq!(catch_krait(|| 5), Ok(5));
    }

    #[test]
    fn json_shape_is_tagged() {
        let j = serde_json::to_string(&Outcome::Fail("x".into())).unwrap();
        assert_eq!(j, r#"{"outcome":"fail","detail":"x"}"#);
        let back: Outcome = serde_json::from_str(&j).unwrap();
        assert_eq!(back, Outcome::Fail("x".into()));
    }
}
