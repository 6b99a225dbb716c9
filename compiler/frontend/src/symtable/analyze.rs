//! Second symtable pass: resolve every recorded name to local, global
//! (explicit/implicit), free or cell, as CPython's analyze_block does.
//!
//! Top-down, each scope receives the names bound in enclosing function
//! scopes (`bound`) and the names declared global (`global`); bottom-up, it
//! returns the names free in it or its children, which turn matching
//! function locals into cells and propagate further up.

use std::collections::HashSet;

use super::{def, error_at, ScopeKind, SymScope, SymbolTable};
use crate::error::SyntaxError;

type Set = HashSet<String>;

pub(super) fn analyze(t: &mut SymbolTable) -> Result<(), SyntaxError> {
    if t.scopes.is_empty() {
        return Ok(());
    }
    let mut free = Set::new();
    let mut global = Set::new();
    block(t, 0, None, &mut free, &mut global)
}

fn block(
    t: &mut SymbolTable,
    id: usize,
    bound: Option<&Set>,
    free: &mut Set,
    global: &mut Set,
) -> Result<(), SyntaxError> {
    let kind = t.scopes[id].kind;
    let mut local = Set::new();
    let mut newglobal = Set::new();
    let mut newbound = Set::new();
    let mut newfree = Set::new();
    if kind == ScopeKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let mut scopes: Vec<SymScope> = Vec::with_capacity(t.scopes[id].symbols.len());
    let mut bound_mut: Option<Set> = bound.cloned();
    for i in 0..t.scopes[id].symbols.len() {
        let (name, flags) = {
            let s = &t.scopes[id].symbols[i];
            (s.name.clone(), s.flags)
        };
        let sc = name_scope(
            t,
            id,
            &name,
            flags,
            bound_mut.as_mut(),
            &mut local,
            free,
            global,
        )?;
        scopes.push(sc);
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_mut {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = Set::new();
    let children = t.scopes[id].children.clone();
    for c in children {
        let mut child_free = Set::new();
        let mut child_global = newglobal.clone();
        block(t, c, Some(&newbound), &mut child_free, &mut child_global)?;
        allfree.extend(child_free);
        if t.scopes[c].has_free || t.scopes[c].child_free {
            t.scopes[id].child_free = true;
        }
    }
    newfree.extend(allfree);
    if kind == ScopeKind::Function {
        for (i, sc) in scopes.iter_mut().enumerate() {
            if *sc == SymScope::Local && newfree.remove(&t.scopes[id].symbols[i].name) {
                *sc = SymScope::Cell;
            }
        }
    } else if kind == ScopeKind::Class && newfree.remove("__class__") {
        t.scopes[id].needs_class_closure = true;
    }
    // update_symbols
    let scope = &mut t.scopes[id];
    for (sym, sc) in scope.symbols.iter_mut().zip(&scopes) {
        sym.scope = *sc;
    }
    let is_class = kind == ScopeKind::Class;
    let mut sorted_free: Vec<&String> = newfree.iter().collect();
    sorted_free.sort();
    for name in sorted_free {
        if let Some(&i) = scope.index.get(name.as_str()) {
            let sym = &mut scope.symbols[i];
            if is_class && sym.flags & (def::BOUND | def::GLOBAL) != 0 {
                sym.flags |= def::FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = &bound_mut {
            if !b.contains(name.as_str()) {
                continue;
            }
        } else {
            continue;
        }
        scope.symbols.push(super::Symbol {
            name: name.clone(),
            flags: def::FREE,
            scope: SymScope::Free,
        });
        scope.index.insert(name.clone(), scope.symbols.len() - 1);
    }
    free.extend(newfree);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn name_scope(
    t: &mut SymbolTable,
    id: usize,
    name: &str,
    flags: u32,
    bound: Option<&mut Set>,
    local: &mut Set,
    free: &mut Set,
    global: &mut Set,
) -> Result<SymScope, SyntaxError> {
    let directive = |t: &SymbolTable| {
        t.scopes[id]
            .directives
            .get(name)
            .copied()
            .unwrap_or(t.scopes[id].loc)
    };
    if flags & def::GLOBAL != 0 {
        if flags & def::NONLOCAL != 0 {
            return Err(error_at(
                format!("name '{name}' is nonlocal and global"),
                directive(t),
            ));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymScope::GlobalExplicit);
    }
    if flags & def::NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(error_at(
                "nonlocal declaration not allowed at module level",
                directive(t),
            ));
        };
        if !b.contains(name) {
            return Err(error_at(
                format!("no binding for nonlocal '{name}' found"),
                directive(t),
            ));
        }
        t.scopes[id].has_free = true;
        free.insert(name.to_string());
        return Ok(SymScope::Free);
    }
    if flags & def::BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymScope::Local);
    }
    if let Some(b) = &bound {
        if b.contains(name) {
            t.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(SymScope::Free);
        }
    }
    if global.contains(name) {
        return Ok(SymScope::GlobalImplicit);
    }
    if t.scopes[id].nested {
        t.scopes[id].has_free = true;
    }
    Ok(SymScope::GlobalImplicit)
}
