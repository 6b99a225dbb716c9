//! Shared helpers for pyc's end-to-end test runners (in `tests/tests/`):
//! locating the corpus, walking it in a stable order, running frontend work
//! on a big-stack thread with panics caught, and describing how two texts
//! differ.
//!
//! Invariant: nothing here needs python3 or anything outside this
//! repository; goldens are read from the committed corpus only.

pub mod fuzz;
pub mod isolate;
pub mod pyc_bin;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// Stack size for threads that run the frontend (it recurses over nesting).
pub const BIG_STACK: usize = 256 << 20;

/// The `tests/` folder of the repository (this crate's manifest folder).
pub fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    tests_dir()
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

/// Every file under `root` whose name ends with `suffix`, sorted by path.
pub fn files_with_suffix(root: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(suffix))
            {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// `path` with its `.py` extension replaced by `ext` (which includes the dot).
pub fn sibling(path: &Path, ext: &str) -> PathBuf {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    path.with_file_name(format!("{stem}{ext}"))
}

/// `path` relative to the repository root, for messages.
pub fn display(path: &Path) -> String {
    let root = repo_root();
    path.strip_prefix(&root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Runs `f` on a fresh thread with a [`BIG_STACK`] stack; a panic becomes
/// `Err` with its message.
pub fn on_big_stack<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let handle = std::thread::Builder::new()
        .stack_size(BIG_STACK)
        .spawn(move || catch_unwind(AssertUnwindSafe(f)))
        .map_err(|e| format!("cannot spawn thread: {e}"))?;
    match handle.join() {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(payload)) | Err(payload) => Err(panic_message(payload.as_ref())),
    }
}

/// The text of a panic payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_string()
    }
}

/// Where `got` first differs from `expected`, as a short multi-line text
/// (line number, the expected line and the line produced); `None` if equal.
pub fn first_difference(expected: &str, got: &str) -> Option<String> {
    if expected == got {
        return None;
    }
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = got.split_inclusive('\n').collect();
    let n = exp.len().max(act.len());
    for i in 0..n {
        let e = exp.get(i).copied();
        let a = act.get(i).copied();
        if e != a {
            let show = |l: Option<&str>| match l {
                Some(l) => format!("{:?}", clip(l, 200)),
                None => "<end of text>".to_string(),
            };
            return Some(format!(
                "line {}:\n      expected: {}\n      got:      {}",
                i + 1,
                show(e),
                show(a)
            ));
        }
    }
    Some("texts differ".to_string())
}

/// At most `max` characters of `s`, with an ellipsis when cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn difference_points_at_first_line() {
        assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
        let d = first_difference("a\nb\nc\n", "a\nx\nc\n").unwrap();
        assert!(d.starts_with("line 2:"), "{d}");
        let d = first_difference("a\n", "a\nmore\n").unwrap();
        assert!(d.contains("<end of text>"), "{d}");
        let d = first_difference("a\n", "a").unwrap();
        assert!(d.starts_with("line 1:"), "{d}");
    }

    #[test]
    fn big_stack_catches_panics() {
        assert_eq!(on_big_stack(|| 7).unwrap(), 7);
        let err = on_big_stack(|| -> u8 { panic!("boom") }).unwrap_err();
        assert!(err.contains("boom"));
    }

    #[test]
    fn sibling_replaces_extension() {
        assert_eq!(
            sibling(Path::new("a/b/x.py"), ".ast-attrs"),
            PathBuf::from("a/b/x.ast-attrs")
        );
    }
}
