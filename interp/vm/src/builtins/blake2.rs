//! BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block CPython's `_blake2` exposes
//! (digest size, key, salt, person, fanout, depth, leaf size, node offset and depth, inner
//! size, last node), and the `blake2b`/`blake2s` constructors. The hash objects themselves
//! are `hashes.rs`'s.

use std::ops::BitXor;

use num_bigint::Sign;

use super::hashes::{Algo, data_arg, new_hash_of};
use crate::object::native::Args;
use crate::object::{ObjRef, PyResult};
use crate::runtime::Vm;

/// What differs between the two variants: the word type and its constants.
pub(crate) trait Word: Copy + BitXor<Output = Self> + Default {
    /// Bytes in a word: 8 for BLAKE2b, 4 for BLAKE2s.
    const BYTES: usize;
    const ROUNDS: usize;
    /// The rotation distances of the G function.
    const ROT: [u32; 4];
    const IV: [Self; 8];
    fn from_le(b: &[u8]) -> Self;
    fn put_le(self, out: &mut Vec<u8>);
    fn low(v: u128) -> Self;
    fn add(self, o: Self) -> Self;
    fn rotr(self, n: u32) -> Self;
    fn not(self) -> Self;
}

impl Word for u64 {
    const BYTES: usize = 8;
    const ROUNDS: usize = 12;
    const ROT: [u32; 4] = [32, 24, 16, 63];
    const IV: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    fn from_le(b: &[u8]) -> u64 {
        b.iter().rev().fold(0, |acc, &x| (acc << 8) | u64::from(x))
    }
    fn put_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn low(v: u128) -> u64 {
        v as u64
    }
    fn add(self, o: u64) -> u64 {
        self.wrapping_add(o)
    }
    fn rotr(self, n: u32) -> u64 {
        self.rotate_right(n)
    }
    fn not(self) -> u64 {
        !self
    }
}

impl Word for u32 {
    const BYTES: usize = 4;
    const ROUNDS: usize = 10;
    const ROT: [u32; 4] = [16, 12, 8, 7];
    const IV: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    fn from_le(b: &[u8]) -> u32 {
        b.iter().rev().fold(0, |acc, &x| (acc << 8) | u32::from(x))
    }
    fn put_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn low(v: u128) -> u32 {
        v as u32
    }
    fn add(self, o: u32) -> u32 {
        self.wrapping_add(o)
    }
    fn rotr(self, n: u32) -> u32 {
        self.rotate_right(n)
    }
    fn not(self) -> u32 {
        !self
    }
}

/// The message word schedule of each round.
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// The parameters of a BLAKE2 instance (the parameter block's fields).
#[derive(Clone, Debug, Default)]
pub(crate) struct Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

/// A running BLAKE2 hash. The last block is held back until `finalize`, which must flag it.
#[derive(Clone)]
pub(crate) struct Blake2<W: Word> {
    h: [W; 8],
    buf: Vec<u8>,
    count: u128,
    digest_size: usize,
    last_node: bool,
}

impl<W: Word> Blake2<W> {
    const BLOCK: usize = 16 * W::BYTES;

    pub(crate) fn new(p: &Params) -> Blake2<W> {
        // The parameter block, as many bytes as the state: the node offset takes 8 bytes in
        // BLAKE2b but 6 in BLAKE2s, and salt and person fill the second half.
        let mut block = vec![0u8; 8 * W::BYTES];
        block[0] = p.digest_size as u8;
        block[1] = p.key.len() as u8;
        block[2] = p.fanout;
        block[3] = p.depth;
        block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
        let off_len = if W::BYTES == 8 { 8 } else { 6 };
        block[8..8 + off_len].copy_from_slice(&p.node_offset.to_le_bytes()[..off_len]);
        block[8 + off_len] = p.node_depth;
        block[9 + off_len] = p.inner_size;
        let half = 4 * W::BYTES;
        let quarter = 2 * W::BYTES;
        block[half..half + p.salt.len()].copy_from_slice(&p.salt);
        block[half + quarter..half + quarter + p.person.len()].copy_from_slice(&p.person);
        let mut h = W::IV;
        for (i, w) in h.iter_mut().enumerate() {
            *w = *w ^ W::from_le(&block[i * W::BYTES..(i + 1) * W::BYTES]);
        }
        let mut s = Blake2 {
            h,
            buf: Vec::with_capacity(Self::BLOCK),
            count: 0,
            digest_size: p.digest_size,
            last_node: p.last_node,
        };
        if !p.key.is_empty() {
            // A key is hashed as a first block of its own, zero-padded.
            let mut k = p.key.clone();
            k.resize(Self::BLOCK, 0);
            s.update(&k);
        }
        s
    }

    pub(crate) fn digest_size(&self) -> usize {
        self.digest_size
    }

    fn compress(&mut self, last: bool) {
        let m: Vec<W> = self.buf.chunks_exact(W::BYTES).map(W::from_le).collect();
        let mut v = [W::default(); 16];
        v[..8].copy_from_slice(&self.h);
        v[8..].copy_from_slice(&W::IV);
        v[12] = v[12] ^ W::low(self.count);
        v[13] = v[13] ^ W::low(self.count >> (8 * W::BYTES));
        if last {
            v[14] = v[14].not();
            if self.last_node {
                v[15] = v[15].not();
            }
        }
        let [r1, r2, r3, r4] = W::ROT;
        let mut g = |a: usize, b: usize, c: usize, d: usize, x: W, y: W| {
            v[a] = v[a].add(v[b]).add(x);
            v[d] = (v[d] ^ v[a]).rotr(r1);
            v[c] = v[c].add(v[d]);
            v[b] = (v[b] ^ v[c]).rotr(r2);
            v[a] = v[a].add(v[b]).add(y);
            v[d] = (v[d] ^ v[a]).rotr(r3);
            v[c] = v[c].add(v[d]);
            v[b] = (v[b] ^ v[c]).rotr(r4);
        };
        for r in 0..W::ROUNDS {
            let s = &SIGMA[r % 10];
            g(0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for i in 0..8 {
            self.h[i] = self.h[i] ^ v[i] ^ v[i + 8];
        }
    }

    pub(crate) fn update(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            if self.buf.len() == Self::BLOCK {
                self.count += Self::BLOCK as u128;
                self.compress(false);
                self.buf.clear();
            }
            let take = (Self::BLOCK - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
        }
    }

    pub(crate) fn finalize(mut self) -> Vec<u8> {
        self.count += self.buf.len() as u128;
        self.buf.resize(Self::BLOCK, 0);
        self.compress(true);
        let mut out = Vec::with_capacity(8 * W::BYTES);
        for w in self.h {
            w.put_le(&mut out);
        }
        out.truncate(self.digest_size);
        out
    }
}

/// An optional integer keyword, with CPython's messages for its converter.
fn small_int(vm: &Vm, o: &Option<ObjRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(v) => vm
            .index(v)?
            .as_i64()
            .filter(|x| i32::try_from(*x).is_ok())
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// An unsigned keyword (`unsigned long`/`unsigned long long` converters).
fn unsigned(vm: &Vm, o: &Option<ObjRef>) -> PyResult<u64> {
    let Some(v) = o else { return Ok(0) };
    let n = vm.index(v)?.to_bigint();
    if n.sign() == Sign::Minus {
        return Err(vm.value_error("value must be positive"));
    }
    u64::try_from(&n).map_err(|_| vm.overflow_error("int too big to convert"))
}

fn buffer_kw(vm: &Vm, o: &Option<ObjRef>) -> PyResult<Vec<u8>> {
    match o {
        None => Ok(Vec::new()),
        Some(v) => super::binascii::bytes_arg(vm, v),
    }
}

/// Reads and checks the constructor's parameters in py_blake2b_new_impl's order, for the
/// variant whose largest digest is `max` bytes (64 for BLAKE2b, 32 for BLAKE2s).
fn params(vm: &Vm, a: &[Option<ObjRef>; 13], max: usize) -> PyResult<Params> {
    let [
        _,
        ds,
        key,
        salt,
        person,
        fanout,
        depth,
        leaf,
        off,
        ndepth,
        inner,
        last,
        _,
    ] = a;
    let leaf_size = unsigned(vm, leaf)?;
    let node_offset = unsigned(vm, off)?;
    let digest_size = small_int(vm, ds, max as i64)?;
    if !(1..=max as i64).contains(&digest_size) {
        return Err(vm.value_error(format!("digest_size must be between 1 and {max} bytes")));
    }
    let (key, salt, person) = (
        buffer_kw(vm, key)?,
        buffer_kw(vm, salt)?,
        buffer_kw(vm, person)?,
    );
    let side = max / 4;
    if salt.len() > side {
        return Err(vm.value_error(format!("maximum salt length is {side} bytes")));
    }
    if person.len() > side {
        return Err(vm.value_error(format!("maximum person length is {side} bytes")));
    }
    let fanout = small_int(vm, fanout, 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(vm.value_error("fanout must be between 0 and 255"));
    }
    let depth = small_int(vm, depth, 1)?;
    if !(1..=255).contains(&depth) {
        return Err(vm.value_error("depth must be between 1 and 255"));
    }
    let leaf_size =
        u32::try_from(leaf_size).map_err(|_| vm.overflow_error("leaf_size is too large"))?;
    if max == 32 && node_offset >= 1 << 48 {
        return Err(vm.overflow_error("node_offset is too large"));
    }
    let node_depth = small_int(vm, ndepth, 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(vm.value_error("node_depth must be between 0 and 255"));
    }
    let inner_size = small_int(vm, inner, 0)?;
    if !(0..=max as i64).contains(&inner_size) {
        return Err(vm.value_error(format!("inner_size must be between 0 and is {max}")));
    }
    if key.len() > max {
        return Err(vm.value_error(format!("maximum key length is {max} bytes")));
    }
    let last_node = match last {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(Params {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size,
        node_offset,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        last_node,
    })
}

/// `blake2b.__new__`/`blake2s.__new__`: `(data=b'', /, *, digest_size, key, salt, person,
/// fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node,
/// usedforsecurity)`.
pub(crate) fn blake2_new(vm: &Vm, cls: &ObjRef, args: Args<'_>) -> PyResult {
    let is_b = vm
        .find_native_type("_blake2.blake2b")
        .is_some_and(|b| crate::object::typeobj::is_subtype(cls, &b));
    let name = if is_b { "blake2b" } else { "blake2s" };
    let a = args.bind(
        vm,
        name,
        [
            "data",
            "digest_size",
            "key",
            "salt",
            "person",
            "fanout",
            "depth",
            "leaf_size",
            "node_offset",
            "node_depth",
            "inner_size",
            "last_node",
            "usedforsecurity",
        ],
        1,
        1,
        0,
    )?;
    let p = params(vm, &a, if is_b { 64 } else { 32 })?;
    let mut algo = if is_b {
        Algo::Blake2b(Blake2::new(&p))
    } else {
        Algo::Blake2s(Blake2::new(&p))
    };
    if let Some(d) = &a[0] {
        let data = data_arg(vm, d)?;
        match &mut algo {
            Algo::Blake2b(h) => h.update(&data),
            Algo::Blake2s(h) => h.update(&data),
            _ => {}
        }
    }
    Ok(new_hash_of(vm, Some(cls), algo))
}
