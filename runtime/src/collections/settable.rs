//! The open-addressing hash table behind `set` and `frozenset`, reproducing
//! CPython 3.11's table exactly so iteration order (which programs print)
//! is the same for deterministically hashed keys such as ints.
//!
//! Invariants and policy (as observed in CPython 3.11):
//! - the table size is a power of two, at least 8; `fill` counts active plus
//!   dummy slots, `used` counts active slots; at least one slot stays empty;
//! - probing starts at `hash & mask`, looks at up to 9 following slots
//!   linearly when they fit before the end of the table, then jumps with
//!   `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask` (perturb starts as the
//!   hash, unsigned);
//! - an insertion that lands in a never-used slot bumps `fill`; when
//!   `fill * 5 >= mask * 3` the table is rebuilt for `used * 4` entries
//!   (`used * 2` above 50000 entries): new size = smallest power of two
//!   `> minused`, starting at 8;
//! - a new key reuses the *last* dummy slot met on its probe path (checked
//!   empirically against 3.11);
//! - deletion leaves a dummy; only bulk difference-updates purge dummies.
//!
//! Keys are generic: callers supply each key's hash and an equality
//! callback that may fail (Python `__eq__` can raise); a failure aborts the
//! operation and is passed through unchanged.
//!
//! How CPython builds sets from these operations (the object model must
//! follow it for orders to match):
//! - `set(iterable)`, set comprehensions, `{a, b}` with non-constant items,
//!   `s.add`: [`SetTable::insert`] per item, in iteration order;
//! - `set(s)`/`frozenset(s)`/`s.copy()` for a set `s`: [`SetTable::copy`];
//!   `set(d)` for an exact dict: [`SetTable::update_from_dict`];
//! - a set display of three or more constants compiles to a frozenset
//!   constant merged into a new set (`BUILD_SET 0; SET_UPDATE`), i.e.
//!   insertion into one table, then a copy;
//! - `s.update(*others)` / `|=`: [`SetTable::merge`] for set operands,
//!   `insert` per item otherwise; `a | b` and `a.union(*others)` start from
//!   `a.copy()` (`a | a` is just the copy);
//! - `a & b`, `a.intersection(x)`: [`SetTable::intersection`] for sets,
//!   [`SetTable::intersection_iter`] otherwise; several arguments apply it
//!   left to right; `a & a` is `a.copy()`; `&=` replaces the table;
//! - `a - b`, `a.difference(*others)`: [`SetTable::difference`] with the
//!   first argument, then [`SetTable::difference_update`] with the rest;
//!   `a -= a` clears;
//! - `a ^ b`: [`SetTable::symmetric_difference`] (a non-set `b` is first
//!   made into a set by insertion); `a ^= b` is
//!   [`SetTable::symmetric_difference_update`]; `a ^= a` clears;
//! - `s.pop()`: [`SetTable::pop`] (KeyError "pop from an empty set" when
//!   it returns None); `s.clear()`: [`SetTable::clear`].

/// Number of extra slots examined linearly before a perturbed jump.
const LINEAR_PROBES: usize = 9;
/// Shift applied to the perturbation on every jump.
const PERTURB_SHIFT: u32 = 5;
/// Initial (and minimum) table size.
pub const MIN_SIZE: usize = 8;

#[derive(Clone, Debug)]
enum Slot<K> {
    Empty,
    Dummy,
    Active(i64, K),
}

/// A CPython-compatible set table.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    slots: Vec<Slot<K>>,
    fill: usize,
    used: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// Result of looking a key up: its slot, or where the probe stopped.
enum Probe {
    Found(usize),
    /// Not present; `usize` is the slot to insert into (first dummy on the
    /// path, else the empty slot that ended the search) and whether that
    /// slot is a never-used one.
    Absent(usize, bool),
}

impl<K> SetTable<K> {
    /// An empty table of the minimum size.
    pub fn new() -> Self {
        SetTable {
            slots: Self::empty_slots(MIN_SIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    fn empty_slots(n: usize) -> Vec<Slot<K>> {
        let mut v = Vec::with_capacity(n);
        v.resize_with(n, || Slot::Empty);
        v
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Current table size (number of slots).
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Keys with their hashes in iteration (table) order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, i64)> + '_ {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((k, *h)),
            _ => None,
        })
    }

    /// The key at table position `pos` or the next active one after it:
    /// `(next position, key, hash)`. Lets a set iterator walk the table
    /// while tolerating (and detecting, via `len`) concurrent changes.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &K, i64)> {
        while pos < self.slots.len() {
            if let Slot::Active(h, k) = &self.slots[pos] {
                return Some((pos + 1, k, *h));
            }
            pos += 1;
        }
        None
    }

    fn probe<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Probe, E> {
        let mask = self.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        return Ok(match freeslot {
                            Some(f) => Probe::Absent(f, false),
                            None => Probe::Absent(j, true),
                        });
                    }
                    Slot::Active(h, k) => {
                        if *h == hash && eq(k, key)? {
                            return Ok(Probe::Found(j));
                        }
                    }
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Places a key known to be absent into a table without dummies.
    fn insert_clean(slots: &mut [Slot<K>], key: K, hash: i64) {
        let mask = slots.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                if let Some(slot) = slots[i + 1..=i + LINEAR_PROBES]
                    .iter_mut()
                    .find(|s| matches!(s, Slot::Empty))
                {
                    *slot = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Rebuilds the table with room for `minused` keys, dropping dummies.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // Same small table and no dummies: nothing to do.
            return;
        }
        let old = std::mem::replace(&mut self.slots, Self::empty_slots(newsize));
        for slot in old {
            if let Slot::Active(h, k) = slot {
                Self::insert_clean(&mut self.slots, k, h);
            }
        }
        self.fill = self.used;
    }

    fn grow_after_insert(&mut self) {
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// `set.add`: inserts `key` unless an equal key is present (the stored
    /// key is then kept and `key` dropped). Returns whether it was added.
    pub fn insert<E>(
        &mut self,
        key: K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        match self.probe(&key, hash, eq)? {
            Probe::Found(_) => Ok(false),
            Probe::Absent(slot, fresh) => {
                self.slots[slot] = Slot::Active(hash, key);
                self.used += 1;
                if fresh {
                    self.fill += 1;
                    self.grow_after_insert();
                }
                Ok(true)
            }
        }
    }

    /// Membership test.
    pub fn contains<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(matches!(self.probe(key, hash, eq)?, Probe::Found(_)))
    }

    /// The stored key equal to `key`, if any.
    pub fn get<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<&K>, E> {
        Ok(match self.probe(key, hash, eq)? {
            Probe::Found(i) => match &self.slots[i] {
                Slot::Active(_, k) => Some(k),
                _ => None,
            },
            Probe::Absent(..) => None,
        })
    }

    /// `set.discard`: removes the key equal to `key`, returning the stored
    /// key (None when absent). Leaves a dummy slot.
    pub fn remove<E>(
        &mut self,
        key: &K,
        hash: i64,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        match self.probe(key, hash, eq)? {
            Probe::Found(i) => {
                let old = std::mem::replace(&mut self.slots[i], Slot::Dummy);
                self.used -= 1;
                Ok(match old {
                    Slot::Active(_, k) => Some(k),
                    _ => None,
                })
            }
            Probe::Absent(..) => Ok(None),
        }
    }

    /// `set.pop`: removes and returns the next key from the pop finger
    /// (None for an empty set: CPython's "pop from an empty set").
    pub fn pop(&mut self) -> Option<(K, i64)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active(..)) {
            i = if i == mask { 0 } else { i + 1 };
        }
        let old = std::mem::replace(&mut self.slots[i], Slot::Dummy);
        self.used -= 1;
        self.finger = i + 1;
        match old {
            Slot::Active(h, k) => Some((k, h)),
            _ => None,
        }
    }

    /// `set.clear`: back to an empty minimum-size table.
    pub fn clear(&mut self) {
        self.slots = Self::empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
    }
}

impl<K: Clone> SetTable<K> {
    /// `set.update(other_set)` / `|=` with a set: one presize, then the
    /// other table's keys in its order.
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            // Empty table of the same size: copy slot by slot.
            self.slots = other.slots.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Ok(());
        }
        if self.fill == 0 {
            for (k, h) in other.iter() {
                Self::insert_clean(&mut self.slots, k.clone(), h);
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (k, h) in other.iter() {
            self.insert(k.clone(), h, eq)?;
        }
        Ok(())
    }

    /// `set.update(d)` for an exact dict: presize for the dict's size, then
    /// add its keys (given in dict order with their hashes).
    pub fn update_from_dict<E>(
        &mut self,
        keys: &[(K, i64)],
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (self.fill + keys.len()) * 5 >= self.mask() * 3 {
            self.resize((self.used + keys.len()) * 2);
        }
        for (k, h) in keys {
            self.insert(k.clone(), *h, eq)?;
        }
        Ok(())
    }

    /// `set(s)` / `s.copy()`: a new table filled by [`Self::merge`] (which
    /// may pick a different size than `self`'s, as in CPython).
    pub fn copy(&self) -> SetTable<K> {
        let mut t = SetTable::new();
        let mut never = |_: &K, _: &K| -> Result<bool, ()> { Ok(false) };
        // Merging into an empty table never compares keys.
        let _ = t.merge(self, &mut never);
        t
    }

    /// `a | b` for two sets.
    pub fn union<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut r = self.copy();
        r.merge(other, eq)?;
        Ok(r)
    }

    /// `a & b` for two sets: walks the smaller one (the right operand on a
    /// tie), keeping keys found in the other, in walk order.
    pub fn intersection<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut r = SetTable::new();
        for (k, h) in small.iter() {
            if big.contains(k, h, eq)? {
                r.insert(k.clone(), h, eq)?;
            }
        }
        Ok(r)
    }

    /// `a.intersection(iterable)` for a non-set iterable of (key, hash)
    /// pairs: keeps, in the iterable's order, keys contained in `self`.
    /// The stored key added is the iterable's.
    pub fn intersection_iter<E>(
        &self,
        items: impl IntoIterator<Item = (K, i64)>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut r = SetTable::new();
        for (k, h) in items {
            if self.contains(&k, h, eq)? {
                r.insert(k, h, eq)?;
            }
        }
        Ok(r)
    }

    /// `a &= b` for two sets (the table is replaced by the intersection).
    pub fn intersection_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        *self = self.intersection(other, eq)?;
        Ok(())
    }

    /// `a -= b` for two sets: discards each key of `b` (in b's order), then
    /// purges dummies if more than a quarter of the table holds them.
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (k, h) in other.iter() {
            self.remove(k, h, eq)?;
        }
        self.purge_dummies();
        Ok(())
    }

    /// `a.difference_update(iterable)` for a non-set iterable.
    pub fn difference_update_iter<E>(
        &mut self,
        items: impl IntoIterator<Item = (K, i64)>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (k, h) in items {
            self.remove(&k, h, eq)?;
        }
        self.purge_dummies();
        Ok(())
    }

    fn purge_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// `a - b` for two sets. When `a` is more than four times larger than
    /// `b` it copies `a` and discards b's keys; otherwise it walks `a`
    /// keeping keys not in `b`.
    pub fn difference<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if (self.used >> 2) > other.used {
            let mut r = self.copy();
            r.difference_update(other, eq)?;
            return Ok(r);
        }
        let mut r = SetTable::new();
        for (k, h) in self.iter() {
            if !other.contains(k, h, eq)? {
                r.insert(k.clone(), h, eq)?;
            }
        }
        Ok(r)
    }

    /// `a ^= b` for two sets: each key of `b`, in b's order, is removed
    /// from `a` if present, else added.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (k, h) in other.iter() {
            if self.remove(k, h, eq)?.is_none() {
                self.insert(k.clone(), h, eq)?;
            }
        }
        Ok(())
    }

    /// `a ^ b` for two sets: a copy of `b` updated with `a`.
    pub fn symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut r = other.copy();
        r.symmetric_difference_update(self, eq)?;
        Ok(r)
    }
}

#[cfg(test)]
#[path = "settable_tests.rs"]
mod tests;
