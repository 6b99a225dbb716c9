//! `list.sort` exactly as CPython 3.11 performs it: timsort with
//! powersort's merge policy, galloping merges and `min_gallop` adaptation,
//! so a program that observes its comparisons (a logging `__lt__`, a key
//! that counts calls) sees the same sequence of `<` calls as under
//! CPython, and the same final order whatever the comparisons answer.
//!
//! The only comparison used is "less than", supplied by the caller; it may
//! fail, in which case sorting stops, the slice is left a permutation of
//! its input (as CPython leaves the list), and the error is returned.
//! Items are `Copy` handles (e.g. raw object words, or `(key, value)`
//! pairs when a key function is used): the sort only moves them.
//!
//! `reverse=True` is done as CPython does it: reverse, sort stably,
//! reverse again (also after a failure).

/// Galloping starts after this many consecutive wins of one run.
const MIN_GALLOP: usize = 7;

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, T, E> {
    lt: &'a mut dyn FnMut(&T, &T) -> Result<bool, E>,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<T>,
    listlen: usize,
}

/// Sorts `v` in place with CPython's algorithm and comparison sequence.
pub fn timsort<T: Copy, E>(
    v: &mut [T],
    reverse: bool,
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if reverse && n > 1 {
        v.reverse();
    }
    let result = sort_forward(v, lt);
    if reverse && n > 1 {
        v.reverse();
    }
    result
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

fn sort_forward<T: Copy, E>(
    v: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> Result<bool, E>,
) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        tmp: Vec::new(),
        listlen: n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = count_run(&mut ms, &v[lo..lo + remaining])?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binary_sort(&mut ms, &mut v[lo..lo + force], run)?;
            run = force;
        }
        found_new_run(&mut ms, v, run)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    while ms.pending.len() > 1 {
        let mut i = ms.pending.len() - 2;
        if i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len {
            i -= 1;
        }
        merge_at(&mut ms, v, i)?;
    }
    Ok(())
}

/// Length of the run at the start of `v` and whether it is strictly
/// descending.
fn count_run<T: Copy, E>(ms: &mut MergeState<'_, T, E>, v: &[T]) -> Result<(usize, bool), E> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if (ms.lt)(&v[1], &v[0])? {
        while n < v.len() && (ms.lt)(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < v.len() && !(ms.lt)(&v[n], &v[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion sort of `v`, whose first `start` items are sorted.
fn binary_sort<T: Copy, E>(
    ms: &mut MergeState<'_, T, E>,
    v: &mut [T],
    mut start: usize,
) -> Result<(), E> {
    if start == 0 {
        start = 1;
    }
    for i in start..v.len() {
        let pivot = v[i];
        let (mut l, mut r) = (0, i);
        loop {
            let p = l + ((r - l) >> 1);
            if (ms.lt)(&pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        v.copy_within(l..i, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Powersort's "power" of the boundary between two adjacent runs.
fn power_loop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

fn found_new_run<T: Copy, E>(
    ms: &mut MergeState<'_, T, E>,
    v: &mut [T],
    n2: usize,
) -> Result<(), E> {
    if let Some(top) = ms.pending.last() {
        let power = power_loop(top.base, top.len, n2, ms.listlen);
        while ms.pending.len() > 1 && ms.pending[ms.pending.len() - 2].power > power {
            let i = ms.pending.len() - 2;
            merge_at(ms, v, i)?;
        }
        if let Some(top) = ms.pending.last_mut() {
            top.power = power;
        }
    }
    Ok(())
}

/// Position in sorted `a` where `key` goes, left of equal items.
fn gallop_left<T: Copy, E>(
    ms: &mut MergeState<'_, T, E>,
    key: &T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    if (ms.lt)(&a[hint], key)? {
        let maxofs = n - hint;
        while ofs < maxofs {
            if (ms.lt)(&a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if (ms.lt)(&a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        // lastofs may become -1 (as a signed offset); keep it shifted by 1.
        let new_last = hint as isize - ofs as isize;
        ofs = hint - k;
        return finish_gallop_left(ms, key, a, new_last, ofs);
    }
    finish_gallop_left(ms, key, a, lastofs as isize, ofs)
}

fn finish_gallop_left<T: Copy, E>(
    ms: &mut MergeState<'_, T, E>,
    key: &T,
    a: &[T],
    lastofs: isize,
    mut ofs: usize,
) -> Result<usize, E> {
    let mut lo = (lastofs + 1) as usize;
    while lo < ofs {
        let m = lo + ((ofs - lo) >> 1);
        if (ms.lt)(&a[m], key)? {
            lo = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

/// Position in sorted `a` where `key` goes, right of equal items.
fn gallop_right<T: Copy, E>(
    ms: &mut MergeState<'_, T, E>,
    key: &T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    let last_signed: isize;
    if (ms.lt)(key, &a[hint])? {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if (ms.lt)(key, &a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        last_signed = hint as isize - ofs as isize;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if (ms.lt)(key, &a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        last_signed = (lastofs + hint) as isize;
        ofs += hint;
    }
    let mut lo = (last_signed + 1) as usize;
    while lo < ofs {
        let m = lo + ((ofs - lo) >> 1);
        if (ms.lt)(key, &a[m])? {
            ofs = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(ofs)
}

/// Merges pending runs `i` and `i + 1`.
fn merge_at<T: Copy, E>(ms: &mut MergeState<'_, T, E>, v: &mut [T], i: usize) -> Result<(), E> {
    let base_a = ms.pending[i].base;
    let mut na = ms.pending[i].len;
    let base_b = ms.pending[i + 1].base;
    let mut nb = ms.pending[i + 1].len;
    ms.pending[i].len = na + nb;
    ms.pending.remove(i + 1);
    // Where does b start in a? Items of a before it are already in place.
    let first_b = v[base_b];
    let k = gallop_right(ms, &first_b, &v[base_a..base_a + na], 0)?;
    let base_a = base_a + k;
    na -= k;
    if na == 0 {
        return Ok(());
    }
    // Where does a end in b? Items of b after it are already in place.
    let last_a = v[base_a + na - 1];
    nb = gallop_left(ms, &last_a, &v[base_b..base_b + nb], nb - 1)?;
    if nb == 0 {
        return Ok(());
    }
    if na <= nb {
        merge_lo(ms, v, base_a, na, base_b, nb)
    } else {
        merge_hi(ms, v, base_a, na, base_b, nb)
    }
}

/// Merges adjacent runs a (copied out, na <= nb) and b, left to right.
fn merge_lo<T: Copy, E>(
    ms: &mut MergeState<'_, T, E>,
    v: &mut [T],
    base_a: usize,
    mut na: usize,
    base_b: usize,
    mut nb: usize,
) -> Result<(), E> {
    let mut tmp = std::mem::take(&mut ms.tmp);
    tmp.clear();
    tmp.extend_from_slice(&v[base_a..base_a + na]);
    let mut pa = 0; // index into tmp
    let mut pb = base_b; // index into v
    let mut dest = base_a;
    let result = (|| -> Result<(), Option<E>> {
        v[dest] = v[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        if nb == 0 {
            return Ok(());
        }
        if na == 1 {
            return Err(None);
        }
        let mut min_gallop = ms.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                if (ms.lt)(&v[pb], &tmp[pa]).map_err(Some)? {
                    v[dest] = v[pb];
                    dest += 1;
                    pb += 1;
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(());
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                } else {
                    v[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 1 {
                        return Err(None);
                    }
                    if acount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                ms.min_gallop = min_gallop;
                let key = v[pb];
                let k = gallop_right(ms, &key, &tmp[pa..pa + na], 0).map_err(Some)?;
                acount = k;
                if k > 0 {
                    v[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                    dest += k;
                    pa += k;
                    na -= k;
                    if na == 1 {
                        return Err(None);
                    }
                    if na == 0 {
                        return Ok(());
                    }
                }
                v[dest] = v[pb];
                dest += 1;
                pb += 1;
                nb -= 1;
                if nb == 0 {
                    return Ok(());
                }
                let key = tmp[pa];
                let k = gallop_left(ms, &key, &v[pb..pb + nb], 0).map_err(Some)?;
                bcount = k;
                if k > 0 {
                    v.copy_within(pb..pb + k, dest);
                    dest += k;
                    pb += k;
                    nb -= k;
                    if nb == 0 {
                        return Ok(());
                    }
                }
                v[dest] = tmp[pa];
                dest += 1;
                pa += 1;
                na -= 1;
                if na == 1 {
                    return Err(None);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    })();
    // Err(None) is the "copy b, then the last a item" exit.
    let out = match result {
        Ok(()) => Ok(()),
        Err(None) => {
            v.copy_within(pb..pb + nb, dest);
            v[dest + nb] = tmp[pa];
            na = 0;
            Ok(())
        }
        Err(Some(e)) => Err(e),
    };
    if na > 0 {
        v[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
    }
    ms.tmp = tmp;
    out
}

/// Merges adjacent runs a and b (copied out, nb < na), right to left.
fn merge_hi<T: Copy, E>(
    ms: &mut MergeState<'_, T, E>,
    v: &mut [T],
    base_a: usize,
    mut na: usize,
    base_b: usize,
    mut nb: usize,
) -> Result<(), E> {
    let mut tmp = std::mem::take(&mut ms.tmp);
    tmp.clear();
    tmp.extend_from_slice(&v[base_b..base_b + nb]);
    // Indexes of the last unmerged items (one past, to stay unsigned).
    let mut pa = base_a + na; // v[pa - 1] is the last item of a
    let mut pb = nb; // tmp[pb - 1] is the last item of b
    let mut dest = base_b + nb; // v[dest - 1] is the next slot to fill
    let result = (|| -> Result<(), Option<E>> {
        v[dest - 1] = v[pa - 1];
        dest -= 1;
        pa -= 1;
        na -= 1;
        if na == 0 {
            return Ok(());
        }
        if nb == 1 {
            return Err(None);
        }
        let mut min_gallop = ms.min_gallop;
        loop {
            let (mut acount, mut bcount) = (0usize, 0usize);
            loop {
                if (ms.lt)(&tmp[pb - 1], &v[pa - 1]).map_err(Some)? {
                    v[dest - 1] = v[pa - 1];
                    dest -= 1;
                    pa -= 1;
                    acount += 1;
                    bcount = 0;
                    na -= 1;
                    if na == 0 {
                        return Ok(());
                    }
                    if acount >= min_gallop {
                        break;
                    }
                } else {
                    v[dest - 1] = tmp[pb - 1];
                    dest -= 1;
                    pb -= 1;
                    bcount += 1;
                    acount = 0;
                    nb -= 1;
                    if nb == 1 {
                        return Err(None);
                    }
                    if bcount >= min_gallop {
                        break;
                    }
                }
            }
            min_gallop += 1;
            loop {
                min_gallop -= (min_gallop > 1) as usize;
                ms.min_gallop = min_gallop;
                let key = tmp[pb - 1];
                let k = gallop_right(ms, &key, &v[base_a..base_a + na], na - 1).map_err(Some)?;
                let k = na - k;
                acount = k;
                if k > 0 {
                    v.copy_within(pa - k..pa, dest - k);
                    dest -= k;
                    pa -= k;
                    na -= k;
                    if na == 0 {
                        return Ok(());
                    }
                }
                v[dest - 1] = tmp[pb - 1];
                dest -= 1;
                pb -= 1;
                nb -= 1;
                if nb == 1 {
                    return Err(None);
                }
                if nb == 0 {
                    return Ok(());
                }
                let key = v[pa - 1];
                let k = gallop_left(ms, &key, &tmp[..nb], nb - 1).map_err(Some)?;
                let k = nb - k;
                bcount = k;
                if k > 0 {
                    v[dest - k..dest].copy_from_slice(&tmp[pb - k..pb]);
                    dest -= k;
                    pb -= k;
                    nb -= k;
                    if nb == 1 {
                        return Err(None);
                    }
                    if nb == 0 {
                        return Ok(());
                    }
                }
                v[dest - 1] = v[pa - 1];
                dest -= 1;
                pa -= 1;
                na -= 1;
                if na == 0 {
                    return Ok(());
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            min_gallop += 1;
            ms.min_gallop = min_gallop;
        }
    })();
    let out = match result {
        Ok(()) => Ok(()),
        Err(None) => {
            // The first item of b belongs before the rest of a.
            v.copy_within(pa - na..pa, dest - na);
            v[dest - na - 1] = tmp[0];
            nb = 0;
            Ok(())
        }
        Err(Some(e)) => Err(e),
    };
    if nb > 0 {
        v[dest - nb..dest].copy_from_slice(&tmp[..nb]);
    }
    ms.tmp = tmp;
    out
}

#[cfg(test)]
#[path = "timsort_tests.rs"]
mod tests;
