//! Unit tests of the lexer against behaviour observed in CPython 3.11.7.

use super::*;
