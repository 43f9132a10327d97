//! Bakes the host CPython's standard-library directory into the VM (`KRAIT_BUILD_STDLIB`), so
//! `import` finds CPython's pure-Python modules in place, as `sys.path` lists them for
//! `python3`. A missing `python3` bakes nothing: the VM then relies on `KRAIT_STDLIB` at run
//! time, or runs without the standard library.

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=KRAIT_STDLIB");
    let asked = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output();
    let dir = match asked {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).trim().to_string(),
        _ => String::new(),
    };
    println!("cargo:rustc-env=KRAIT_BUILD_STDLIB={dir}");
}
