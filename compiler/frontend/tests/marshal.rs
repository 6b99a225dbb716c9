//! Marshal robustness: every code tree of the code corpus round-trips
//! losslessly, and no truncated or corrupted input makes `loads` panic
//! (it returns an error, or a code object that passes the verifier).

use pyc_frontend::{bytecode, marshal, parser, tokenizer};
use std::path::Path;

fn corpus() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/emit/code");
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    for f in files {
        let src = tokenizer::decode_source(&std::fs::read(&f).unwrap()).unwrap();
        let m = parser::parse_module(&src).unwrap();
        let code = bytecode::compile_module(&m, "m.py").unwrap();
        let bytes = marshal::dumps(&code);
        let back = marshal::loads(&bytes).expect("round trip");
        assert_eq!(back, code, "{}", f.display());
        out.push(bytes);
    }
    out
}

fn run() {
    let blobs = corpus();
    assert!(!blobs.is_empty());
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for b in &blobs {
        // Every truncation is an error.
        let step = (b.len() / 400).max(1);
        for n in (0..b.len()).step_by(step) {
            assert!(
                marshal::loads(&b[..n]).is_err(),
                "truncated at {n} accepted"
            );
        }
        // Trailing garbage is an error.
        let mut longer = b.clone();
        longer.push(0);
        assert!(marshal::loads(&longer).is_err());
        // Random corruptions never panic; accepted results verify.
        for _ in 0..300 {
            let mut m = b.clone();
            let k = 1 + (next() % 4) as usize;
            for _ in 0..k {
                let i = (next() as usize) % m.len();
                m[i] ^= (next() % 255 + 1) as u8;
            }
            if let Ok(code) = marshal::loads(&m) {
                bytecode::verify_all(&code).expect("loads returned unverified code");
            }
        }
    }
    assert!(marshal::loads(b"").is_err());
    assert!(marshal::loads(b"PYCB\x63\x00\x00\x00").is_err());
}

#[test]
fn marshal_never_panics() {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run)
        .unwrap()
        .join()
        .unwrap();
}
