//! The process's memory allocator: mimalloc, for every program that links the VM.
//!
//! Python code allocates and frees small objects (floats, frames' dicts, bound methods, tuples)
//! at a very high rate; CPython serves them from its own small-object allocator (`obmalloc.c`)
//! rather than the C library's `malloc`. glibc's `malloc` spends a large share of a run
//! consolidating and unlinking chunks under that load (measured: 20% of `float`'s time), so the
//! VM uses a thread-caching small-object allocator as CPython does.
//!
//! The `mimalloc` crate's allocator asks for every block through `mi_malloc_aligned`, whose
//! alignment checks come before mimalloc's small-block fast path; nearly every Rust allocation
//! needs no more than the 8-byte alignment every mimalloc block has, and those go to
//! `mi_malloc` directly (measured: the aligned entry was a tenth of `nbody`'s instructions).
//!
//! In front of mimalloc, each thread keeps its most recently freed small blocks, a short
//! last-in-first-out list per size class, and hands them out first (see [`Recent`]).

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};
use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::ffi::c_void;

/// The alignment every block `mi_malloc` returns has, whatever its size (mimalloc's
/// `MI_INTPTR_SIZE` on 64-bit targets; blocks of 16 bytes or more are 16-aligned).
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

/// mimalloc, entered through its plain functions when the layout's alignment allows.
struct Mimalloc;

/// Requests below this size are never refused (checking costs one comparison).
const HUGE: usize = 1 << 30;

/// The largest block handed out, once known (0: not computed yet).
static LIMIT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Whether a request of `size` bytes is refused: one larger than the machine's RAM and swap
/// together. Linux's heuristic overcommit refuses such a request when `malloc` maps it, so
/// CPython's `bytearray(10**11)` fails at once with `MemoryError`; mimalloc reserves address
/// space without committing it, which would hand out the block and leave the program to page
/// itself to death filling it. Refused, the request fails as it does under CPython.
#[inline]
fn refused(size: usize) -> bool {
    size >= HUGE && size > limit()
}

/// `MemoryError` when a block of `size` bytes would be refused: what a builtin asks before it
/// makes an object whose size the program chose (`bytearray(n)`, `s * n`, a format width), so
/// that the program gets the error CPython's failed `malloc` gives, not an abort.
pub fn check_size(vm: &crate::Vm, size: usize) -> crate::PyResult<()> {
    if refused(size) {
        return Err(vm.error_noargs(&vm.exc.memory_error));
    }
    Ok(())
}

/// [`check_size`] for `count` items of `item` bytes each.
pub fn check_items(vm: &crate::Vm, count: usize, item: usize) -> crate::PyResult<()> {
    check_size(vm, count.saturating_mul(item))
}

#[cold]
fn limit() -> usize {
    use std::sync::atomic::Ordering;
    let known = LIMIT.load(Ordering::Relaxed);
    if known != 0 {
        return known;
    }
    // SAFETY: `sysinfo` fills the zeroed record it is given and reads nothing else.
    #[allow(unsafe_code)]
    let total = unsafe {
        let mut info: libc::sysinfo = std::mem::zeroed();
        if libc::sysinfo(&mut info) == 0 {
            let unit = u128::from(info.mem_unit.max(1));
            (u128::from(info.totalram) + u128::from(info.totalswap)) * unit
        } else {
            u128::MAX
        }
    };
    let total = usize::try_from(total).unwrap_or(usize::MAX).max(HUGE);
    LIMIT.store(total, Ordering::Relaxed);
    total
}

/// Blocks of up to this many bytes are kept by [`Recent`], in classes of 8 bytes.
const RECENT_MAX: usize = 128;
/// The size classes [`Recent`] keeps: class `i` serves sizes `8 * i + 1 ..= 8 * (i + 1)`.
const RECENT_CLASSES: usize = RECENT_MAX / 8;
/// How many freed blocks each class keeps.
const RECENT_DEPTH: u32 = 64;

/// A thread's most recently freed small blocks, per size class, each list linked through the
/// blocks' first word. An object freed a moment ago still sits in the cache, so the next object
/// of its size is made in warm memory. mimalloc alone hands out blocks in its pages' free-list
/// order, where a block freed long ago (or never touched) comes before the one just freed:
/// measured with `perf`, the first read of each new block was then a cache miss costing
/// most of `malloc`'s time on `nqueens` and `float`. CPython gets the same warmth from
/// `obmalloc`'s last-in-first-out pools and its per-type free lists.
struct Recent {
    heads: [Cell<*mut u8>; RECENT_CLASSES],
    counts: [Cell<u32>; RECENT_CLASSES],
}

thread_local! {
    static RECENT: Recent = const {
        Recent {
            heads: [const { Cell::new(std::ptr::null_mut()) }; RECENT_CLASSES],
            counts: [const { Cell::new(0) }; RECENT_CLASSES],
        }
    };
}

/// The [`Recent`] class of a request, if it is kept there.
#[inline]
fn recent_class(layout: Layout) -> Option<usize> {
    let class = layout.size().wrapping_sub(1) / 8;
    (class < RECENT_CLASSES && layout.align() <= PLAIN_ALIGN).then_some(class)
}

#[allow(unsafe_code)]
impl Recent {
    /// The last block freed in `class`, taken off the list.
    #[inline]
    fn take(&self, class: usize) -> Option<*mut u8> {
        let head = self.heads[class].get();
        if head.is_null() {
            return None;
        }
        // SAFETY: a block on the list is a live mimalloc block of at least 8 bytes that nothing
        // else uses; its first word, written by `keep`, is the next block (or null).
        let next = unsafe { head.cast::<*mut u8>().read() };
        self.heads[class].set(next);
        self.counts[class].set(self.counts[class].get() - 1);
        Some(head)
    }

    /// Keeps the freed block `ptr` of `class`; false when the class is full.
    #[inline]
    fn keep(&self, class: usize, ptr: *mut u8) -> bool {
        let n = self.counts[class].get();
        if n >= RECENT_DEPTH {
            return false;
        }
        // SAFETY: `ptr` is a block of at least one word (mimalloc rounds every size up to a
        // word) that its owner has just given back, so the word is free to hold the link.
        unsafe { ptr.cast::<*mut u8>().write(self.heads[class].get()) };
        self.heads[class].set(ptr);
        self.counts[class].set(n + 1);
        true
    }
}

impl Drop for Recent {
    /// A thread's kept blocks go back to mimalloc when it ends.
    fn drop(&mut self) {
        for class in 0..RECENT_CLASSES {
            while let Some(ptr) = self.take(class) {
                #[allow(unsafe_code)]
                // SAFETY: a kept block is a mimalloc block nothing else refers to.
                unsafe {
                    mi_free(ptr.cast::<c_void>())
                };
            }
        }
    }
}

#[allow(unsafe_code)]
// SAFETY: each method forwards to the mimalloc function with the same contract as the
// `GlobalAlloc` method (a block of at least `size` bytes aligned to `align`, or null); the
// plain functions are used only when `align <= PLAIN_ALIGN`, which every mimalloc block
// satisfies, and every block is freed or resized by mimalloc, which owns it. A block kept by
// `Recent` serves only a request of its own size class, which its size (8 * (class + 1)
// bytes at least: mimalloc rounds sizes up to whole words) and alignment (a word, or more)
// satisfy.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some(class) = recent_class(layout)
            && let Ok(Some(ptr)) = RECENT.try_with(|r| r.take(class))
        {
            return ptr;
        }
        if refused(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: see the impl's comment.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi_malloc(layout.size()).cast()
            } else {
                mi_malloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if refused(layout.size()) {
            return std::ptr::null_mut();
        }
        // SAFETY: see the impl's comment.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi_zalloc(layout.size()).cast()
            } else {
                mi_zalloc_aligned(layout.size(), layout.align()).cast()
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if let Some(class) = recent_class(layout)
            && RECENT.try_with(|r| r.keep(class, ptr)) == Ok(true)
        {
            return;
        }
        // SAFETY: `ptr` came from this allocator (the caller's contract), so from mimalloc.
        unsafe { mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if refused(new_size) {
            return std::ptr::null_mut();
        }
        // SAFETY: see the impl's comment; `ptr` came from this allocator.
        unsafe {
            if layout.align() <= PLAIN_ALIGN {
                mi_realloc(ptr.cast::<c_void>(), new_size).cast()
            } else {
                mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
            }
        }
    }
}

#[global_allocator]
static GLOBAL: Mimalloc = Mimalloc;

#[cfg(test)]
mod tests {
    /// A small block just freed is the next one of its size class handed out, on this thread;
    /// a request of another class, or one needing more than a word's alignment, gets another
    /// block.
    #[test]
    fn recent_blocks_come_back_first() {
        let l24 = std::alloc::Layout::from_size_align(24, 8).expect("valid layout");
        let l20 = std::alloc::Layout::from_size_align(20, 4).expect("valid layout");
        let l40 = std::alloc::Layout::from_size_align(40, 8).expect("valid layout");
        let l24a = std::alloc::Layout::from_size_align(24, 16).expect("valid layout");
        #[allow(unsafe_code)]
        // SAFETY: non-zero-size layouts, each block freed once with the layout it was made
        // with (a block is only read through its own layout's size).
        unsafe {
            let a = std::alloc::alloc(l24);
            let keep = std::alloc::alloc(l24);
            a.write_bytes(0xAB, 24);
            std::alloc::dealloc(a, l24);
            let b = std::alloc::alloc(l20);
            assert_eq!(a, b, "the block just freed, for a size of its class");
            let c = std::alloc::alloc(l40);
            assert_ne!(c, keep);
            std::alloc::dealloc(b, l20);
            let d = std::alloc::alloc(l24a);
            assert_eq!(d as usize % 16, 0);
            assert_ne!(
                d, b,
                "a 16-aligned request is not served from the kept blocks"
            );
            let e = std::alloc::alloc(l24);
            assert_eq!(e, b);
            for (p, l) in [(c, l40), (d, l24a), (e, l24), (keep, l24)] {
                std::alloc::dealloc(p, l);
            }
        }
    }

    /// Blocks of every alignment the layouts ask for come back aligned, and survive growth.
    #[test]
    fn alignments_are_kept() {
        for align in [1usize, 2, 4, 8, 16, 32, 64, 4096] {
            let layout = std::alloc::Layout::from_size_align(24, align).expect("valid layout");
            #[allow(unsafe_code)]
            // SAFETY: a non-zero-size layout, freed with the same layout below.
            unsafe {
                let p = std::alloc::alloc(layout);
                assert!(!p.is_null());
                assert_eq!(p as usize % align, 0, "align {align}");
                let q = std::alloc::realloc(p, layout, 1000);
                assert!(!q.is_null());
                assert_eq!(q as usize % align, 0, "realloc align {align}");
                std::alloc::dealloc(q, std::alloc::Layout::from_size_align(1000, align).unwrap());
            }
        }
    }
}
