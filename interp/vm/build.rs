//! Bakes the host CPython's standard-library directory into the VM (`KRAIT_BUILD_STDLIB`), so
//! `import` finds CPython's pure-Python modules in place, as `sys.path` lists them for
//! `python3`, and its `sys.implementation._multiarch` (`KRAIT_BUILD_MULTIARCH`), which
//! `sysconfig` uses to name the `_sysconfigdata_*` module it imports from that directory. A
//! missing `python3` bakes nothing: the VM then relies on `KRAIT_STDLIB` at run time, or runs
//! without the standard library.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=KRAIT_STDLIB");
    let asked = Command::new("python3")
        .args([
            "-c",
            "import sys, sysconfig; print(sysconfig.get_paths()['stdlib']); \
             print(getattr(sys.implementation, '_multiarch', ''))",
        ])
        .output();
    let text = match asked {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).to_string(),
        _ => String::new(),
    };
    let mut lines = text.lines().map(str::trim);
    let dir = lines.next().unwrap_or("");
    let multiarch = lines.next().unwrap_or("");
    println!("cargo:rustc-env=KRAIT_BUILD_STDLIB={dir}");
    println!("cargo:rustc-env=KRAIT_BUILD_MULTIARCH={multiarch}");
}
