//! Assembler tests.
