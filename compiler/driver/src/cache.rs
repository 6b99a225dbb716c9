//! The executable cache of `pyc run`: built programs live in
//! `<cache>/run/<key>` (see `pyc_native::archive::cache_root`), where the
//! key hashes everything the executable depends on — pyc's version and its
//! own binary (size and modification time: the compiler changes between
//! versions during development), the runtime archive's identity, the
//! optimisation level, and the name, path, kind and source of every module
//! of the program plus `argv0`.
//!
//! Invariant: a file under its key name is always a complete executable
//! (the linker writes it elsewhere and it is renamed into place), so
//! concurrent runs of the same program are safe: both may build, the last
//! rename wins, and either result is correct.

use pyc_native::Program;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

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
}
