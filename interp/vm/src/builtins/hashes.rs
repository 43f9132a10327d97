//! The hash modules `hashlib` falls back to without OpenSSL: `_md5`, `_sha1`, `_sha256`
//! (`sha224`, `sha256`), `_sha3` (`sha3_*`, `shake_*`) and `_blake2` (`blake2b`, `blake2s`),
//! as `Modules/md5module.c`, `sha1module.c`, `sha256module.c`, `_sha3/sha3module.c` and
//! `_blake2/` define them. One hash object type serves them all; the digests come from the
//! RustCrypto crates, BLAKE2 (whose parameter block the crates do not expose) from
//! `blake2.rs`.

use std::cell::RefCell;

use sha2::Digest;
use sha3::digest::{ExtendableOutput, Update, XofReader};

use super::blake2::Blake2;
use crate::object::native::{Args, NativeFn};
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// A running hash of one of the algorithms.
#[derive(Clone)]
pub(crate) enum Algo {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2<u64>),
    Blake2s(Blake2<u32>),
}

/// Name, type's qualified name, digest size and block size of each algorithm.
fn info(a: &Algo) -> (&'static str, &'static str, usize, usize) {
    match a {
        Algo::Md5(_) => ("md5", "_md5.md5", 16, 64),
        Algo::Sha1(_) => ("sha1", "_sha1.sha1", 20, 64),
        Algo::Sha224(_) => ("sha224", "_sha256.sha224", 28, 64),
        Algo::Sha256(_) => ("sha256", "_sha256.sha256", 32, 64),
        Algo::Sha3_224(_) => ("sha3_224", "_sha3.sha3_224", 28, 144),
        Algo::Sha3_256(_) => ("sha3_256", "_sha3.sha3_256", 32, 136),
        Algo::Sha3_384(_) => ("sha3_384", "_sha3.sha3_384", 48, 104),
        Algo::Sha3_512(_) => ("sha3_512", "_sha3.sha3_512", 64, 72),
        Algo::Shake128(_) => ("shake_128", "_sha3.shake_128", 0, 168),
        Algo::Shake256(_) => ("shake_256", "_sha3.shake_256", 0, 136),
        Algo::Blake2b(b) => ("blake2b", "_blake2.blake2b", b.digest_size(), 128),
        Algo::Blake2s(b) => ("blake2s", "_blake2.blake2s", b.digest_size(), 64),
    }
}

impl Algo {
    fn update(&mut self, data: &[u8]) {
        match self {
            Algo::Md5(h) => Digest::update(h, data),
            Algo::Sha1(h) => Digest::update(h, data),
            Algo::Sha224(h) => Digest::update(h, data),
            Algo::Sha256(h) => Digest::update(h, data),
            Algo::Sha3_224(h) => Digest::update(h, data),
            Algo::Sha3_256(h) => Digest::update(h, data),
            Algo::Sha3_384(h) => Digest::update(h, data),
            Algo::Sha3_512(h) => Digest::update(h, data),
            Algo::Shake128(h) => Update::update(h, data),
            Algo::Shake256(h) => Update::update(h, data),
            Algo::Blake2b(h) => h.update(data),
            Algo::Blake2s(h) => h.update(data),
        }
    }

    /// The digest so far (`len` bytes of output for the SHAKEs), leaving the state usable.
    fn digest(&self, len: usize) -> Vec<u8> {
        let s = self.clone();
        match s {
            Algo::Md5(h) => h.finalize().to_vec(),
            Algo::Sha1(h) => h.finalize().to_vec(),
            Algo::Sha224(h) => h.finalize().to_vec(),
            Algo::Sha256(h) => h.finalize().to_vec(),
            Algo::Sha3_224(h) => h.finalize().to_vec(),
            Algo::Sha3_256(h) => h.finalize().to_vec(),
            Algo::Sha3_384(h) => h.finalize().to_vec(),
            Algo::Sha3_512(h) => h.finalize().to_vec(),
            Algo::Shake128(h) => {
                let mut out = vec![0; len];
                h.finalize_xof().read(&mut out);
                out
            }
            Algo::Shake256(h) => {
                let mut out = vec![0; len];
                h.finalize_xof().read(&mut out);
                out
            }
            Algo::Blake2b(h) => h.finalize(),
            Algo::Blake2s(h) => h.finalize(),
        }
    }

    fn is_shake(&self) -> bool {
        matches!(self, Algo::Shake128(_) | Algo::Shake256(_))
    }
}

struct HashState(RefCell<Algo>);

impl NativeData for HashState {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn state<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a RefCell<Algo>> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<HashState>()
            .map(|s| &s.0)
            .ok_or_else(|| vm.type_error("descriptor requires a hash object")),
        _ => Err(vm.type_error("descriptor requires a hash object")),
    }
}

/// The bytes of a hashed argument, with the messages of hashlib.h's GET_BUFFER_VIEW_OR_ERROUT.
pub(crate) fn data_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    if o.as_str().is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    crate::types::bytes::buffer(o)
        .ok_or_else(|| vm.type_error("object supporting the buffer API required"))
}

/// The type of hash objects of `qualname`'s algorithm, made once per interpreter.
fn type_for(vm: &Vm, qualname: &'static str) -> ObjRef {
    vm.native_type(qualname, || make_type(vm, qualname))
}

/// Wraps a hash state in an object of its algorithm's type.
pub(crate) fn new_hash_of(vm: &Vm, cls: Option<&ObjRef>, a: Algo) -> ObjRef {
    let t = match cls {
        Some(c) => c.clone(),
        None => type_for(vm, info(&a).1),
    };
    Obj::new(t, Payload::Native(Box::new(HashState(RefCell::new(a)))))
}

fn m_update(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "update", 1)?;
    let data = data_arg(vm, &a[0])?;
    state(vm, o)?.borrow_mut().update(&data);
    Ok(vm.none.clone())
}

/// The output length a SHAKE's `digest`/`hexdigest` asks for (`length`, required).
fn shake_length(vm: &Vm, args: Args<'_>, name: &str) -> PyResult<usize> {
    let [len] = args.bind(vm, name, ["length"], 0, 1, 1)?;
    let n = vm.index(len.as_ref().unwrap_or(&vm.none))?.to_bigint();
    if n.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error("value must be positive"));
    }
    match u64::try_from(&n) {
        Ok(v) if v < (1 << 29) => Ok(v as usize),
        Ok(_) => Err(vm.value_error("length is too large")),
        Err(_) => Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
    }
}

fn digest_bytes(vm: &Vm, o: &ObjRef, args: Args<'_>, name: &str) -> PyResult<Vec<u8>> {
    let st = state(vm, o)?;
    let len = if st.borrow().is_shake() {
        shake_length(vm, args, name)?
    } else {
        args.exact(vm, name, 0)?;
        0
    };
    Ok(st.borrow().digest(len))
}

fn m_digest(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    Ok(vm.new_bytes(digest_bytes(vm, o, args, "digest")?))
}

fn m_hexdigest(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let d = digest_bytes(vm, o, args, "hexdigest")?;
    Ok(vm.new_str(crate::types::bytes::hex_digits(&d)))
}

fn m_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    let a = state(vm, o)?.borrow().clone();
    Ok(new_hash_of(vm, Some(&o.class()), a))
}

fn get_name(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_str(info(&state(vm, o)?.borrow()).0))
}

fn get_digest_size(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(info(&state(vm, o)?.borrow()).2 as i64))
}

fn get_block_size(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(info(&state(vm, o)?.borrow()).3 as i64))
}

fn no_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    Err(vm.type_error(format!(
        "cannot create '{}' instances",
        cls.as_type().map(|t| t.name()).unwrap_or_default()
    )))
}

fn make_type(vm: &Vm, qualname: &str) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        qualname,
        &vm.types.object,
        Layout::Opaque,
        0,
    );
    let new: crate::object::slots::NewFn = if qualname.starts_with("_blake2") {
        super::blake2::blake2_new
    } else {
        no_new
    };
    let s = Slots {
        new: Slot::Native(new),
        ..Slots::default()
    };
    vm.add_methods(
        &t,
        &[
            ("update", m_update),
            ("digest", m_digest),
            ("hexdigest", m_hexdigest),
            ("copy", m_copy),
        ],
    );
    vm.add_getset(&t, "name", get_name, None);
    vm.add_getset(&t, "digest_size", get_digest_size, None);
    vm.add_getset(&t, "block_size", get_block_size, None);
    if qualname.starts_with("_blake2") {
        let sizes = if qualname.ends_with('b') {
            [64, 64, 16, 16]
        } else {
            [32, 32, 8, 8]
        };
        for (name, v) in [
            "MAX_DIGEST_SIZE",
            "MAX_KEY_SIZE",
            "PERSON_SIZE",
            "SALT_SIZE",
        ]
        .iter()
        .zip(sizes)
        {
            vm.type_dict_set(&t, vm.intern(name), vm.new_int(v));
        }
    }
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// A constructor `name(string=b'', *, usedforsecurity=True)` starting from `fresh`.
fn construct(vm: &Vm, args: Args<'_>, name: &str, fresh: Algo) -> PyResult {
    let [data, _security] = args.bind(vm, name, ["string", "usedforsecurity"], 0, 1, 0)?;
    let mut a = fresh;
    if let Some(d) = data {
        a.update(&data_arg(vm, &d)?);
    }
    Ok(new_hash_of(vm, None, a))
}

fn md5_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "md5", Algo::Md5(md5::Md5::new()))
}

fn sha1_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha1", Algo::Sha1(sha1::Sha1::new()))
}

fn sha224_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha224", Algo::Sha224(sha2::Sha224::new()))
}

fn sha256_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha256", Algo::Sha256(sha2::Sha256::new()))
}

fn sha3_224_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha3_224", Algo::Sha3_224(sha3::Sha3_224::new()))
}

fn sha3_256_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha3_256", Algo::Sha3_256(sha3::Sha3_256::new()))
}

fn sha3_384_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha3_384", Algo::Sha3_384(sha3::Sha3_384::new()))
}

fn sha3_512_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha3_512", Algo::Sha3_512(sha3::Sha3_512::new()))
}

fn shake_128_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let fresh = Algo::Shake128(sha3::Shake128::default());
    construct(vm, args, "shake_128", fresh)
}

fn shake_256_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    let fresh = Algo::Shake256(sha3::Shake256::default());
    construct(vm, args, "shake_256", fresh)
}

/// Fills a module with constructors and exported type names.
fn fill(
    vm: &Vm,
    name: &'static str,
    fns: &[(&'static str, NativeFn)],
    types: &[(&str, &'static str)],
) -> ObjRef {
    let m = vm.new_module(name);
    let Some(d) = m.dict() else { return m };
    for &(f_name, f) in fns {
        vm.dict_set_str(&d, f_name, vm.new_module_builtin(f_name, f, name));
    }
    for &(t_name, qual) in types {
        vm.dict_set_str(&d, t_name, type_for(vm, qual));
    }
    m
}

/// Creates `_md5`.
pub fn md5_module(vm: &Vm) -> ObjRef {
    fill(vm, "_md5", &[("md5", md5_fn)], &[("MD5Type", "_md5.md5")])
}

/// Creates `_sha1`.
pub fn sha1_module(vm: &Vm) -> ObjRef {
    fill(
        vm,
        "_sha1",
        &[("sha1", sha1_fn)],
        &[("SHA1Type", "_sha1.sha1")],
    )
}

/// Creates `_sha256`.
pub fn sha256_module(vm: &Vm) -> ObjRef {
    fill(
        vm,
        "_sha256",
        &[("sha224", sha224_fn), ("sha256", sha256_fn)],
        &[
            ("SHA224Type", "_sha256.sha224"),
            ("SHA256Type", "_sha256.sha256"),
        ],
    )
}

/// Creates `_sha3`. Its hash constructors are types in CPython; here they are functions, and
/// the types are exported under no name (`hashlib` only calls them).
pub fn sha3_module(vm: &Vm) -> ObjRef {
    let m = fill(
        vm,
        "_sha3",
        &[
            ("sha3_224", sha3_224_fn),
            ("sha3_256", sha3_256_fn),
            ("sha3_384", sha3_384_fn),
            ("sha3_512", sha3_512_fn),
            ("shake_128", shake_128_fn),
            ("shake_256", shake_256_fn),
        ],
        &[],
    );
    if let Some(d) = m.dict() {
        vm.dict_set_str(&d, "implementation", vm.new_str("RustCrypto sha3"));
        vm.dict_set_str(&d, "keccakopt", vm.new_int(64));
    }
    m
}

/// Creates `_blake2`: the two hash types, constructible, and their size limits.
pub fn blake2_module(vm: &Vm) -> ObjRef {
    let m = fill(
        vm,
        "_blake2",
        &[],
        &[
            ("blake2b", "_blake2.blake2b"),
            ("blake2s", "_blake2.blake2s"),
        ],
    );
    if let Some(d) = m.dict() {
        for (prefix, sizes) in [("BLAKE2B", [64, 64, 16, 16]), ("BLAKE2S", [32, 32, 8, 8])] {
            for (what, v) in [
                "MAX_DIGEST_SIZE",
                "MAX_KEY_SIZE",
                "PERSON_SIZE",
                "SALT_SIZE",
            ]
            .iter()
            .zip(sizes)
            {
                vm.dict_set_str(&d, &format!("{prefix}_{what}"), vm.new_int(v));
            }
        }
    }
    m
}
