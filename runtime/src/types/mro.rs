//! C3 linearization of a class hierarchy (the `__mro__` of new types) and
//! CPython's error when no consistent order exists.
//!
//! `c3_merge` is generic over the element type so the algorithm is tested
//! on plain values; `compute_mro` applies it to type objects:
//! `mro(C) = [C] + merge(mro(B1), ..., mro(Bn), [B1, ..., Bn])`.

use crate::object::Value;
use crate::objects::tuple;
use crate::types::typeobject::TypeObject;

/// Merge the sequences C3-style. On failure returns the distinct heads of
/// the sequences that could not be merged, in sequence order (CPython lists
/// them in its error message).
pub fn c3_merge<T: Copy + PartialEq>(mut seqs: Vec<Vec<T>>) -> Result<Vec<T>, Vec<T>> {
    let mut out = Vec::new();
    // Consume from the front: keep a cursor per sequence.
    let mut pos = vec![0usize; seqs.len()];
    loop {
        let mut remaining = false;
        let mut chosen = None;
        for i in 0..seqs.len() {
            if pos[i] >= seqs[i].len() {
                continue;
            }
            remaining = true;
            let cand = seqs[i][pos[i]];
            let in_tail = seqs
                .iter()
                .zip(&pos)
                .any(|(s, &p)| p < s.len() && s[p + 1..].contains(&cand));
            if !in_tail {
                chosen = Some(cand);
                break;
            }
        }
        if !remaining {
            return Ok(out);
        }
        let Some(c) = chosen else {
            let mut heads = Vec::new();
            for (s, &p) in seqs.iter().zip(&pos) {
                if p < s.len() && !heads.contains(&s[p]) {
                    heads.push(s[p]);
                }
            }
            return Err(heads);
        };
        out.push(c);
        for (s, p) in seqs.iter_mut().zip(pos.iter_mut()) {
            if *p < s.len() && s[*p] == c {
                *p += 1;
            }
        }
    }
}

/// The message CPython gives when the merge fails.
pub fn mro_error_message(head_names: &[&str]) -> String {
    format!(
        "Cannot create a consistent method resolution\norder (MRO) for bases {}",
        head_names.join(", ")
    )
}

/// Compute `ty`'s MRO from its `bases` tuple (whose MROs must be set) as a
/// new tuple whose first item (`ty`) is *borrowed* (see `release_mro`), or
/// raise TypeError (null).
///
/// # Safety
/// `ty` is a valid type whose bases are ready.
pub unsafe fn compute_mro(ty: *mut TypeObject) -> Value {
    let bases: Vec<*mut TypeObject> = tuple::as_slice((*ty).bases)
        .iter()
        .map(|b| b.as_obj() as *mut TypeObject)
        .collect();
    let mut seqs: Vec<Vec<*mut TypeObject>> = Vec::with_capacity(bases.len() + 1);
    for &b in &bases {
        let m = (*b).mro;
        if m.is_null() {
            seqs.push(vec![b]);
        } else {
            seqs.push(
                tuple::as_slice(m)
                    .iter()
                    .map(|t| t.as_obj() as *mut TypeObject)
                    .collect(),
            );
        }
    }
    seqs.push(bases.clone());
    match c3_merge(seqs) {
        Ok(order) => {
            let mut items = vec![Value::from_obj(ty)];
            items.extend(order.into_iter().map(|t| Value::from_obj(t)));
            let t = tuple::tuple_pack(&items);
            if !t.is_null() {
                // Item 0 (the type itself) is a borrowed reference so that a
                // type and its MRO do not form a reference cycle; the tuple
                // never escapes (`__mro__` returns a copy).
                crate::object::decref(Value::from_obj(ty));
                // Not traversed by the collector (it would see the borrowed
                // item); the other items are reachable through `__bases__`.
                crate::object::gc::untrack(t.as_obj());
            }
            t
        }
        Err(heads) => {
            let names: Vec<&str> = heads.iter().map(|&t| (*t).name()).collect();
            crate::errors::raise_type_error(mro_error_message(&names))
        }
    }
}

/// Drop a type's MRO tuple built by `compute_mro` (its borrowed first item
/// is cleared first).
///
/// # Safety
/// `slot` holds an MRO tuple from `compute_mro` (or null).
pub unsafe fn release_mro(slot: &mut Value) {
    let m = std::mem::replace(slot, Value::NULL);
    if m.is_null() {
        return;
    }
    if crate::object::refcount::refcount(m) == 1 {
        *tuple::items_ptr(m) = Value::NULL;
    } else {
        // Someone else holds the tuple: give item 0 a real reference.
        crate::object::incref(*tuple::items_ptr(m));
    }
    crate::object::decref(m);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diamond() {
        // class A; class B(A); class C(A); class D(B, C)
        let (o, a, b, c) = ('o', 'a', 'b', 'c');
        let mro_b = vec![b, a, o];
        let mro_c = vec![c, a, o];
        let r = c3_merge(vec![mro_b, mro_c, vec![b, c]]).unwrap();
        assert_eq!(r, vec![b, c, a, o]);
    }

    #[test]
    fn inconsistent() {
        // class A; class B(A); class C(A, B)  -> heads A, B
        let (o, a, b) = ('o', 'a', 'b');
        let err = c3_merge(vec![vec![a, o], vec![b, a, o], vec![a, b]]).unwrap_err();
        assert_eq!(err, vec![a, b]);
        assert_eq!(
            mro_error_message(&["A", "B"]),
            "Cannot create a consistent method resolution\norder (MRO) for bases A, B"
        );
        // class P(X, Y); class Q(Y, X); class Z(P, Q) -> heads X, Y
        let (x, y, p, q) = ('x', 'y', 'p', 'q');
        let err = c3_merge(vec![vec![p, x, y, o], vec![q, y, x, o], vec![p, q]]).unwrap_err();
        assert_eq!(err, vec![x, y]);
    }
}
