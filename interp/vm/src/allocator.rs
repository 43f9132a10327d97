//! The process's memory allocator: mimalloc, for every program that links the VM.
//!
//! Python code allocates and frees small objects (floats, frames' dicts, bound methods, tuples)
//! at a very high rate; CPython serves them from its own small-object allocator (`obmalloc.c`)
//! rather than the C library's `malloc`. glibc's `malloc` spends a large share of a run
//! consolidating and unlinking chunks under that load (measured: 20% of `float`'s time), so the
//! VM uses a thread-caching small-object allocator as CPython does.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
