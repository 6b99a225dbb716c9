//! Golden test for the `dis`-style listing (`pyc build --emit=bytecode`):
//! `tests/emit/bytecode/NAME.py` must disassemble to exactly
//! `NAME.dis`. These goldens are pyc's own (reviewed by hand, not recorded
//! from CPython); regenerate them with `PYC_BLESS=1 cargo test -p
//! pyc-frontend --test dis_golden` after an intended change and review
//! the diff.

use pyc_frontend::{bytecode, dis, parser, tokenizer};
use std::path::{Path, PathBuf};

fn listing(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let source = tokenizer::decode_source(&bytes).map_err(|e| e.render(&name))?;
    let module = parser::parse_module(&source).map_err(|e| e.render(&name))?;
    let code = bytecode::compile_module_with_source(&module, &name, &source)
        .map_err(|e| e.render(&name))?;
    bytecode::verify_all(&code)?;
    Ok(dis::disassemble_all(&code))
}

fn run() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/emit/bytecode");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/emit/bytecode")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let bless = std::env::var_os("PYC_BLESS").is_some();
    let mut failures = Vec::new();
    for f in &files {
        let got = match listing(f) {
            Ok(l) => l,
            Err(e) => {
                failures.push(format!("{}: {e}", f.display()));
                continue;
            }
        };
        let golden = f.with_extension("dis");
        if bless {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if want != got {
            let line = want
                .lines()
                .zip(got.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(want.lines().count().min(got.lines().count()));
            failures.push(format!(
                "{}: differs at line {}:\n  golden: {:?}\n  ours:   {:?}",
                f.display(),
                line + 1,
                want.lines().nth(line),
                got.lines().nth(line)
            ));
        }
    }
    if !failures.is_empty() {
        panic!("{}", failures.join("\n"));
    }
}

#[test]
fn dis_listings_match_goldens() {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}
