//! The object file: every code object of the program lowered to a local
//! function, the program image and the entry table as data, and a C
//! `main` that hands them to the runtime's `pyrt_main`. Also the
//! `--emit=clif` listing, produced by the same lowering.

use crate::lower::{self, Imports};
use crate::{BuildOptions, NativeError, Program};
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, UserFuncName};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{ir::Function, Context};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use pyc_frontend::image::{self, ImageModule};
use std::str::FromStr;
use target_lexicon::Triple;

/// The target ISA for `opts` (host unless `--target`).
pub fn target_isa(opts: &BuildOptions) -> Result<OwnedTargetIsa, NativeError> {
    let triple = match &opts.target {
        Some(t) => Triple::from_str(t)
            .map_err(|e| NativeError(format!("unknown target triple '{t}': {e}")))?,
        None => Triple::host(),
    };
    let mut flags = settings::builder();
    let level = match opts.opt_level {
        0 => "none",
        1 => "speed",
        _ => "speed_and_size",
    };
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v)
            .map_err(|e| NativeError(format!("Cranelift setting {k}={v}: {e}")))
    };
    set(&mut flags, "opt_level", level)?;
    set(&mut flags, "is_pic", "true")?;
    set(
        &mut flags,
        "enable_verifier",
        if opts.opt_level == 0 { "true" } else { "false" },
    )?;
    let builder = cranelift_codegen::isa::lookup(triple.clone())
        .map_err(|e| NativeError(format!("target '{triple}' is not supported: {e}")))?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| NativeError(format!("target '{triple}': {e}")))
}

fn image_modules(program: &Program) -> Vec<ImageModule> {
    program
        .modules
        .iter()
        .map(|m| ImageModule {
            name: m.name.clone(),
            path: m.path.clone(),
            source: m.source.clone(),
            is_package: m.is_package,
            code: m.code.clone(),
        })
        .collect()
}

/// Lower every code object of `program` into `m`; calls `each` with the
/// code object and its function. Returns the function ids in preorder.
fn lower_all<M: Module>(
    m: &mut M,
    program: &Program,
    mut each: impl FnMut(
        &mut M,
        &pyc_frontend::bytecode::CodeObject,
        FuncId,
        Function,
    ) -> Result<(), NativeError>,
) -> Result<Vec<FuncId>, NativeError> {
    let ptr = m.target_config().pointer_type();
    let cc = m.target_config().default_call_conv;
    let sig = lower::code_signature(ptr, cc);
    let mut imports = Imports::default();
    let mut ids = Vec::new();
    for module in &program.modules {
        for code in image::preorder(&module.code) {
            let name = format!("pyc_code_{}", ids.len());
            let id = m
                .declare_function(&name, Linkage::Local, &sig)
                .map_err(|e| NativeError(format!("declaring {name}: {e}")))?;
            let func = lower::lower_code(m, &mut imports, code, id)?;
            each(m, code, id, func)?;
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Compile `program` to the bytes of an object file defining `main`.
pub fn compile_program(program: &Program, opts: &BuildOptions) -> Result<Vec<u8>, NativeError> {
    let isa = target_isa(opts)?;
    let builder = ObjectBuilder::new(
        isa,
        "pyc_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| NativeError(format!("object file: {e}")))?;
    let mut m = ObjectModule::new(builder);
    let mut ctx = Context::new();
    let ids = lower_all(&mut m, program, |m, code, id, func| {
        ctx.clear();
        ctx.func = func;
        m.define_function(id, &mut ctx)
            .map_err(|e| NativeError(format!("compiling {}: {e:?}", code.qualname)))
    })?;
    let ptr = m.target_config().pointer_type();
    let ptr_bytes = ptr.bytes() as usize;

    // The program image.
    let bytes = image::write(&program.argv0, &image_modules(program));
    let image_len = bytes.len();
    let image_id = m
        .declare_data("pyc_image", Linkage::Local, false, false)
        .map_err(|e| NativeError(e.to_string()))?;
    let mut desc = DataDescription::new();
    desc.define(bytes.into_boxed_slice());
    desc.set_align(8);
    m.define_data(image_id, &desc)
        .map_err(|e| NativeError(e.to_string()))?;

    // The entry table: one function address per code object.
    let table_id = m
        .declare_data("pyc_entries", Linkage::Local, false, false)
        .map_err(|e| NativeError(e.to_string()))?;
    let mut desc = DataDescription::new();
    desc.define(vec![0u8; ids.len().max(1) * ptr_bytes].into_boxed_slice());
    desc.set_align(8);
    for (k, &id) in ids.iter().enumerate() {
        let fref = m.declare_func_in_data(id, &mut desc);
        desc.write_function_addr((k * ptr_bytes) as u32, fref);
    }
    m.define_data(table_id, &desc)
        .map_err(|e| NativeError(e.to_string()))?;

    // int main(int argc, char **argv) { return pyrt_main(...); }
    let cc = m.target_config().default_call_conv;
    let mut sig = cranelift_codegen::ir::Signature::new(cc);
    sig.params.push(AbiParam::new(types::I32));
    sig.params.push(AbiParam::new(ptr));
    sig.returns.push(AbiParam::new(types::I32));
    let main_id = m
        .declare_function("main", Linkage::Export, &sig)
        .map_err(|e| NativeError(e.to_string()))?;
    let mut imports = Imports::default();
    let pyrt_main = imports.get(&mut m, "pyrt_main")?;
    ctx.clear();
    ctx.func = Function::with_name_signature(UserFuncName::user(0, main_id.as_u32()), sig);
    let mut fctx = FunctionBuilderContext::new();
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let argc = b.block_params(entry)[0];
        let argv = b.block_params(entry)[1];
        let gi = m.declare_data_in_func(image_id, b.func);
        let gt = m.declare_data_in_func(table_id, b.func);
        let img = b.ins().symbol_value(ptr, gi);
        let tab = b.ins().symbol_value(ptr, gt);
        let len = b.ins().iconst(ptr, image_len as i64);
        let n = b.ins().iconst(ptr, ids.len() as i64);
        let f = m.declare_func_in_func(pyrt_main, b.func);
        let call = b.ins().call(f, &[argc, argv, img, len, tab, n]);
        let r = b.inst_results(call)[0];
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(m.target_config());
    }
    m.define_function(main_id, &mut ctx)
        .map_err(|e| NativeError(format!("compiling main: {e:?}")))?;
    let product = m.finish();
    product
        .emit()
        .map_err(|e| NativeError(format!("writing the object file: {e}")))
}

/// The CLIF of every function of `program`, each headed by its code
/// object's qualified name (`--emit=clif`).
pub fn clif_listing(program: &Program, opts: &BuildOptions) -> Result<String, NativeError> {
    let isa = target_isa(opts)?;
    let builder = ObjectBuilder::new(
        isa,
        "pyc_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| NativeError(format!("object file: {e}")))?;
    let mut m = ObjectModule::new(builder);
    let mut out = String::new();
    lower_all(&mut m, program, |_, code, _, func| {
        out.push_str(&format!(
            "; {} ({}:{})\n{}\n",
            code.qualname,
            code.filename,
            code.firstlineno,
            func.display()
        ));
        Ok(())
    })?;
    Ok(out)
}
