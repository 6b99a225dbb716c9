//! Type comments (PEP 484), as CPython 3.11 reads them with
//! `type_comments=True` (what `python3 -m ast` does): a comment
//! `# type: X` becomes the `type_comment` of the assignment, `for`, `with`,
//! function or parameter it follows, and `# type: ignore[...]` anywhere
//! becomes a `TypeIgnore` of the module.
//!
//! The C tokenizer stream has no comments, so they are found in the gaps
//! between consecutive tokens (only blanks, line continuations and comments
//! live there) and in NEWLINE tokens (which start at a trailing comment). Each type comment is keyed by the index of the token that
//! follows it. A type comment where the grammar takes none is ignored
//! (CPython would reject the file in this mode, but accepts it when it only
//! compiles it).

use super::core::Parser;
use crate::ast::TypeIgnore;
use crate::tokenizer::{Pos, Token};

/// What a comment is, for type-comment purposes.
enum Kind<'s> {
    Comment(&'s str),
    Ignore(&'s str),
}

/// Classifies the text of one comment (from `#` to the end of its line).
fn classify(comment: &str) -> Option<Kind<'_>> {
    let rest = comment.strip_prefix('#')?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix("type:")?;
    let rest = rest.trim_start_matches([' ', '\t']);
    if let Some(tag) = rest.strip_prefix("ignore") {
        match tag.chars().next() {
            None => return Some(Kind::Ignore(tag)),
            Some(c) if c.is_ascii() && !c.is_ascii_alphanumeric() => {
                return Some(Kind::Ignore(tag))
            }
            _ => {}
        }
    }
    Some(Kind::Comment(rest))
}

/// Type comments keyed by the index of the following token, and the
/// module's type-ignore comments, in source order.
pub(crate) struct TypeComments {
    pub(crate) before: Vec<(usize, String, Pos)>,
    pub(crate) ignores: Vec<TypeIgnore>,
}

/// Finds every type comment of `src` between the `tokens`.
pub(crate) fn scan(src: &str, tokens: &[Token]) -> TypeComments {
    let mut out = TypeComments {
        before: Vec::new(),
        ignores: Vec::new(),
    };
    let bytes = src.as_bytes();
    let mut gap_start = 0usize;
    for (i, t) in tokens.iter().enumerate() {
        // A NEWLINE token starts at the comment ending its line (as in
        // CPython), so its own text is searched too.
        let gap_end = if t.kind == crate::tokenizer::TokenKind::Newline {
            t.span.1 as usize
        } else {
            t.span.0 as usize
        }
        .min(src.len());
        if gap_start < gap_end {
            let mut j = gap_start;
            while j < gap_end {
                if bytes[j] == b'#' {
                    let end = src
                        .get(j..gap_end)
                        .and_then(|g| g.find(['\n', '\r']))
                        .map_or(gap_end, |k| j + k);
                    let text = src.get(j..end).unwrap_or("");
                    match classify(text) {
                        Some(Kind::Ignore(tag)) => out.ignores.push(TypeIgnore {
                            lineno: line_of(src, j),
                            tag: tag.to_string(),
                        }),
                        Some(Kind::Comment(c)) => {
                            let line_start = src
                                .get(..end)
                                .and_then(|h| h.rfind('\n'))
                                .map_or(0, |k| k + 1);
                            let end_pos = Pos {
                                line: line_of(src, end),
                                col: (end - line_start) as u32,
                            };
                            out.before.push((i, c.to_string(), end_pos))
                        }
                        None => {}
                    }
                    j = end;
                } else {
                    j += 1;
                }
            }
        }
        gap_start = gap_start.max((t.span.1 as usize).min(src.len()));
    }
    out
}

/// The 1-based line of byte offset `at`.
fn line_of(src: &str, at: usize) -> u32 {
    let at = at.min(src.len());
    src.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}

impl<'a> Parser<'a> {
    /// The type comment just before token `i`, if any.
    pub(crate) fn type_comment_before(&self, i: usize) -> Option<String> {
        self.type_comment_at(i).map(|(c, _)| c)
    }

    /// The type comment just before token `i` and where it ends.
    pub(crate) fn type_comment_at(&self, i: usize) -> Option<(String, Pos)> {
        let list = &self.type_comments.as_ref()?.before;
        let k = list.partition_point(|(j, _, _)| *j < i);
        match list.get(k) {
            Some((j, c, end)) if *j == i => Some((c.clone(), *end)),
            _ => None,
        }
    }

    /// A function's type comment: on the `def` line after the `:` (just
    /// before its NEWLINE at `colon + 1`), or alone on the next line (just
    /// before the INDENT).
    pub(crate) fn func_type_comment(&self, colon: usize) -> Option<String> {
        use crate::tokenizer::TokenKind as T;
        if self.tok(colon + 1).kind != T::Newline {
            return None;
        }
        if let Some(c) = self.type_comment_before(colon + 1) {
            return Some(c);
        }
        if self.tok(colon + 2).kind == T::Indent {
            return self.type_comment_before(colon + 2);
        }
        None
    }
}
