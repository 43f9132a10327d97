//! The matcher: runs the opcode list `re._compiler` produces over a text, with the
//! backtracking order, mark saving and repeat contexts of `sre_lib.h`'s `SRE(match)`,
//! `SRE(count)`, `SRE(charset)` and `SRE(search)`.
//!
//! Where C re-enters `SRE(match)` through its own heap stack of contexts, this recurses on the
//! Rust stack (the interpreter runs on a large one) and measures how much of it a match has
//! used, so that a pattern that would nest too deeply ends in an error rather than an overflow.

use super::chars::{self, Text};

pub const FAILURE: u32 = 0;
pub const SUCCESS: u32 = 1;
const ANY: u32 = 2;
const ANY_ALL: u32 = 3;
const ASSERT: u32 = 4;
const ASSERT_NOT: u32 = 5;
const AT: u32 = 6;
const BRANCH: u32 = 7;
const CATEGORY: u32 = 8;
const CHARSET: u32 = 9;
const BIGCHARSET: u32 = 10;
const GROUPREF: u32 = 11;
const GROUPREF_EXISTS: u32 = 12;
const IN: u32 = 13;
const INFO: u32 = 14;
const JUMP: u32 = 15;
const LITERAL: u32 = 16;
const MARK: u32 = 17;
const MAX_UNTIL: u32 = 18;
const MIN_UNTIL: u32 = 19;
const NOT_LITERAL: u32 = 20;
const NEGATE: u32 = 21;
const RANGE: u32 = 22;
const REPEAT: u32 = 23;
const REPEAT_ONE: u32 = 24;
const MIN_REPEAT_ONE: u32 = 26;
const ATOMIC_GROUP: u32 = 27;
const POSSESSIVE_REPEAT: u32 = 28;
const POSSESSIVE_REPEAT_ONE: u32 = 29;
const GROUPREF_IGNORE: u32 = 30;
const IN_IGNORE: u32 = 31;
const LITERAL_IGNORE: u32 = 32;
const NOT_LITERAL_IGNORE: u32 = 33;
const GROUPREF_LOC_IGNORE: u32 = 34;
const IN_LOC_IGNORE: u32 = 35;
const LITERAL_LOC_IGNORE: u32 = 36;
const NOT_LITERAL_LOC_IGNORE: u32 = 37;
const GROUPREF_UNI_IGNORE: u32 = 38;
const IN_UNI_IGNORE: u32 = 39;
const LITERAL_UNI_IGNORE: u32 = 40;
const NOT_LITERAL_UNI_IGNORE: u32 = 41;
const RANGE_UNI_IGNORE: u32 = 42;

/// `SRE_INFO_PREFIX` and `SRE_INFO_CHARSET`: what an `INFO` block knows of a match's start.
const INFO_PREFIX: u32 = 1;
const INFO_CHARSET: u32 = 4;

/// `SRE_MAXREPEAT`: an unbounded repeat's maximum.
pub const MAXREPEAT: u32 = u32::MAX;

/// How many bytes of stack one match may use before giving up with an error (the interpreter's
/// thread has a 1 GiB stack; this leaves most of it to the code around the match).
const STACK_BUDGET: usize = 256 << 20;

/// Why a match could not be decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SreError {
    /// Code the matcher cannot run (`SRE_ERROR_ILLEGAL` / `SRE_ERROR_STATE`).
    Illegal,
    /// The matcher nested too deeply.
    Recursion,
}

type R = Result<bool, SreError>;

/// One active repeat (`SRE_REPEAT`): where its `REPEAT` code is, how many times its item has
/// matched, where the last iteration started (zero-width protection) and the enclosing repeat.
struct Repeat {
    count: isize,
    pc: usize,
    last_ptr: Option<usize>,
    prev: Option<usize>,
}

/// The matcher's state (`SRE_STATE`).
pub struct State<'a> {
    pub text: Text<'a>,
    code: &'a [u32],
    /// Where the current match attempt started.
    pub start: usize,
    /// The end of the text as the pattern sees it (`endpos`).
    pub end: usize,
    /// The position a sub-match reached.
    pub ptr: usize,
    pub marks: Vec<Option<usize>>,
    pub lastmark: isize,
    pub lastindex: isize,
    repeat: Option<usize>,
    reps: Vec<Repeat>,
    saved: Vec<Option<usize>>,
    pub must_advance: bool,
    pub match_all: bool,
    /// The stack address where the outermost `run` of this state started (0 before).
    stack_top: usize,
}

impl<'a> State<'a> {
    pub fn new(text: Text<'a>, code: &'a [u32], start: usize, end: usize) -> State<'a> {
        State {
            text,
            code,
            start,
            end,
            ptr: start,
            marks: Vec::new(),
            lastmark: -1,
            lastindex: -1,
            repeat: None,
            reps: Vec::new(),
            saved: Vec::new(),
            must_advance: false,
            match_all: false,
            stack_top: 0,
        }
    }

    /// `state_reset`: forgets the marks and repeats of the previous attempt.
    pub fn reset(&mut self) {
        self.lastmark = -1;
        self.lastindex = -1;
        self.repeat = None;
        self.reps.clear();
        self.saved.clear();
    }

    /// The code word at `i`; reading past the end reads `FAILURE`.
    #[inline]
    fn c(&self, i: usize) -> u32 {
        self.code.get(i).copied().unwrap_or(FAILURE)
    }

    #[inline]
    fn ch(&self, i: usize) -> u32 {
        self.text.at(i)
    }

    /// The span of group mark pair `2g`, `2g + 1` when both are set and in order.
    pub fn mark_pair(&self, g: usize) -> Option<(usize, usize)> {
        if (2 * g) as isize >= self.lastmark {
            return None;
        }
        let p = self.marks.get(2 * g).copied().flatten()?;
        let e = self.marks.get(2 * g + 1).copied().flatten()?;
        (e >= p).then_some((p, e))
    }

    fn mark_push(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            if let Some(marks) = self.marks.get(..n) {
                self.saved.extend_from_slice(marks);
            }
        }
    }

    /// Restores the marks saved by `mark_push`, keeping them saved when `keep`.
    fn mark_restore(&mut self, lastmark: isize, keep: bool) {
        let n = (lastmark + 1).max(0) as usize;
        if n > 0 && n <= self.saved.len() && n <= self.marks.len() {
            let at = self.saved.len() - n;
            self.marks[..n].copy_from_slice(&self.saved[at..]);
            if !keep {
                self.saved.truncate(at);
            }
        }
    }

    fn mark_discard(&mut self, lastmark: isize) {
        if lastmark >= 0 {
            let n = lastmark as usize + 1;
            self.saved.truncate(self.saved.len().saturating_sub(n));
        }
    }

    fn set_mark(&mut self, i: usize, ptr: usize) {
        if i & 1 == 1 {
            self.lastindex = (i / 2 + 1) as isize;
        }
        if self.marks.len() <= i {
            self.marks.resize(i + 1, None);
        }
        if i as isize > self.lastmark {
            // Marks skipped over were never reached in this attempt.
            for m in &mut self.marks[(self.lastmark + 1) as usize..i] {
                *m = None;
            }
            self.lastmark = i as isize;
        }
        self.marks[i] = Some(ptr);
    }

    /// `SRE(at)`.
    fn at(&self, ptr: usize, code: u32) -> bool {
        let (end, len) = (self.end, self.text.len());
        let boundary = |word: fn(u32) -> bool, want: bool| {
            if end == 0 {
                return false;
            }
            let before = ptr > 0 && word(self.ch(ptr - 1));
            let here = ptr < end && word(self.ch(ptr));
            (before != here) == want
        };
        match code {
            0 | 2 => ptr == 0,
            1 => ptr == 0 || chars::is_linebreak(self.ch(ptr - 1)),
            5 => (end == ptr + 1 && chars::is_linebreak(self.ch(ptr))) || ptr == end,
            6 => ptr == end || (ptr < len && chars::is_linebreak(self.ch(ptr))),
            7 => ptr == end,
            3 => boundary(chars::is_word, true),
            4 => boundary(chars::is_word, false),
            8 => boundary(chars::is_loc_word, true),
            9 => boundary(chars::is_loc_word, false),
            10 => boundary(chars::is_uni_word, true),
            11 => boundary(chars::is_uni_word, false),
            _ => false,
        }
    }

    /// `SRE(charset)`: whether `ch` is in the set whose items start at `sp`.
    pub fn charset(&self, mut sp: usize, ch: u32) -> bool {
        let mut ok = true;
        loop {
            let op = self.c(sp);
            sp += 1;
            match op {
                FAILURE => return !ok,
                LITERAL => {
                    if ch == self.c(sp) {
                        return ok;
                    }
                    sp += 1;
                }
                CATEGORY => {
                    if chars::category(self.c(sp), ch) {
                        return ok;
                    }
                    sp += 1;
                }
                CHARSET => {
                    if ch < 256 && self.c(sp + (ch / 32) as usize) & (1 << (ch & 31)) != 0 {
                        return ok;
                    }
                    sp += 8;
                }
                RANGE => {
                    if self.c(sp) <= ch && ch <= self.c(sp + 1) {
                        return ok;
                    }
                    sp += 2;
                }
                RANGE_UNI_IGNORE => {
                    // `ch` is already lower-cased.
                    let (lo, hi) = (self.c(sp), self.c(sp + 1));
                    if lo <= ch && ch <= hi {
                        return ok;
                    }
                    let up = chars::upper_unicode(ch);
                    if lo <= up && up <= hi {
                        return ok;
                    }
                    sp += 2;
                }
                NEGATE => ok = !ok,
                BIGCHARSET => {
                    let count = self.c(sp) as usize;
                    sp += 1;
                    if ch < 0x10000 {
                        // 256 block numbers, one byte each, packed four to a word as the
                        // compiler's `memoryview.cast('I')` laid them out.
                        let k = (ch >> 8) as usize;
                        let block = (self.c(sp + k / 4) >> (8 * (k % 4))) & 0xff;
                        let bit = block as usize * 256 + (ch & 255) as usize;
                        if self.c(sp + 64 + bit / 32) & (1 << (bit % 32)) != 0 {
                            return ok;
                        }
                    }
                    sp += 64 + count * 8;
                }
                _ => return false,
            }
        }
    }

    /// `SRE(charset_loc_ignore)`.
    fn charset_loc_ignore(&self, sp: usize, ch: u32) -> bool {
        let lo = chars::lower_locale(ch);
        if self.charset(sp, lo) {
            return true;
        }
        let up = chars::upper_locale(ch);
        up != lo && self.charset(sp, up)
    }

    /// Whether the single-character item at `pc` matches `ch` (the simple items of `count`).
    fn one(&self, pc: usize, ch: u32) -> Option<bool> {
        let arg = self.c(pc + 1);
        Some(match self.c(pc) {
            IN => self.charset(pc + 2, ch),
            ANY => !chars::is_linebreak(ch),
            ANY_ALL => true,
            LITERAL => ch == arg,
            LITERAL_IGNORE => chars::lower_ascii(ch) == arg,
            LITERAL_UNI_IGNORE => chars::lower_unicode(ch) == arg,
            LITERAL_LOC_IGNORE => chars::char_loc_ignore(arg, ch),
            NOT_LITERAL => ch != arg,
            NOT_LITERAL_IGNORE => chars::lower_ascii(ch) != arg,
            NOT_LITERAL_UNI_IGNORE => chars::lower_unicode(ch) != arg,
            NOT_LITERAL_LOC_IGNORE => !chars::char_loc_ignore(arg, ch),
            _ => return None,
        })
    }

    /// `SRE(count)`: how many times (up to `maxcount`) the item at `pc` matches from `self.ptr`.
    fn count(&mut self, pc: usize, maxcount: u32) -> Result<usize, SreError> {
        let start = self.ptr;
        if start >= self.end {
            return Ok(0);
        }
        let mut end = self.end;
        if maxcount != MAXREPEAT && (maxcount as usize) < end - start {
            end = start + maxcount as usize;
        }
        if self.one(pc, 0).is_some() {
            let mut p = start;
            while p < end && self.one(pc, self.ch(p)) == Some(true) {
                p += 1;
            }
            return Ok(p - start);
        }
        while self.ptr < end {
            let before = self.ptr;
            if !self.run(pc, false)? || self.ptr == before {
                break;
            }
        }
        Ok(self.ptr - start)
    }

    /// `SRE(match)` from the code at `pc`.
    pub fn run(&mut self, pc: usize, toplevel: bool) -> R {
        let marker = 0u8;
        let here = std::hint::black_box(&marker) as *const u8 as usize;
        if self.stack_top == 0 {
            self.stack_top = here;
            let r = self.exec(pc, toplevel);
            self.stack_top = 0;
            return r;
        }
        if self.stack_top.abs_diff(here) > STACK_BUDGET {
            return Err(SreError::Recursion);
        }
        self.exec(pc, toplevel)
    }

    fn exec(&mut self, mut pc: usize, toplevel: bool) -> R {
        let end = self.end;
        let mut ptr = self.ptr;
        if self.c(pc) == INFO {
            // <INFO> <skip> <flags> <min> ...: too short a text cannot match.
            let min = self.c(pc + 3) as usize;
            if min != 0 && ptr <= end && end - ptr < min {
                return Ok(false);
            }
            pc += self.c(pc + 1) as usize + 1;
        }
        loop {
            let op = self.c(pc);
            pc += 1;
            let arg = self.c(pc);
            let here = if ptr < end { Some(self.ch(ptr)) } else { None };
            match op {
                MARK => {
                    self.set_mark(arg as usize, ptr);
                    pc += 1;
                }
                LITERAL
                | NOT_LITERAL
                | LITERAL_IGNORE
                | NOT_LITERAL_IGNORE
                | LITERAL_UNI_IGNORE
                | NOT_LITERAL_UNI_IGNORE
                | LITERAL_LOC_IGNORE
                | NOT_LITERAL_LOC_IGNORE
                | ANY
                | ANY_ALL => {
                    let Some(ch) = here else { return Ok(false) };
                    if self.one(pc - 1, ch) != Some(true) {
                        return Ok(false);
                    }
                    if !matches!(op, ANY | ANY_ALL) {
                        pc += 1;
                    }
                    ptr += 1;
                }
                SUCCESS => {
                    if toplevel
                        && ((self.match_all && ptr != end)
                            || (self.must_advance && ptr == self.start))
                    {
                        return Ok(false);
                    }
                    self.ptr = ptr;
                    return Ok(true);
                }
                AT => {
                    if !self.at(ptr, arg) {
                        return Ok(false);
                    }
                    pc += 1;
                }
                CATEGORY => {
                    match here {
                        Some(ch) if chars::category(arg, ch) => {}
                        _ => return Ok(false),
                    }
                    pc += 1;
                    ptr += 1;
                }
                IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => {
                    let Some(ch) = here else { return Ok(false) };
                    let found = match op {
                        IN => self.charset(pc + 1, ch),
                        IN_IGNORE => self.charset(pc + 1, chars::lower_ascii(ch)),
                        IN_UNI_IGNORE => self.charset(pc + 1, chars::lower_unicode(ch)),
                        _ => self.charset_loc_ignore(pc + 1, ch),
                    };
                    if !found {
                        return Ok(false);
                    }
                    pc += arg as usize;
                    ptr += 1;
                }
                JUMP | INFO => {
                    if arg == 0 {
                        return Err(SreError::Illegal);
                    }
                    pc += arg as usize;
                }
                BRANCH => return self.branch(pc, ptr, toplevel),
                REPEAT_ONE => return self.repeat_one(pc, ptr, toplevel),
                MIN_REPEAT_ONE => return self.min_repeat_one(pc, ptr, toplevel),
                POSSESSIVE_REPEAT_ONE => {
                    let min = self.c(pc + 1) as usize;
                    if ptr > end || min > end - ptr {
                        return Ok(false);
                    }
                    self.ptr = ptr;
                    let count = self.count(pc + 3, self.c(pc + 2))?;
                    ptr += count;
                    if count < min {
                        return Ok(false);
                    }
                    pc += arg as usize;
                    if self.c(pc) == SUCCESS
                        && ptr == end
                        && !(toplevel && self.must_advance && ptr == self.start)
                    {
                        self.ptr = ptr;
                        return Ok(true);
                    }
                }
                REPEAT => return self.repeat(pc, ptr, toplevel),
                MAX_UNTIL => return self.max_until(pc, ptr, toplevel),
                MIN_UNTIL => return self.min_until(pc, ptr, toplevel),
                POSSESSIVE_REPEAT => {
                    let Some(p) = self.possessive_repeat(pc, ptr)? else {
                        return Ok(false);
                    };
                    ptr = p;
                    pc += arg as usize + 1;
                }
                ATOMIC_GROUP => {
                    self.ptr = ptr;
                    if !self.run(pc + 1, false)? {
                        self.ptr = ptr;
                        return Ok(false);
                    }
                    pc += arg as usize;
                    ptr = self.ptr;
                }
                GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                    let Some((p, e)) = self.mark_pair(arg as usize) else {
                        return Ok(false);
                    };
                    let fold: fn(u32) -> u32 = match op {
                        GROUPREF => |c| c,
                        GROUPREF_IGNORE => chars::lower_ascii,
                        GROUPREF_UNI_IGNORE => chars::lower_unicode,
                        _ => chars::lower_locale,
                    };
                    for i in p..e {
                        if ptr >= end || fold(self.ch(ptr)) != fold(self.ch(i)) {
                            return Ok(false);
                        }
                        ptr += 1;
                    }
                    pc += 1;
                }
                GROUPREF_EXISTS => {
                    // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
                    if self.mark_pair(arg as usize).is_some() {
                        pc += 2;
                    } else {
                        pc += self.c(pc + 1) as usize;
                    }
                }
                ASSERT => {
                    // <ASSERT> <skip> <back> pattern
                    let back = self.c(pc + 1) as usize;
                    if ptr < back {
                        return Ok(false);
                    }
                    self.ptr = ptr - back;
                    if !self.run(pc + 2, false)? {
                        return Ok(false);
                    }
                    pc += arg as usize;
                }
                ASSERT_NOT => {
                    let back = self.c(pc + 1) as usize;
                    if ptr >= back {
                        self.ptr = ptr - back;
                        let (lastmark, lastindex) = (self.lastmark, self.lastindex);
                        let pushed = self.repeat.is_some();
                        if pushed {
                            self.mark_push(lastmark);
                        }
                        if self.run(pc + 2, false)? {
                            if pushed {
                                self.mark_discard(lastmark);
                            }
                            return Ok(false);
                        }
                        if pushed {
                            self.mark_restore(lastmark, false);
                        }
                        self.lastmark = lastmark;
                        self.lastindex = lastindex;
                    }
                    pc += arg as usize;
                }
                FAILURE => return Ok(false),
                _ => return Err(SreError::Illegal),
            }
        }
    }

    /// `BRANCH`: <BRANCH> <skip> alternative <JUMP> ... <0>; `pc` is at the first skip.
    fn branch(&mut self, pc: usize, ptr: usize, toplevel: bool) -> R {
        let (lastmark, lastindex) = (self.lastmark, self.lastindex);
        let pushed = self.repeat.is_some();
        if pushed {
            self.mark_push(lastmark);
        }
        let mut alt = pc;
        loop {
            let skip = self.c(alt) as usize;
            if skip == 0 {
                break;
            }
            let here = (ptr < self.end).then(|| self.ch(ptr));
            // Alternatives that start with a literal or a set are tried only when they can
            // match the next character.
            let hopeless = match self.c(alt + 1) {
                LITERAL => here != Some(self.c(alt + 2)),
                IN => !here.is_some_and(|ch| self.charset(alt + 3, ch)),
                _ => false,
            };
            if !hopeless {
                self.ptr = ptr;
                if self.run(alt + 1, toplevel)? {
                    if pushed {
                        self.mark_discard(lastmark);
                    }
                    return Ok(true);
                }
                if pushed {
                    self.mark_restore(lastmark, true);
                }
                self.lastmark = lastmark;
                self.lastindex = lastindex;
            }
            alt += skip;
        }
        if pushed {
            self.mark_discard(lastmark);
        }
        Ok(false)
    }

    /// `REPEAT_ONE`: <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail — take as many
    /// single-character items as possible, then give them back one by one.
    fn repeat_one(&mut self, pc: usize, mut ptr: usize, toplevel: bool) -> R {
        let end = self.end;
        let (skip, min) = (self.c(pc) as usize, self.c(pc + 1) as usize);
        if ptr > end || min > end - ptr {
            return Ok(false);
        }
        self.ptr = ptr;
        let mut count = self.count(pc + 3, self.c(pc + 2))? as isize;
        ptr += count as usize;
        let min = min as isize;
        if count < min {
            return Ok(false);
        }
        let tail = pc + skip;
        if self.c(tail) == SUCCESS
            && ptr == end
            && !(toplevel && self.must_advance && ptr == self.start)
        {
            self.ptr = ptr;
            return Ok(true);
        }
        let (lastmark, lastindex) = (self.lastmark, self.lastindex);
        let pushed = self.repeat.is_some();
        if pushed {
            self.mark_push(lastmark);
        }
        // A tail starting with a literal is only tried where that literal follows.
        let next_literal = (self.c(tail) == LITERAL).then(|| self.c(tail + 1));
        loop {
            if let Some(chr) = next_literal {
                while count >= min && (ptr >= end || self.ch(ptr) != chr) {
                    ptr = ptr.wrapping_sub(1);
                    count -= 1;
                }
            }
            if count < min {
                break;
            }
            self.ptr = ptr;
            if self.run(tail, toplevel)? {
                if pushed {
                    self.mark_discard(lastmark);
                }
                return Ok(true);
            }
            if pushed {
                self.mark_restore(lastmark, true);
            }
            self.lastmark = lastmark;
            self.lastindex = lastindex;
            ptr = ptr.wrapping_sub(1);
            count -= 1;
        }
        if pushed {
            self.mark_discard(lastmark);
        }
        Ok(false)
    }

    /// `MIN_REPEAT_ONE`: the lazy form — take the minimum, then one more item at a time.
    fn min_repeat_one(&mut self, pc: usize, mut ptr: usize, toplevel: bool) -> R {
        let end = self.end;
        let (skip, min, max) = (self.c(pc) as usize, self.c(pc + 1), self.c(pc + 2));
        if ptr > end || min as usize > end - ptr {
            return Ok(false);
        }
        self.ptr = ptr;
        let mut count = 0usize;
        if min != 0 {
            count = self.count(pc + 3, min)?;
            if count < min as usize {
                return Ok(false);
            }
            ptr += count;
        }
        let tail = pc + skip;
        if self.c(tail) == SUCCESS
            && !(toplevel
                && ((self.match_all && ptr != end) || (self.must_advance && ptr == self.start)))
        {
            self.ptr = ptr;
            return Ok(true);
        }
        let (lastmark, lastindex) = (self.lastmark, self.lastindex);
        let pushed = self.repeat.is_some();
        if pushed {
            self.mark_push(lastmark);
        }
        while max == MAXREPEAT || count <= max as usize {
            self.ptr = ptr;
            if self.run(tail, toplevel)? {
                if pushed {
                    self.mark_discard(lastmark);
                }
                return Ok(true);
            }
            if pushed {
                self.mark_restore(lastmark, true);
            }
            self.lastmark = lastmark;
            self.lastindex = lastindex;
            self.ptr = ptr;
            if self.count(pc + 3, 1)? == 0 {
                break;
            }
            ptr += 1;
            count += 1;
        }
        if pushed {
            self.mark_discard(lastmark);
        }
        Ok(false)
    }

    /// `REPEAT`: installs a repeat context; `MAX_UNTIL`/`MIN_UNTIL` do the work.
    fn repeat(&mut self, pc: usize, ptr: usize, toplevel: bool) -> R {
        let index = self.reps.len();
        self.reps.push(Repeat {
            count: -1,
            pc,
            last_ptr: None,
            prev: self.repeat,
        });
        self.repeat = Some(index);
        self.ptr = ptr;
        let r = self.run(pc + self.c(pc) as usize, toplevel);
        self.repeat = self.reps.get(index).and_then(|r| r.prev);
        self.reps.truncate(index);
        r
    }

    /// The active repeat and its `(min, max, item)`.
    fn current_repeat(&self) -> Result<(usize, u32, u32, usize), SreError> {
        let ri = self.repeat.ok_or(SreError::Illegal)?;
        let rpc = self.reps[ri].pc;
        Ok((ri, self.c(rpc + 1), self.c(rpc + 2), rpc + 3))
    }

    /// `MAX_UNTIL`: one more item while possible, else the tail.
    fn max_until(&mut self, pc: usize, ptr: usize, toplevel: bool) -> R {
        let (ri, min, max, item) = self.current_repeat()?;
        self.ptr = ptr;
        let count = self.reps[ri].count + 1;
        if count < min as isize {
            self.reps[ri].count = count;
            if self.run(item, toplevel)? {
                return Ok(true);
            }
            self.reps[ri].count = count - 1;
            self.ptr = ptr;
            return Ok(false);
        }
        if (count < max as isize || max == MAXREPEAT) && Some(self.ptr) != self.reps[ri].last_ptr {
            self.reps[ri].count = count;
            let (lastmark, lastindex) = (self.lastmark, self.lastindex);
            self.mark_push(lastmark);
            let last = self.reps[ri].last_ptr.replace(self.ptr);
            let r = self.run(item, toplevel)?;
            self.reps[ri].last_ptr = last;
            if r {
                self.mark_discard(lastmark);
                return Ok(true);
            }
            self.mark_restore(lastmark, false);
            self.lastmark = lastmark;
            self.lastindex = lastindex;
            self.reps[ri].count = count - 1;
            self.ptr = ptr;
        }
        self.repeat = self.reps[ri].prev;
        let r = self.run(pc, toplevel)?;
        self.repeat = Some(ri);
        if r {
            return Ok(true);
        }
        self.ptr = ptr;
        Ok(false)
    }

    /// `MIN_UNTIL`: the tail first, else one more item.
    fn min_until(&mut self, pc: usize, ptr: usize, toplevel: bool) -> R {
        let (ri, min, max, item) = self.current_repeat()?;
        self.ptr = ptr;
        let count = self.reps[ri].count + 1;
        if count < min as isize {
            self.reps[ri].count = count;
            if self.run(item, toplevel)? {
                return Ok(true);
            }
            self.reps[ri].count = count - 1;
            self.ptr = ptr;
            return Ok(false);
        }
        self.repeat = self.reps[ri].prev;
        let (lastmark, lastindex) = (self.lastmark, self.lastindex);
        if self.repeat.is_some() {
            self.mark_push(lastmark);
        }
        let r = self.run(pc, toplevel)?;
        let tail_repeat = self.repeat;
        self.repeat = Some(ri);
        if r {
            if tail_repeat.is_some() {
                self.mark_discard(lastmark);
            }
            return Ok(true);
        }
        if tail_repeat.is_some() {
            self.mark_restore(lastmark, false);
        }
        self.lastmark = lastmark;
        self.lastindex = lastindex;
        self.ptr = ptr;
        if (count >= max as isize && max != MAXREPEAT) || Some(self.ptr) == self.reps[ri].last_ptr {
            return Ok(false);
        }
        self.reps[ri].count = count;
        let last = self.reps[ri].last_ptr.replace(self.ptr);
        let r = self.run(item, toplevel)?;
        self.reps[ri].last_ptr = last;
        if r {
            return Ok(true);
        }
        self.reps[ri].count = count - 1;
        self.ptr = ptr;
        Ok(false)
    }

    /// `POSSESSIVE_REPEAT`: <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail — as
    /// many items as match, never given back. The position after them, or None on failure.
    fn possessive_repeat(&mut self, pc: usize, ptr: usize) -> Result<Option<usize>, SreError> {
        let (min, max, item) = (self.c(pc + 1), self.c(pc + 2), pc + 3);
        self.ptr = ptr;
        let mut count = 0usize;
        while count < min as usize {
            if !self.run(item, false)? {
                self.ptr = ptr;
                return Ok(None);
            }
            count += 1;
        }
        let mut prev = None;
        while (max == MAXREPEAT || count < max as usize) && Some(self.ptr) != prev {
            let (lastmark, lastindex) = (self.lastmark, self.lastindex);
            self.mark_push(lastmark);
            let from = self.ptr;
            prev = Some(from);
            if self.run(item, false)? {
                self.mark_discard(lastmark);
                count += 1;
            } else {
                self.mark_restore(lastmark, false);
                self.lastmark = lastmark;
                self.lastindex = lastindex;
                self.ptr = from;
                break;
            }
        }
        Ok(Some(self.ptr))
    }

    /// What the first character of any match must be, from the `INFO` block: a literal prefix's
    /// first character, or a set (the position of its items).
    fn first_char_filter(&self) -> Option<Result<u32, usize>> {
        if self.c(0) != INFO {
            return None;
        }
        let flags = self.c(2);
        if flags & INFO_PREFIX != 0 && self.c(5) >= 1 {
            Some(Ok(self.c(7)))
        } else if flags & INFO_CHARSET != 0 {
            Some(Err(5))
        } else {
            None
        }
    }

    /// `SRE(search)`: the first position from `self.start` where the pattern matches. Positions
    /// whose character cannot start a match are skipped, as C's prefix and charset scans do.
    pub fn search(&mut self) -> R {
        let end = self.end;
        let mut ptr = self.start;
        if ptr > end {
            return Ok(false);
        }
        if self.c(0) == INFO {
            let min = self.c(3) as usize;
            if min != 0 && end - ptr < min {
                return Ok(false);
            }
        }
        let filter = self.first_char_filter();
        let mut toplevel = true;
        loop {
            if let Some(f) = filter {
                let from = ptr;
                while ptr < end
                    && !match f {
                        Ok(c) => self.ch(ptr) == c,
                        Err(set) => self.charset(set, self.ch(ptr)),
                    }
                {
                    ptr += 1;
                }
                if ptr >= end {
                    return Ok(false);
                }
                if ptr != from {
                    self.must_advance = false;
                }
            }
            self.start = ptr;
            self.ptr = ptr;
            let r = self.run(0, toplevel)?;
            self.must_advance = false;
            toplevel = false;
            if r {
                return Ok(true);
            }
            if ptr >= end {
                return Ok(false);
            }
            ptr += 1;
            self.lastmark = -1;
            self.lastindex = -1;
        }
    }
}
