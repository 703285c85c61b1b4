//! Identity hashes and unique ids that survive moves.
//!
//! An object gets its number the first time it is asked for one; the
//! number is remembered in a table keyed by the object's *current* address.
//! Two tables: `moving` for objects a collection may still move (nursery
//! objects, or every heap object of the semispace collector) and `fixed`
//! for objects that never move (old-generation and prebuilt objects).
//! Collections re-key the `moving` table after copying ([`IdTables::rekey`])
//! and drop the entries of freed fixed objects ([`IdTables::retain_fixed`],
//! [`IdTables::remove_fixed`]).
//!
//! Invariant: between collections, every key is the address of a live
//! object that was given that number, in the table matching its kind.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hasher for the identity tables (keys are 8-aligned addresses).
#[derive(Default)]
pub(crate) struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        let x = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 29);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type IdTable = HashMap<usize, i64, BuildHasherDefault<AddrHasher>>;

/// What a collection did with an object of the `moving` table.
pub(crate) enum Moved {
    /// Dead: drop its entry.
    Dead,
    /// Copied to this address, where it may move again.
    Moving(usize),
    /// Copied to this address, where it stays (promoted).
    Fixed(usize),
}

/// The identity numbers handed out so far.
#[derive(Default)]
pub(crate) struct IdTables {
    moving: IdTable,
    fixed: IdTable,
    spare: IdTable,
    next_id: i64,
}

impl IdTables {
    /// The number of the object at `addr` (`moving` tells which table it
    /// belongs to), handing out a new one if it has none.
    pub(crate) fn get_or_assign(&mut self, addr: usize, moving: bool) -> i64 {
        let IdTables {
            moving: m,
            fixed,
            next_id,
            ..
        } = self;
        let table = if moving { m } else { fixed };
        *table.entry(addr).or_insert_with(|| {
            *next_id += 1;
            *next_id
        })
    }

    /// Re-keys the `moving` table after a collection: `fate(addr)` says
    /// where each object went.
    pub(crate) fn rekey(&mut self, mut fate: impl FnMut(usize) -> Moved) {
        if self.moving.is_empty() {
            return;
        }
        let mut still = std::mem::take(&mut self.spare);
        for (&addr, &id) in self.moving.iter() {
            match fate(addr) {
                Moved::Dead => {}
                Moved::Moving(new) => {
                    still.insert(new, id);
                }
                Moved::Fixed(new) => {
                    self.fixed.insert(new, id);
                }
            }
        }
        self.moving.clear();
        self.spare = std::mem::replace(&mut self.moving, still);
    }

    /// Keeps only the fixed objects for which `alive(addr)` holds.
    pub(crate) fn retain_fixed(&mut self, mut alive: impl FnMut(usize) -> bool) {
        self.fixed.retain(|&addr, _| alive(addr));
    }

    /// Forgets the fixed object at `addr` (freed).
    pub(crate) fn remove_fixed(&mut self, addr: usize) {
        if !self.fixed.is_empty() {
            self.fixed.remove(&addr);
        }
    }

    /// Whether no fixed object has a number.
    pub(crate) fn fixed_is_empty(&self) -> bool {
        self.fixed.is_empty()
    }
}
