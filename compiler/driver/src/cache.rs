//! The executable cache of `pyc run`: built programs live in
//! `<cache>/run/<key>` (see `pyc_native::archive::cache_root`), where the
//! key hashes everything the executable depends on — pyc's version and its
//! own binary (size and modification time: the compiler changes between
//! versions during development), the runtime archive's identity, the
//! optimisation level, and the name, path, kind and source of every module
//! of the program plus `argv0`.
//!
//! The cache keeps the [`KEEP`] most recently used executables (a hit
//! refreshes the file's modification time; a miss prunes the rest) and
//! removes linker temporaries left behind by an interrupted build.
//!
//! Invariant: a file under its key name is always a complete executable
//! (the linker writes it elsewhere and it is renamed into place), so
//! concurrent runs of the same program are safe: both may build, the last
//! rename wins, and either result is correct.

use pyc_native::Program;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// A 128-bit content key built from two independently seeded SipHash
/// streams (the cache is private to the user, so collisions need only be
/// accidental-proof, not attack-proof).
struct KeyHasher {
    a: std::collections::hash_map::DefaultHasher,
    b: std::collections::hash_map::DefaultHasher,
}

impl KeyHasher {
    fn new() -> Self {
        let mut b = std::collections::hash_map::DefaultHasher::new();
        "pyc cache key, second stream".hash(&mut b);
        KeyHasher {
            a: std::collections::hash_map::DefaultHasher::new(),
            b,
        }
    }

    fn add<T: Hash + ?Sized>(&mut self, value: &T) {
        value.hash(&mut self.a);
        value.hash(&mut self.b);
    }

    /// Size and modification time of `path` (or a marker when unreadable).
    fn add_file_identity(&mut self, path: &Path) {
        self.add(&path.display().to_string());
        match std::fs::metadata(path) {
            Ok(meta) => {
                self.add(&meta.len());
                let mtime = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                self.add(&mtime);
            }
            Err(_) => self.add("unreadable"),
        }
    }

    fn finish(&self) -> String {
        format!("{:016x}{:016x}", self.a.finish(), self.b.finish())
    }
}

/// The cache key of `program` built with `opt_level` against `archive`.
pub fn key(program: &Program, archive: &Path, opt_level: u8) -> String {
    let mut h = KeyHasher::new();
    h.add(env!("CARGO_PKG_VERSION"));
    if let Ok(exe) = std::env::current_exe() {
        h.add_file_identity(&exe);
    }
    h.add_file_identity(archive);
    h.add(&opt_level);
    h.add(&program.argv0);
    h.add(&program.modules.len());
    for module in &program.modules {
        h.add(&module.name);
        h.add(&module.path);
        h.add(&module.is_package);
        h.add(&module.source);
    }
    h.finish()
}

/// Where the executable for `key` lives.
pub fn executable_path(key: &str) -> PathBuf {
    pyc_native::archive::cache_root().join("run").join(key)
}

/// How many executables the cache keeps.
pub const KEEP: usize = 200;

/// How old a linker temporary folder must be to count as abandoned.
const ABANDONED: Duration = Duration::from_secs(3600);

/// Marks `exe` as just used (its modification time orders the pruning).
pub fn touch(exe: &Path) {
    if let Ok(file) = std::fs::File::options().append(true).open(exe) {
        let _ = file.set_modified(SystemTime::now());
    }
}

/// Keeps the [`KEEP`] most recently used executables beside `exe` (which
/// was just built) and removes abandoned linker temporaries. Best effort:
/// a file another process removes first is simply skipped.
pub fn prune(exe: &Path) {
    let Some(dir) = exe.parent() else { return };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    let mut executables = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        let modified = meta.modified().unwrap_or(now);
        let is_temp = entry
            .file_name()
            .to_string_lossy()
            .starts_with(".pyc-link-");
        if is_temp && meta.is_dir() {
            if now.duration_since(modified).unwrap_or_default() > ABANDONED {
                let _ = std::fs::remove_dir_all(&path);
            }
        } else if meta.is_file() && path != exe {
            executables.push((modified, path));
        }
    }
    // Newest first; everything past the budget (the new one included) goes.
    executables.sort_by_key(|e| std::cmp::Reverse(e.0));
    for (_, path) in executables.into_iter().skip(KEEP.saturating_sub(1)) {
        let _ = std::fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyc_native::ProgramModule;

    fn program(source: &str) -> Program {
        let tree = pyc_frontend::parser::parse_module(source).ok().unwrap();
        let code = pyc_frontend::bytecode::compile_module(&tree, "/t.py")
            .ok()
            .unwrap();
        Program {
            argv0: "t.py".into(),
            modules: vec![ProgramModule {
                name: "__main__".into(),
                path: "/t.py".into(),
                source: source.into(),
                is_package: false,
                code,
            }],
        }
    }

    #[test]
    fn the_key_follows_sources_options_and_argv0() {
        let archive = Path::new("/nonexistent/libpyrt.a");
        let a = program("print(1)\n");
        let k = key(&a, archive, 1);
        assert_eq!(k.len(), 32);
        assert_eq!(k, key(&program("print(1)\n"), archive, 1));
        assert_ne!(k, key(&program("print(2)\n"), archive, 1));
        assert_ne!(k, key(&a, archive, 2));
        let mut b = a.clone();
        b.argv0 = "./t.py".into();
        assert_ne!(k, key(&b, archive, 1));
    }

    #[test]
    fn pruning_keeps_the_most_recently_used() {
        let dir = tempfile::tempdir().unwrap();
        let base = SystemTime::now() - Duration::from_secs(10_000);
        for i in 0..KEEP + 5 {
            let path = dir.path().join(format!("exe{i:04}"));
            std::fs::write(&path, b"x").unwrap();
            let file = std::fs::File::options().append(true).open(&path).unwrap();
            file.set_modified(base + Duration::from_secs(i as u64))
                .unwrap();
        }
        // The oldest one is used again: it survives.
        touch(&dir.path().join("exe0000"));
        let stale = dir.path().join(".pyc-link-old");
        std::fs::create_dir(&stale).unwrap();
        std::fs::File::open(&stale)
            .unwrap()
            .set_modified(base)
            .unwrap();
        let fresh_temp = dir.path().join(".pyc-link-new");
        std::fs::create_dir(&fresh_temp).unwrap();
        let newest = dir.path().join(format!("exe{:04}", KEEP + 4));
        prune(&newest);
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left.iter().filter(|n| n.starts_with("exe")).count(), KEEP);
        assert!(left.contains(&"exe0000".to_string()));
        assert!(left.contains(&newest.file_name().unwrap().to_string_lossy().into_owned()));
        assert!(!left.contains(&"exe0001".to_string()));
        assert!(left.contains(&".pyc-link-new".to_string()));
        assert!(!left.contains(&".pyc-link-old".to_string()));
    }
}
