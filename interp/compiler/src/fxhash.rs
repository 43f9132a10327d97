//! The compiler's own hash tables (names, constants, node addresses) hash with `rustc-hash`'s
//! Fx hasher. The standard SipHash resists hash flooding, which matters for maps filled with
//! untrusted keys at run time but not for the short-lived tables of one compilation, where it
//! was a measurable share of compile time. No output depends on these tables' iteration order.

/// A map with the Fx hasher.
pub(crate) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A set with the Fx hasher.
pub(crate) type FastSet<T> = rustc_hash::FxHashSet<T>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_find_what_they_hold() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for i in 0..1000 {
            m.insert(format!("name{i}"), i);
        }
        assert!((0..1000).all(|i| m.get(&format!("name{i}")) == Some(&i)));
        assert_eq!(m.get("name1000"), None);
    }
}
