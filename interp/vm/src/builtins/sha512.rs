//! The `_sha512` module (`Modules/sha512module.c`): `sha512` and `sha384` hash objects
//! (`update`, `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`). `random.py`
//! hashes str and bytes seeds with it, and `hashlib` falls back to it.
//!
//! The round constants and initial values are computed once from their definition (the
//! fractional bits of the cube and square roots of the first primes, FIPS 180-4).

use std::cell::RefCell;
use std::sync::OnceLock;

use num_bigint::BigUint;

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::Layout;
use crate::object::{Obj, ObjRef, Payload, PyResult};
use crate::runtime::Vm;

/// The first `n` primes.
fn primes(n: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(n);
    let mut c = 2u64;
    while out.len() < n {
        if out
            .iter()
            .take_while(|&&p| p * p <= c)
            .all(|&p| !c.is_multiple_of(p))
        {
            out.push(c);
        }
        c += 1;
    }
    out
}

/// The 64 bits after the binary point of `p`'s `root`-th root.
fn root_fraction(p: u64, root: u32) -> u64 {
    let scaled = BigUint::from(p) << (64 * root as usize);
    let r = if root == 2 {
        scaled.sqrt()
    } else {
        scaled.cbrt()
    };
    r.iter_u64_digits().next().unwrap_or(0)
}

struct Tables {
    k: [u64; 80],
    h512: [u64; 8],
    h384: [u64; 8],
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let ps = primes(80);
        let mut k = [0u64; 80];
        for (slot, &p) in k.iter_mut().zip(&ps) {
            *slot = root_fraction(p, 3);
        }
        let mut h512 = [0u64; 8];
        for (slot, &p) in h512.iter_mut().zip(&ps) {
            *slot = root_fraction(p, 2);
        }
        // SHA-384 starts from the 9th to 16th primes' square roots.
        let mut h384 = [0u64; 8];
        for (slot, &p) in h384.iter_mut().zip(&ps[8..16]) {
            *slot = root_fraction(p, 2);
        }
        Tables { k, h512, h384 }
    })
}

/// A running hash: the chaining state, the unprocessed tail and the length so far.
#[derive(Clone)]
struct Sha {
    h: [u64; 8],
    buf: Vec<u8>,
    len: u128,
    digest_size: usize,
}

impl Sha {
    fn new(digest_size: usize) -> Sha {
        let t = tables();
        Sha {
            h: if digest_size == 64 { t.h512 } else { t.h384 },
            buf: Vec::new(),
            len: 0,
            digest_size,
        }
    }

    fn block(&mut self, block: &[u8]) {
        let k = &tables().k;
        let mut w = [0u64; 80];
        for (i, chunk) in block.chunks_exact(8).enumerate() {
            let mut b = [0u8; 8];
            b.copy_from_slice(chunk);
            w[i] = u64::from_be_bytes(b);
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = self.h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(k[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (s, v) in self.h.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *s = s.wrapping_add(v);
        }
    }

    fn update(&mut self, data: &[u8]) {
        self.len += data.len() as u128;
        self.buf.extend_from_slice(data);
        let full = self.buf.len() / 128 * 128;
        let tail = self.buf.split_off(full);
        let blocks = std::mem::replace(&mut self.buf, tail);
        for b in blocks.chunks_exact(128) {
            self.block(b);
        }
    }

    fn digest(&self) -> Vec<u8> {
        let mut s = self.clone();
        let bits = s.len.wrapping_mul(8);
        let mut pad = vec![0x80u8];
        while (s.buf.len() + pad.len()) % 128 != 112 {
            pad.push(0);
        }
        pad.extend_from_slice(&bits.to_be_bytes());
        let len = s.len;
        s.update(&pad);
        s.len = len;
        s.h.iter()
            .flat_map(|w| w.to_be_bytes())
            .take(self.digest_size)
            .collect()
    }
}

struct ShaState(RefCell<Sha>);

impl NativeData for ShaState {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn sha<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a RefCell<Sha>> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<ShaState>()
            .map(|s| &s.0)
            .ok_or_else(|| vm.internal("sha512")),
        _ => Err(vm.internal("sha512")),
    }
}

/// The bytes of a hashed argument: strings are refused as CPython refuses them.
fn data_arg(vm: &Vm, o: &ObjRef) -> PyResult<Vec<u8>> {
    if o.as_str().is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    crate::types::bytes::buffer(o).ok_or_else(|| {
        vm.type_error(format!(
            "object supporting the buffer API required, not '{}'",
            vm.type_name(o)
        ))
    })
}

fn type_for(vm: &Vm, size: usize) -> ObjRef {
    if size == 64 {
        vm.native_type("_sha512.sha512", || make_type(vm, "_sha512.sha512"))
    } else {
        vm.native_type("_sha512.sha384", || make_type(vm, "_sha512.sha384"))
    }
}

fn new_hash(vm: &Vm, s: Sha) -> ObjRef {
    let t = type_for(vm, s.digest_size);
    Obj::new(t, Payload::Native(Box::new(ShaState(RefCell::new(s)))))
}

fn construct(vm: &Vm, args: Args<'_>, name: &str, size: usize) -> PyResult {
    let [data, _security] = args.bind(vm, name, ["string", "usedforsecurity"], 0, 1, 0)?;
    let mut s = Sha::new(size);
    if let Some(d) = data {
        s.update(&data_arg(vm, &d)?);
    }
    Ok(new_hash(vm, s))
}

fn sha512_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha512", 64)
}

fn sha384_fn(vm: &Vm, args: Args<'_>) -> PyResult {
    construct(vm, args, "sha384", 48)
}

fn m_update(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "update", 1)?;
    let data = data_arg(vm, &a[0])?;
    sha(vm, o)?.borrow_mut().update(&data);
    Ok(vm.none.clone())
}

fn m_digest(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "digest", 0)?;
    Ok(vm.new_bytes(sha(vm, o)?.borrow().digest()))
}

fn m_hexdigest(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "hexdigest", 0)?;
    let digest = sha(vm, o)?.borrow().digest();
    Ok(vm.new_str(crate::types::bytes::hex_digits(&digest)))
}

fn m_copy(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "copy", 0)?;
    let s = sha(vm, o)?.borrow().clone();
    Ok(new_hash(vm, s))
}

fn get_name(vm: &Vm, o: &ObjRef) -> PyResult {
    let size = sha(vm, o)?.borrow().digest_size;
    Ok(vm.new_str(if size == 64 { "sha512" } else { "sha384" }))
}

fn get_digest_size(vm: &Vm, o: &ObjRef) -> PyResult {
    Ok(vm.new_int(sha(vm, o)?.borrow().digest_size as i64))
}

fn get_block_size(vm: &Vm, _o: &ObjRef) -> PyResult {
    Ok(vm.new_int(128))
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
    let s = Slots {
        new: Slot::Native(no_new),
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
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// Creates the `_sha512` module.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_sha512");
    let Some(d) = m.dict() else { return m };
    vm.dict_set_str(
        &d,
        "sha512",
        vm.new_module_builtin("sha512", sha512_fn, "_sha512"),
    );
    vm.dict_set_str(
        &d,
        "sha384",
        vm.new_module_builtin("sha384", sha384_fn, "_sha512"),
    );
    vm.dict_set_str(&d, "SHA512Type", type_for(vm, 64));
    vm.dict_set_str(&d, "SHA384Type", type_for(vm, 48));
    m
}
