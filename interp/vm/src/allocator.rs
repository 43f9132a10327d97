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

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc,
    mi_zalloc_aligned,
};
use std::alloc::{GlobalAlloc, Layout};
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

#[allow(unsafe_code)]
// SAFETY: each method forwards to the mimalloc function with the same contract as the
// `GlobalAlloc` method (a block of at least `size` bytes aligned to `align`, or null); the
// plain functions are used only when `align <= PLAIN_ALIGN`, which every mimalloc block
// satisfies, and every block is freed or resized by mimalloc, which owns it.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
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
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
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
