//! The `_random` module (`Modules/_randommodule.c`): `Random`, the Mersenne Twister (MT19937)
//! seeded exactly as CPython seeds it (an int's absolute value as 32-bit words through
//! `init_by_array`, other objects by their hash), so `random.py` built on it draws CPython's
//! numbers: `random()`, `getrandbits(k)`, `getstate()`/`setstate()` and `seed()`.

use std::cell::RefCell;

use num_bigint::{BigInt, BigUint, Sign};

use crate::object::native::Args;
use crate::object::payload::NativeData;
use crate::object::slots::{Slot, Slots};
use crate::object::typeobj::{BASETYPE, Layout};
use crate::object::{ObjRef, Payload, PyResult};
use crate::runtime::Vm;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the next word's index.
struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    /// `init_genrand`: fills the state from one word.
    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// `init_by_array`: the seeding CPython uses for every seed.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key.get(j).copied().unwrap_or(0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    /// `genrand_uint32`: the next tempered word, regenerating the block when it is used up.
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for k in 0..N {
                let y = (self.state[k] & UPPER_MASK) | (self.state[(k + 1) % N] & LOWER_MASK);
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ mag(y);
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

struct RandomState(RefCell<Mt>);

impl NativeData for RandomState {
    fn traverse(&self, _f: &mut dyn FnMut(&ObjRef)) {}

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn mt<'a>(vm: &Vm, o: &'a ObjRef) -> PyResult<&'a RefCell<Mt>> {
    match &o.payload {
        Payload::Native(n) => n
            .as_any()
            .downcast_ref::<RandomState>()
            .map(|r| &r.0)
            .ok_or_else(|| vm.internal("_random.Random")),
        _ => Err(vm.internal("_random.Random")),
    }
}

/// A seed from the clock and the process when none is given (CPython reads the OS's entropy).
fn entropy_key() -> Vec<u32> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut key: Vec<u32> = (0..4).map(|i| (now >> (32 * i)) as u32).collect();
    key.push(std::process::id());
    let probe = Box::new(0u8);
    key.push((&*probe as *const u8 as usize) as u32);
    key
}

/// `random_seed`: None from entropy; an int by its absolute value; anything else by its hash
/// read as an unsigned word.
fn seed_with(vm: &Vm, m: &RefCell<Mt>, arg: Option<&ObjRef>) -> PyResult<()> {
    let key = match arg.filter(|a| !vm.is_none(a)) {
        None => entropy_key(),
        Some(a) => {
            let n: BigUint = match a.as_int() {
                Some(i) => i.to_bigint().magnitude().clone(),
                None => BigUint::from(vm.hash(a)? as u64),
            };
            let words = n.to_u32_digits();
            if words.is_empty() { vec![0] } else { words }
        }
    };
    m.borrow_mut().init_by_array(&key);
    Ok(())
}

/// A new generator is all zeros (as `PyType_GenericAlloc` leaves it) until `__init__` seeds
/// it: a subclass whose `__init__` skips the base's draws zeros.
fn random_new(vm: &Vm, cls: &ObjRef, _args: Args<'_>) -> PyResult {
    let st = Mt {
        state: [0; N],
        index: 0,
    };
    Ok(vm.alloc_instance(
        cls,
        Payload::Native(Box::new(RandomState(RefCell::new(st)))),
    ))
}

/// `Random.__init__(seed=None, /)` (`random_init`).
fn random_init(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    // Keywords are refused unless a subclass's own `__init__` takes them.
    let own_init = matches!(o.slot(|s| s.init), Slot::Native(f)
        if std::ptr::fn_addr_eq(f, random_init as crate::object::slots::CallFn));
    if own_init && args.has_kw() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(vm, mt(vm, o)?, pos.first())?;
    Ok(vm.none.clone())
}

fn m_seed(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.range(vm, "seed", 0, 1)?;
    seed_with(vm, mt(vm, o)?, a.first())?;
    Ok(vm.none.clone())
}

fn m_random(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "random", 0)?;
    let x = mt(vm, o)?.borrow_mut().random();
    Ok(vm.new_float(x))
}

/// `getrandbits(k)`: whole words from least to most significant, the last one shifted down to
/// the bits still wanted.
fn m_getrandbits(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "getrandbits", 1)?;
    let k = vm.index_isize(&a[0])?;
    // The count is a C `int` in CPython's signature.
    if i32::try_from(k).is_err() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(vm.new_int(0));
    }
    let mut m = mt(vm, o)?.borrow_mut();
    if k <= 32 {
        return Ok(vm.new_int((m.next_u32() >> (32 - k)) as i64));
    }
    let mut left = k as usize;
    let mut words = Vec::with_capacity(left.div_ceil(32));
    while left > 0 {
        let mut r = m.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left = left.saturating_sub(32);
    }
    drop(m);
    let n = BigInt::from_biguint(Sign::Plus, BigUint::from_slice(&words));
    Ok(vm.new_bigint(n))
}

fn m_getstate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    args.exact(vm, "getstate", 0)?;
    let m = mt(vm, o)?.borrow();
    let mut items: Vec<ObjRef> = m.state.iter().map(|&w| vm.new_int(w as i64)).collect();
    items.push(vm.new_int(m.index as i64));
    drop(m);
    Ok(vm.new_tuple(items))
}

fn m_setstate(vm: &Vm, o: &ObjRef, args: Args<'_>) -> PyResult {
    let a = args.exact(vm, "setstate", 1)?;
    let Some(items) = a[0].as_tuple() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, item) in words.iter_mut().zip(items) {
        let v = vm.index(item)?;
        // `PyLong_AsUnsignedLong`, kept to 32 bits as the C state keeps it.
        let Some(u) = v.to_u64().filter(|_| !v.is_negative()) else {
            return Err(vm.overflow_error(if v.is_negative() {
                "can't convert negative value to unsigned int"
            } else {
                "Python int too large to convert to C unsigned long"
            }));
        };
        *w = u as u32;
    }
    let index = vm.index_isize(&items[N])?;
    if index < 0 || index > N as isize {
        return Err(vm.value_error("invalid state"));
    }
    let mut m = mt(vm, o)?.borrow_mut();
    m.state = words;
    m.index = index as usize;
    Ok(vm.none.clone())
}

fn make_type(vm: &Vm) -> ObjRef {
    let t = crate::types::new_static_type(
        &vm.types.type_,
        "_random.Random",
        &vm.types.object,
        Layout::Opaque,
        BASETYPE,
    );
    let s = Slots {
        new: Slot::Native(random_new),
        init: Slot::Native(random_init),
        ..Slots::default()
    };
    vm.add_methods(
        &t,
        &[
            ("seed", m_seed),
            ("random", m_random),
            ("getrandbits", m_getrandbits),
            ("getstate", m_getstate),
            ("setstate", m_setstate),
        ],
    );
    vm.type_dict_set(
        &t,
        vm.intern("__doc__"),
        vm.new_str("Random() -> create a random number generator with its own internal state."),
    );
    crate::object::slot_resolve::install_static(vm, &t, s);
    crate::object::slot_resolve::inherit_static(&t);
    t
}

/// Creates the `_random` module; its type is made once per interpreter.
pub fn module(vm: &Vm) -> ObjRef {
    let m = vm.new_module("_random");
    let Some(d) = m.dict() else { return m };
    let t = vm.native_type("_random.Random", || make_type(vm));
    vm.dict_set_str(&d, "Random", t);
    m
}
