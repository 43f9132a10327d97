//! Mapping byte offsets to (line, column) and back, with CPython's notion of a line break.
//!
//! CPython's string tokenizer first translates `\r\n` and lone `\r` to `\n` (`translate_newlines` in
//! `Parser/tokenizer.c`), so all three end a line; columns are UTF-8 byte offsets within the line, as the
//! AST's `col_offset` is.

/// Line starts of one source text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line begins; `starts[0] == 0`.
    starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    /// Indexes `source`; a final line without a line break still counts as a line.
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut starts = vec![0u32];
        let mut i = 0;
        while let Some(at) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            i += at;
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            i += 1;
            starts.push(to_u32(i));
        }
        LineIndex {
            starts,
            len: to_u32(bytes.len()),
        }
    }

    /// Number of line starts (a source ending in a line break has an empty last line).
    pub fn line_count(&self) -> u32 {
        to_u32(self.starts.len())
    }

    /// The 1-based line and 0-based byte column of `offset` (clamped to the source length).
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.len);
        let line = self.starts.partition_point(|&s| s <= offset);
        (to_u32(line), offset - self.starts[line - 1])
    }

    /// [`LineIndex::line_col`] for offsets met in increasing order, as a tokenizer meets them:
    /// `hint` is the 0-based line of the last lookup, from which the search walks forward (a
    /// step or two per token instead of a binary search). Any offset gives the right answer.
    #[inline]
    pub fn line_col_from(&self, hint: &mut u32, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.len);
        let mut line = *hint as usize;
        if self.starts.get(line).is_none_or(|&s| s > offset) {
            return self.line_col(offset);
        }
        while self.starts.get(line + 1).is_some_and(|&s| s <= offset) {
            line += 1;
        }
        *hint = to_u32(line);
        (to_u32(line + 1), offset - self.starts[line])
    }

    /// Byte offset where 1-based `line` starts, if it exists.
    pub fn line_start(&self, line: u32) -> Option<u32> {
        let i = usize::try_from(line).ok()?.checked_sub(1)?;
        self.starts.get(i).copied()
    }

    /// The text of 1-based `line` without its line break.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> Option<&'s str> {
        let start = self.line_start(line)? as usize;
        let end = self
            .line_start(line + 1)
            .map_or(source.len(), |e| e as usize);
        let text = source.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn line_col_from_agrees_with_line_col_in_any_order() {
        let src = "ab\n\ncd\r\ne\rfgh\n";
        let idx = LineIndex::new(src);
        let mut hint = 0;
        let offsets = (0..=src.len() as u32 + 2).chain((0..=src.len() as u32).rev());
        for off in offsets.chain([7, 0, 12, 3, 3, 1]) {
            assert_eq!(
                idx.line_col_from(&mut hint, off),
                idx.line_col(off),
                "offset {off}"
            );
        }
    }

    #[test]
    fn all_three_line_breaks_count() {
        let src = "a\nbc\r\nd\re";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(idx.line_col(0), (1, 0));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(6), (3, 0));
        assert_eq!(idx.line_col(8), (4, 0));
        assert_eq!(idx.line_text(src, 2), Some("bc"));
        assert_eq!(idx.line_text(src, 4), Some("e"));
        assert_eq!(idx.line_text(src, 5), None);
    }

    #[test]
    fn columns_are_bytes() {
        let src = "é = 1\n";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(3), (1, 3));
        assert_eq!(idx.line_col(100), (2, 0));
    }
}
