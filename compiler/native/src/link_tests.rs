//! Linking end to end: a tiny object made with cranelift-object whose
//! `main` calls `pyrt_init` and returns 7 is linked with the real runtime
//! archive and run; plus the error paths (missing linker, foreign target,
//! link failure).

use super::*;
use cranelift_codegen::ir::{types, AbiParam, InstBuilder};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{default_libcall_names, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::time::Instant;

/// An object file for the host whose `main` returns 7 when `pyrt_init`
/// succeeds (returns 0) and 1 otherwise.
fn main_object() -> Vec<u8> {
    let mut flags = settings::builder();
    flags.set("is_pic", "true").unwrap();
    let isa = cranelift_codegen::isa::lookup(Triple::host())
        .unwrap()
        .finish(settings::Flags::new(flags))
        .unwrap();
    let builder = ObjectBuilder::new(isa, "link_test", default_libcall_names()).unwrap();
    let mut module = ObjectModule::new(builder);
    let mut sig = module.make_signature();
    sig.returns.push(AbiParam::new(types::I32));
    let init = module
        .declare_function("pyrt_init", Linkage::Import, &sig)
        .unwrap();
    let main = module
        .declare_function("main", Linkage::Export, &sig)
        .unwrap();
    let frontend_config = module.isa().frontend_config();
    let mut ctx = module.make_context();
    ctx.func.signature = sig;
    let mut fctx = FunctionBuilderContext::new();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let block = b.create_block();
        b.switch_to_block(block);
        b.seal_block(block);
        let callee = module.declare_func_in_func(init, b.func);
        let call = b.ins().call(callee, &[]);
        let status = b.inst_results(call)[0];
        let seven = b.ins().iconst(types::I32, 7);
        let one = b.ins().iconst(types::I32, 1);
        let ret = b.ins().select(status, one, seven);
        b.ins().return_(&[ret]);
        b.finalize(frontend_config);
    }
    module.define_function(main, &mut ctx).unwrap();
    module.finish().emit().unwrap()
}

/// `target/<profile>` of this test binary (`target/<profile>/deps/<test>`).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_path_buf()
}

/// The runtime archive for this test's profile, built with cargo first so
/// it is never stale (a no-op when up to date).
fn fresh_archive() -> PathBuf {
    let dir = profile_dir();
    let profile = dir.file_name().unwrap().to_str().unwrap().to_string();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "-p", "pyrt", "--quiet"]);
    match profile.as_str() {
        "debug" => {}
        "release" => {
            cmd.arg("--release");
        }
        other => {
            cmd.args(["--profile", other]);
        }
    }
    let status = cmd
        .env("CARGO_TARGET_DIR", dir.parent().unwrap())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()
        .expect("cargo runs");
    assert!(status.success(), "cargo build -p pyrt failed");
    let archive = dir.join(crate::archive::ARCHIVE_NAME);
    assert!(archive.is_file(), "{} was not produced", archive.display());
    archive
}

#[test]
fn links_and_runs_a_program_calling_the_runtime() {
    let archive = fresh_archive();
    let object = main_object();
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("seven");
    let start = Instant::now();
    link_with_archive(&object, &exe, &archive, &BuildOptions::default()).unwrap();
    let link_time = start.elapsed();
    let size = std::fs::metadata(&exe).unwrap().len();
    eprintln!(
        "linked {} bytes of object into a {size}-byte executable in {link_time:?}",
        object.len()
    );
    let status = Command::new(&exe).status().unwrap();
    assert_eq!(status.code(), Some(7));
    assert!(size < 10 << 20, "executable is {size} bytes");
    // Only the executable is left: the temporary folder is gone.
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "{left:?}");
}

#[test]
fn a_link_failure_reports_the_linkers_message() {
    let dir = tempfile::tempdir().unwrap();
    // An archive that is not one: cc must fail and say why.
    let bogus = dir.path().join("libbogus.a");
    std::fs::write(&bogus, b"not an archive").unwrap();
    let exe = dir.path().join("out");
    let err = link_with_archive(&main_object(), &exe, &bogus, &BuildOptions::default())
        .unwrap_err()
        .0;
    assert!(err.starts_with("linking with `cc` failed"), "{err}");
    assert!(err.contains("libbogus.a"), "{err}");
    assert!(!exe.exists());
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "temporaries left behind: {left:?}");
}

#[test]
fn a_foreign_target_needs_a_cross_linker() {
    let opts = BuildOptions {
        opt_level: 0,
        target: Some("aarch64-unknown-linux-gnu".into()),
    };
    if Triple::host().to_string() == "aarch64-unknown-linux-gnu" {
        return;
    }
    if std::env::var_os("PYC_CC").is_some() {
        return;
    }
    let err = check_target(&opts).unwrap_err().0;
    assert!(
        err.starts_with("cannot link an executable for aarch64-unknown-linux-gnu"),
        "{err}"
    );
    assert!(err.contains("cross linker"), "{err}");
    let bad = BuildOptions {
        opt_level: 0,
        target: Some("no-such-triple-at-all".into()),
    };
    let err = check_target(&bad).unwrap_err().0;
    assert!(err.starts_with("unknown target triple"), "{err}");
    let host = BuildOptions {
        opt_level: 0,
        target: Some(Triple::host().to_string()),
    };
    assert!(check_target(&host).is_ok());
}

#[test]
fn clipping_keeps_short_messages_whole() {
    assert_eq!(clip_lines("a\nb", 5), "a\nb");
    assert_eq!(clip_lines("a\nb\nc", 2), "a\nb\n... (1 more lines)");
}

#[test]
fn pyc_cc_may_carry_arguments() {
    assert_eq!(
        linkers_from(Some("zig cc -target aarch64-linux-gnu".into())),
        [["zig", "cc", "-target", "aarch64-linux-gnu"]]
    );
    assert_eq!(
        linkers_from(Some("  ".into())),
        [["cc"], ["gcc"], ["clang"]]
    );
    assert_eq!(linkers_from(None), [["cc"], ["gcc"], ["clang"]]);
}
