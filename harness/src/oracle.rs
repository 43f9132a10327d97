//! The oracle: CPython 3.11 embedded through pyo3, pinned to the interpreter `python3` runs.
//!
//! The build script bakes an rpath to that interpreter's LIBDIR (see `build/oracle_link.rs`); at
//! start-up [`Oracle::get`] checks that the library actually loaded reports the same `sys.version`
//! as `python3`, and that hashing is deterministic (`PYTHONHASHSEED=0`), so a mis-linked build or a
//! missing environment variable stops the run with one clear sentence instead of silently diffing
//! against another CPython.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyModule};
use std::sync::OnceLock;

/// The Python half of the layers, loaded into the embedded interpreter once.
const ORACLE_PY: &str = include_str!("oracle.py");

/// The version string of the CPython the build script found (`sys.version` on one line).
pub const BUILD_ORACLE_VERSION: &str = env!("KRAIT_ORACLE_VERSION");

/// A handle on the initialised, verified oracle.
#[derive(Debug)]
pub struct Oracle {
    version: String,
    module: Py<PyModule>,
}

static ORACLE: OnceLock<Result<Oracle, String>> = OnceLock::new();

impl Oracle {
    /// The process-wide oracle, initialised and verified on first use.
    pub fn get() -> Result<&'static Oracle, String> {
        ORACLE
            .get_or_init(Oracle::init)
            .as_ref()
            .map_err(Clone::clone)
    }

    fn init() -> Result<Oracle, String> {
        if std::env::var("PYTHONHASHSEED").as_deref() != Ok("0") {
            return Err("the oracle must run with PYTHONHASHSEED=0 (cargo sets it from .cargo/config.toml; \
                 set it yourself when running the harness binary directly)"
                .to_string());
        }
        let expected = python3_version()?;
        Python::attach(|py| -> Result<Oracle, String> {
            let code = std::ffi::CString::new(ORACLE_PY).map_err(|e| e.to_string())?;
            let module = PyModule::from_code(py, &code, c"krait_oracle.py", c"krait_oracle")
                .map_err(|e| format!("the oracle helper module failed to load: {e}"))?;
            let (version, hash_random, _): (String, i64, i64) = module
                .call_method0("describe")
                .and_then(|d| d.extract())
                .map_err(|e| e.to_string())?;
            let version = version.replace('\n', " ");
            if version != expected {
                return Err(format!(
                    "the embedded CPython is {version:?} but `python3` is {expected:?}: the harness \
                     loaded the wrong libpython (rebuild so the rpath to python3's LIBDIR is baked in)"
                ));
            }
            if hash_random != 0 {
                return Err(
                    "the embedded CPython hashes randomly: PYTHONHASHSEED=0 did not reach it"
                        .into(),
                );
            }
            Ok(Oracle {
                version,
                module: module.unbind(),
            })
        })
    }

    /// Sends the embedded interpreter's `sys.stdout` to its stderr, so that nothing the oracle prints
    /// can corrupt a worker's answers on fd 1.
    pub fn isolate_stdout(&self) -> Result<(), String> {
        self.call::<_, bool>("isolate_stdout", ()).map(drop)
    }

    /// The oracle's `sys.version`, on one line.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Calls a function of the helper module with the GIL held and extracts its result.
    pub fn call<A, R>(&self, name: &str, args: A) -> Result<R, String>
    where
        A: for<'py> pyo3::call::PyCallArgs<'py>,
        R: for<'py> FromPyObjectOwned<'py>,
    {
        Python::attach(|py| {
            self.module
                .bind(py)
                .call_method1(name, args)
                .and_then(|r| r.extract::<R>().map_err(Into::into))
                .map_err(|e| format!("oracle call {name} failed: {e}"))
        })
    }

    /// Calls a helper that takes one `bytes` argument.
    pub fn call_bytes<R>(&self, name: &str, data: &[u8]) -> Result<R, String>
    where
        R: for<'py> FromPyObjectOwned<'py>,
    {
        Python::attach(|py| {
            let arg = PyBytes::new(py, data);
            self.module
                .bind(py)
                .call_method1(name, (arg,))
                .and_then(|r| r.extract::<R>().map_err(Into::into))
                .map_err(|e| format!("oracle call {name} failed: {e}"))
        })
    }
}

/// What `python3 -c 'import sys; print(sys.version)'` prints, on one line.
pub fn python3_version() -> Result<String, String> {
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys; print(sys.version.replace(chr(10), ' '))"])
        .output()
        .map_err(|e| {
            format!(
                "`python3` could not be run ({e}): install CPython 3.11 with a shared libpython"
            )
        })?;
    Ok(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
}
