// Shared by the build scripts of every crate that embeds the oracle (`include!`d, not a module).
//
// Pins the oracle to the CPython that `python3` (or `$PYO3_PYTHON`) runs: checks it is 3.11 with a
// shared libpython, then bakes an rpath to its LIBDIR into every binary of the crate. Without the
// rpath the dynamic loader would find Debian's libpython3.11.so.1.0 first, a different 3.11 build.

fn link_oracle() {
    let python = std::env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3".to_string());
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    println!("cargo:rerun-if-env-changed=PATH");
    let script = "import sys, sysconfig\n\
                  print(sys.version_info[0], sys.version_info[1])\n\
                  print(sysconfig.get_config_var('Py_ENABLE_SHARED') or 0)\n\
                  print(sysconfig.get_config_var('LIBDIR') or '')\n\
                  print(sysconfig.get_config_var('LDLIBRARY') or '')\n\
                  print(sys.version.replace('\\n', ' '))\n";
    let fail = |why: &str| -> ! {
        panic!(
            "krait needs CPython 3.11 built as a shared library (libpython3.11.so) as `{python}` on the PATH \
             ({why}); install one, for instance with pyenv and PYTHON_CONFIGURE_OPTS=--enable-shared, and rebuild"
        )
    };
    let out = match std::process::Command::new(&python).arg("-c").arg(script).output() {
        Ok(out) if out.status.success() => out,
        _ => fail("it could not be run"),
    };
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() < 5 {
        fail("it did not describe itself");
    }
    if lines[0] != "3 11" {
        fail(&format!("it is version {}", lines[0].replace(' ', ".")));
    }
    if lines[1] != "1" {
        fail("it was built without --enable-shared");
    }
    let libdir = lines[2];
    let lib = std::path::Path::new(libdir).join(lines[3]);
    if !lib.exists() {
        fail(&format!("{} does not exist", lib.display()));
    }
    println!("cargo:rustc-link-arg=-Wl,-rpath,{libdir}");
    println!("cargo:rustc-env=KRAIT_ORACLE_LIBDIR={libdir}");
    println!("cargo:rustc-env=KRAIT_ORACLE_VERSION={}", lines[4]);
}
