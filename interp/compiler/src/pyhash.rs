//! CPython 3.11's hash functions (`Python/pyhash.c`, `Objects/longobject.c`, `floatobject.c`,
//! `complexobject.c`, `tupleobject.c`) for the values a program can build, with the process's
//! hash secret chosen as `PYTHONHASHSEED` asks (see [`secret`]). Shared by the compiler (the
//! iteration order of frozenset constants) and the VM (`hash()`, dict and set layout).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use siphasher::sip::SipHasher13;
use std::hash::Hasher;

/// `_PyHASH_BITS` on a 64-bit build.
pub const HASH_BITS: u32 = 61;
/// `_PyHASH_MODULUS`: 2**61 - 1, the prime numeric hashes reduce modulo.
pub const MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `_PyHASH_INF`: `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;
/// `_PyHASH_IMAG`: the multiplier of the imaginary part of a complex hash.
pub const HASH_IMAG: i64 = 1_000_003;

/// -1 is the C API's error return, so a computed hash of -1 becomes -2 everywhere.
fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(n)` for an `int` that fits a machine word.
pub fn hash_i64(n: i64) -> i64 {
    let m = (n.unsigned_abs() % MODULUS) as i64;
    fix(if n < 0 { -m } else { m })
}

/// `hash(n)` for any `int` (`long_hash`): |n| mod 2**61-1, with n's sign.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(small) = n.to_i64() {
        return hash_i64(small);
    }
    let m = (n.magnitude() % MODULUS)
        .to_u64()
        .expect("a residue modulo 2**61-1 fits 64 bits") as i64;
    fix(if n.sign() == Sign::Minus { -m } else { m })
}

/// `_Py_HashDouble` for a finite or infinite float; NaN hashes by object identity in 3.11, so
/// the caller supplies that hash (`identity`) since only it knows the object.
pub fn hash_float(x: f64, identity: i64) -> i64 {
    if x.is_nan() {
        return identity;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    // x = m * 2**e with 0.5 <= |m| < 1; the mantissa is folded in 28-bit chunks, each step
    // multiplying by 2**28 modulo the prime (a rotation of the 61-bit value), as CPython does.
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    // Multiply by 2**e: a left rotation by e mod 61.
    let e = e.rem_euclid(HASH_BITS as i32) as u32;
    h = ((h << e) & MODULUS) | (h >> (HASH_BITS - e));
    let h = h as i64;
    fix(if x < 0.0 { -h } else { h })
}

/// `frexp` for a positive finite double: (mantissa in [0.5, 1), exponent).
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exp - 1022)
}

/// `complex_hash`: real hash plus `_PyHASH_IMAG` times the imaginary hash, in wrapping
/// arithmetic. NaN parts hash as the complex object's identity (`identity`).
pub fn hash_complex(re: f64, im: f64, identity: i64) -> i64 {
    let hr = hash_float(re, identity);
    let hi = hash_float(im, identity);
    fix(hr.wrapping_add(HASH_IMAG.wrapping_mul(hi)))
}

/// The largest `PYTHONHASHSEED` CPython accepts.
pub const MAX_HASH_SEED: u64 = 4_294_967_295;

/// A `PYTHONHASHSEED` that is neither `random` nor an integer in `[0; 4294967295]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadHashSeed;

/// What `PYTHONHASHSEED` asks for: `Some(n)` for an integer seed, None for a random secret
/// (unset, empty or `random`); an error for anything else (CPython refuses to start).
/// The text is read as `strtoul` reads it: leading white space and a `+` are allowed.
pub fn parse_hash_seed(value: Option<&str>) -> Result<Option<u32>, BadHashSeed> {
    match value {
        None | Some("") | Some("random") => Ok(None),
        Some(v) => {
            let t = v.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
            let digits = t.strip_prefix('+').unwrap_or(t);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(BadHashSeed);
            }
            match digits.parse::<u64>() {
                Ok(n) if n <= MAX_HASH_SEED => Ok(Some(n as u32)),
                _ => Err(BadHashSeed),
            }
        }
    }
}

/// The 24 bytes of `_Py_HashSecret` for an integer seed: zero for 0 (randomization off),
/// else `lcg_urandom`'s linear congruential bytes (`Python/bootstrap_hash.c`).
pub fn seeded_secret(seed: u32) -> [u8; 24] {
    let mut out = [0u8; 24];
    if seed == 0 {
        return out;
    }
    let mut x = seed;
    for b in &mut out {
        x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
        *b = ((x >> 16) & 0xff) as u8;
    }
    out
}

/// The SipHash keys of the process's hash secret (`_Py_HashSecret.siphash`), fixed at first
/// use from `PYTHONHASHSEED`: an integer seed gives CPython's secret for it, anything else a
/// random one (an invalid value is refused by the command line before any hashing).
fn secret() -> (u64, u64) {
    static SECRET: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
    *SECRET.get_or_init(|| {
        let var = std::env::var("PYTHONHASHSEED").ok();
        let bytes = match parse_hash_seed(var.as_deref()) {
            Ok(Some(seed)) => seeded_secret(seed),
            _ => random_secret(),
        };
        keys(&bytes)
    })
}

/// The SipHash keys (`k0`, `k1`) of a 24-byte secret.
fn keys(secret: &[u8; 24]) -> (u64, u64) {
    let word = |i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&secret[i..i + 8]);
        u64::from_le_bytes(w)
    };
    (word(0), word(8))
}

/// A random secret, from the operating system's randomness that seeds the standard library's
/// `RandomState`.
fn random_secret() -> [u8; 24] {
    use std::hash::BuildHasher;
    let mut out = [0u8; 24];
    for (i, chunk) in out.chunks_mut(8).enumerate() {
        let h = std::collections::hash_map::RandomState::new().hash_one(i);
        chunk.copy_from_slice(&h.to_le_bytes());
    }
    out
}

/// SipHash-1-3 keyed with the process's hash secret.
fn siphash13(data: &[u8]) -> i64 {
    let (k0, k1) = secret();
    siphash13_keyed(k0, k1, data)
}

/// `siphash13` of `pyhash.c` with the keys given (an empty input hashes to 0).
fn siphash13_keyed(k0: u64, k1: u64, data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher13::new_with_keys(k0, k1);
    hasher.write(data);
    fix(hasher.finish() as i64)
}

/// `hash(b)` for `bytes`.
pub fn hash_bytes(data: &[u8]) -> i64 {
    siphash13(data)
}

/// `hash(s)` for a `str` given by its code points. CPython hashes the string's canonical storage
/// (PEP 393): one byte per character if all are below 256, else two (UCS-2) or four (UCS-4)
/// little-endian bytes per character, so the same text hashes differently from its UTF-8.
pub fn hash_str(code_points: impl Iterator<Item = u32> + Clone) -> i64 {
    let max = code_points.clone().max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    let mut data = Vec::new();
    for cp in code_points {
        data.extend_from_slice(&cp.to_le_bytes()[..width]);
    }
    siphash13(&data)
}

/// `tuplehash`: the xxHash-based combination of the items' hashes (3.8+).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const PRIME1: u64 = 11_400_714_785_074_694_791;
    const PRIME2: u64 = 14_029_467_366_897_019_727;
    const PRIME5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(PRIME2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME1);
    }
    acc = acc.wrapping_add((item_hashes.len() as u64) ^ (PRIME5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `frozenset_hash`: a hash of the items' hashes that does not depend on their order.
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let mut hash: u64 = 0;
    for &h in item_hashes {
        hash ^= shuffle(h as u64);
    }
    // Stops the xor of items from cancelling out between sets of different sizes.
    hash ^= (item_hashes.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    let h = hash as i64;
    if h == -1 { 590_923_713 } else { h }
}

/// `hash(True)`, `hash(False)`: bools hash as the ints 1 and 0.
pub fn hash_bool(b: bool) -> i64 {
    i64::from(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::Command;

    fn python(expr: &str) -> String {
        let out = Command::new("python3")
            .args(["-c", &format!("print({expr})")])
            .env("PYTHONHASHSEED", "0")
            .output()
            .expect("python3 (the oracle) runs");
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    #[test]
    fn an_integer_seed_gives_the_oracles_secret() {
        for seed in [1u32, 42, 4_294_967_295] {
            let out = Command::new("python3")
                .args(["-c", "print(hash(b'krait'), hash(b'x' * 40))"])
                .env("PYTHONHASHSEED", seed.to_string())
                .output()
                .expect("python3 (the oracle) runs");
            let (k0, k1) = keys(&seeded_secret(seed));
            let ours = format!(
                "{} {}",
                siphash13_keyed(k0, k1, b"krait"),
                siphash13_keyed(k0, k1, &[b'x'; 40])
            );
            assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), ours);
        }
        assert_eq!(seeded_secret(0), [0; 24]);
        assert_eq!(parse_hash_seed(Some(" +17")), Ok(Some(17)));
        assert_eq!(parse_hash_seed(Some("random")), Ok(None));
        assert!(parse_hash_seed(Some("4294967296")).is_err());
        assert!(parse_hash_seed(Some("-1")).is_err());
    }

    #[test]
    fn numbers_hash_as_the_oracle_does() {
        let ints = [
            "0",
            "-1",
            "7",
            "-2**61+1",
            "2**61-1",
            "2**61",
            "-2**100-5",
            "10**40",
        ];
        let floats = [
            "0.0",
            "-0.0",
            "1.5",
            "-2.75",
            "1e300",
            "1e-310",
            "0.1",
            "float('inf')",
        ];
        let mut mine = Vec::new();
        for src in ints {
            let v: BigInt = python(src).parse().unwrap();
            mine.push(hash_bigint(&v).to_string());
        }
        for src in floats {
            let v: f64 = python(&format!("repr({src})"))
                .parse()
                .unwrap_or(f64::INFINITY);
            mine.push(hash_float(v, 0).to_string());
        }
        mine.push(hash_complex(1.5, -2.0, 0).to_string());
        let all: Vec<&str> = ints.iter().chain(&floats).copied().collect();
        let expr = format!(
            "' '.join(str(hash(v)) for v in [{}, complex(1.5, -2.0)])",
            all.join(", ")
        );
        assert_eq!(mine.join(" "), python(&expr));
    }

    #[test]
    fn strings_bytes_and_containers_hash_as_the_oracle_does() {
        let texts = ["", "a", "hello", "é", "€uro", "😀x", "\u{ff}\u{100}"];
        let mut mine: Vec<String> = texts
            .iter()
            .map(|t| hash_str(t.chars().map(u32::from)).to_string())
            .collect();
        mine.push(hash_bytes(b"abc").to_string());
        mine.push(hash_bytes(b"").to_string());
        let t = [
            hash_i64(1),
            hash_str("a".chars().map(u32::from)),
            hash_i64(-1),
        ];
        mine.push(hash_tuple(&t).to_string());
        mine.push(hash_tuple(&[]).to_string());
        mine.push(hash_frozenset(&[hash_i64(1), hash_i64(2), hash_i64(3)]).to_string());
        mine.push(hash_frozenset(&[]).to_string());
        let expr = "' '.join(str(hash(v)) for v in ['', 'a', 'hello', 'é', '€uro', '😀x', \
                    '\\xff\\u0100', b'abc', b'', (1, 'a', -1), (), frozenset({1, 2, 3}), \
                    frozenset()])";
        assert_eq!(mine.join(" "), python(expr));
    }
}
