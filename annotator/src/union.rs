//! The union (least upper bound) of two annotations.
//!
//! `union(a, b)` is the most precise annotation containing both, or a
//! [`UnionError`] saying in words why RPython cannot have one variable
//! holding both. Unions of lists and dicts unify their definitions (their
//! item types are unioned, and readers of the losing side reflowed).
//!
//! Rules (as RPython's): `bool ∪ int = int`, `int ∪ float = float`,
//! `char ∪ str = str`, a signed int merges with an unsigned one only if it
//! is provably non-negative, `X ∪ None` is a nullable `X` for str, bytes,
//! lists, dicts, instances and PBCs (never for ints, floats or tuples),
//! instances merge to their most derived common base class, PBC sets merge
//! by set union. Constness survives only when both sides are the same
//! constant.

use std::rc::Rc;

use crate::containers::{DictData, ListData};
use crate::model::{DictId, IntType, ListId, SomeValue};
use crate::Annotator;

/// Why two annotations cannot be merged.
#[derive(Clone, Debug, PartialEq)]
pub struct UnionError {
    pub left: SomeValue,
    pub right: SomeValue,
    /// Plain-words explanation ("None cannot be mixed with an int").
    pub why: String,
}

impl Annotator<'_> {
    pub fn union(&mut self, a: &SomeValue, b: &SomeValue) -> Result<SomeValue, UnionError> {
        use SomeValue as S;
        if a == b {
            return Ok(a.clone());
        }
        let fail = |this: &Self, why: String| UnionError {
            left: a.clone(),
            right: b.clone(),
            why: if why.is_empty() {
                format!("{} cannot be mixed with {}", this.show(a), this.show(b))
            } else {
                why
            },
        };
        Ok(match (a, b) {
            (S::Impossible, x) | (x, S::Impossible) => x.clone(),
            (S::None, x) | (x, S::None) => match x.with_nullable(true) {
                Some(s) => s,
                None => return Err(fail(self, String::new())),
            },
            (S::Bool { konst: k1, .. }, S::Bool { konst: k2, .. }) => S::Bool {
                konst: if k1 == k2 { *k1 } else { None },
                ktd: None,
            },
            (S::Bool { konst, .. }, S::Int { .. }) => {
                let as_int = S::Int {
                    ty: IntType::Int,
                    nonneg: true,
                    konst: konst.map(|k| k as i128),
                };
                return self.union(&as_int, b);
            }
            (S::Int { .. }, S::Bool { .. }) => return self.union(b, a),
            (
                S::Int {
                    ty: t1,
                    nonneg: n1,
                    konst: k1,
                },
                S::Int {
                    ty: t2,
                    nonneg: n2,
                    konst: k2,
                },
            ) => {
                let ty = if t1 == t2 {
                    *t1
                } else if t1.signed() == t2.signed() {
                    IntType::combine(*t1, *t2)
                } else if *t1 == IntType::Int && *n1 {
                    *t2
                } else if *t2 == IntType::Int && *n2 {
                    *t1
                } else {
                    let why = format!(
                        "{} and {} are different integer types (use intmask() or r_uint() to convert explicitly)",
                        t1.name(),
                        t2.name()
                    );
                    return Err(fail(self, why));
                };
                S::Int {
                    ty,
                    nonneg: *n1 && *n2,
                    konst: if k1 == k2 { *k1 } else { None },
                }
            }
            (S::Float { .. }, S::Float { .. }) => S::float(),
            (S::Float { .. }, x) | (x, S::Float { .. }) if ty_is_int(x) => S::float(),
            (S::Char { konst: k1 }, S::Char { konst: k2 }) => {
                if k1 == k2 {
                    a.clone()
                } else {
                    S::char()
                }
            }
            (S::Char { .. }, S::Str { nullable, .. })
            | (S::Str { nullable, .. }, S::Char { .. }) => S::Str {
                nullable: *nullable,
                konst: None,
            },
            (
                S::Str {
                    nullable: n1,
                    konst: k1,
                },
                S::Str {
                    nullable: n2,
                    konst: k2,
                },
            ) => S::Str {
                nullable: *n1 || *n2,
                konst: if k1 == k2 { k1.clone() } else { None },
            },
            (
                S::Bytes {
                    nullable: n1,
                    konst: k1,
                },
                S::Bytes {
                    nullable: n2,
                    konst: k2,
                },
            ) => S::Bytes {
                nullable: *n1 || *n2,
                konst: if k1 == k2 { k1.clone() } else { None },
            },
            (
                S::List {
                    def: d1,
                    nullable: n1,
                },
                S::List {
                    def: d2,
                    nullable: n2,
                },
            ) => {
                let def = self.unify_lists(*d1, *d2).map_err(|e| UnionError {
                    left: a.clone(),
                    right: b.clone(),
                    why: format!("their items cannot be merged: {}", e.why),
                })?;
                S::List {
                    def,
                    nullable: *n1 || *n2,
                }
            }
            (
                S::Dict {
                    def: d1,
                    nullable: n1,
                },
                S::Dict {
                    def: d2,
                    nullable: n2,
                },
            ) => {
                let def = self.unify_dicts(*d1, *d2).map_err(|e| UnionError {
                    left: a.clone(),
                    right: b.clone(),
                    why: format!("their items cannot be merged: {}", e.why),
                })?;
                S::Dict {
                    def,
                    nullable: *n1 || *n2,
                }
            }
            (S::Tuple(x), S::Tuple(y)) => {
                if x.len() != y.len() {
                    let why = format!(
                        "tuples of different lengths ({} and {}) cannot be mixed",
                        x.len(),
                        y.len()
                    );
                    return Err(fail(self, why));
                }
                let mut items = Vec::with_capacity(x.len());
                for (i, (p, q)) in x.iter().zip(y.iter()).enumerate() {
                    items.push(self.union(p, q).map_err(|e| UnionError {
                        left: a.clone(),
                        right: b.clone(),
                        why: format!("item {i} of the tuples: {}", e.why),
                    })?);
                }
                S::Tuple(Rc::from(items))
            }
            (
                S::Instance {
                    class: c1,
                    nullable: n1,
                },
                S::Instance {
                    class: c2,
                    nullable: n2,
                },
            ) => match self.common_base(*c1, *c2) {
                Some(class) => S::Instance {
                    class,
                    nullable: *n1 || *n2,
                },
                None => {
                    let why = format!(
                        "instances of {} and {} have no common base class (other than object)",
                        self.class_name(*c1),
                        self.class_name(*c2)
                    );
                    return Err(fail(self, why));
                }
            },
            (
                S::Pbc {
                    descs: d1,
                    nullable: n1,
                },
                S::Pbc {
                    descs: d2,
                    nullable: n2,
                },
            ) => {
                let mut all: Vec<_> = d1.iter().chain(d2.iter()).cloned().collect();
                all.sort();
                all.dedup();
                S::Pbc {
                    descs: Rc::from(all),
                    nullable: *n1 || *n2,
                }
            }
            (
                S::Iter {
                    source: s1,
                    how: h1,
                },
                S::Iter {
                    source: s2,
                    how: h2,
                },
            ) if h1 == h2 => {
                let source = self.union(s1, s2)?;
                S::Iter {
                    source: Rc::new(source),
                    how: *h1,
                }
            }
            (S::Range { nonneg: n1 }, S::Range { nonneg: n2 }) => S::Range { nonneg: *n1 && *n2 },
            (S::TypeOf { nullable: n1, .. }, S::TypeOf { nullable: n2, .. }) => S::TypeOf {
                of: None,
                nullable: *n1 || *n2,
            },
            (
                S::TypeOf { nullable: n1, .. },
                S::Pbc {
                    descs,
                    nullable: n2,
                },
            )
            | (
                S::Pbc {
                    descs,
                    nullable: n2,
                },
                S::TypeOf { nullable: n1, .. },
            ) if descs
                .iter()
                .all(|d| matches!(d, crate::model::Desc::Class(_))) =>
            {
                S::TypeOf {
                    of: None,
                    nullable: *n1 || *n2,
                }
            }
            (
                S::BuiltinMethod {
                    name: m1,
                    receiver: r1,
                },
                S::BuiltinMethod {
                    name: m2,
                    receiver: r2,
                },
            ) if m1 == m2 => {
                let receiver = self.union(r1, r2)?;
                S::BuiltinMethod {
                    name: m1.clone(),
                    receiver: Rc::new(receiver),
                }
            }
            (S::StringBuilder { bytes: b1 }, S::StringBuilder { bytes: b2 }) if b1 == b2 => {
                a.clone()
            }
            (S::BigInt { nullable: n1 }, S::BigInt { nullable: n2 }) => S::BigInt {
                nullable: *n1 || *n2,
            },
            (
                S::File {
                    nullable: n1,
                    binary: b1,
                },
                S::File {
                    nullable: n2,
                    binary: b2,
                },
            ) if b1 == b2 => S::File {
                nullable: *n1 || *n2,
                binary: *b1,
            },
            (S::WeakRef { class: c1 }, S::WeakRef { class: c2 }) => match (c1, c2) {
                (None, c) | (c, None) => S::WeakRef { class: *c },
                (Some(c1), Some(c2)) => match self.common_base(*c1, *c2) {
                    Some(class) => S::WeakRef { class: Some(class) },
                    None => {
                        let why = format!(
                            "weak references to {} and {} have no common base class \
                             (other than object)",
                            self.class_name(*c1),
                            self.class_name(*c2)
                        );
                        return Err(fail(self, why));
                    }
                },
            },
            _ => return Err(fail(self, String::new())),
        })
    }

    /// `a` contains `b` (every value of `b` is a value of `a`).
    pub fn contains(&mut self, a: &SomeValue, b: &SomeValue) -> bool {
        let a = self.canonical(a);
        match self.union(&a, b) {
            Ok(u) => u == a,
            Err(_) => false,
        }
    }

    /// `s` with its list and dict definitions replaced by their current
    /// roots, so that equal annotations compare equal.
    pub fn canonical(&mut self, s: &SomeValue) -> SomeValue {
        match s {
            SomeValue::List { def, nullable } => SomeValue::List {
                def: ListId(self.lists.find(def.raw())),
                nullable: *nullable,
            },
            SomeValue::Dict { def, nullable } => SomeValue::Dict {
                def: DictId(self.dicts.find(def.raw())),
                nullable: *nullable,
            },
            SomeValue::Tuple(items) => {
                SomeValue::Tuple(items.iter().map(|i| self.canonical(i)).collect())
            }
            other => other.clone(),
        }
    }

    /// Unifies two list definitions (their item types are unioned).
    pub fn unify_lists(&mut self, a: ListId, b: ListId) -> Result<ListId, UnionError> {
        let (ia, ib) = (
            self.lists.get(a.raw()).item.clone(),
            self.lists.get(b.raw()).item.clone(),
        );
        let item = self.union(&ia, &ib)?;
        let Some((root, da, db)) = self.lists.unify(a.raw(), b.raw()) else {
            return Ok(ListId(self.lists.find(a.raw())));
        };
        let mut readers = Vec::new();
        if da.item != item {
            readers.extend(da.readers.iter().copied());
        }
        if db.item != item {
            readers.extend(db.readers.iter().copied());
        }
        let mut merged = ListData {
            item,
            resized: da.resized || db.resized,
            mutated: da.mutated || db.mutated,
            readers: da.readers,
            frozen_global: da.frozen_global.or(db.frozen_global),
            origin: da.origin.or(db.origin),
            sources: da.sources,
        };
        merged.readers.extend(db.readers);
        for s in db.sources {
            if merged.sources.len() < 8 {
                merged.sources.push(s);
            }
        }
        self.lists.set(root, merged);
        for r in readers {
            self.schedule(r);
        }
        Ok(ListId(root))
    }

    /// Unifies two dict definitions (keys and values are unioned).
    pub fn unify_dicts(&mut self, a: DictId, b: DictId) -> Result<DictId, UnionError> {
        let (ka, va) = {
            let d = self.dicts.get(a.raw());
            (d.key.clone(), d.value.clone())
        };
        let (kb, vb) = {
            let d = self.dicts.get(b.raw());
            (d.key.clone(), d.value.clone())
        };
        let key = self.union(&ka, &kb).map_err(|e| UnionError {
            why: format!("keys: {}", e.why),
            ..e
        })?;
        let value = self.union(&va, &vb).map_err(|e| UnionError {
            why: format!("values: {}", e.why),
            ..e
        })?;
        let Some((root, da, db)) = self.dicts.unify(a.raw(), b.raw()) else {
            return Ok(DictId(self.dicts.find(a.raw())));
        };
        let mut readers = Vec::new();
        if da.key != key || da.value != value {
            readers.extend(da.readers.iter().copied());
        }
        if db.key != key || db.value != value {
            readers.extend(db.readers.iter().copied());
        }
        let mut merged = DictData {
            key,
            value,
            readers: da.readers,
            frozen_global: da.frozen_global.or(db.frozen_global),
            origin: da.origin.or(db.origin),
            key_sources: da.key_sources,
            value_sources: da.value_sources,
            custom: da.custom.or(db.custom),
        };
        merged.readers.extend(db.readers);
        merged.key_sources.extend(db.key_sources);
        merged.value_sources.extend(db.value_sources);
        merged.key_sources.truncate(8);
        merged.value_sources.truncate(8);
        self.dicts.set(root, merged);
        for r in readers {
            self.schedule(r);
        }
        Ok(DictId(root))
    }
}

fn ty_is_int(s: &SomeValue) -> bool {
    matches!(
        s,
        SomeValue::Int {
            ty: IntType::Int,
            ..
        } | SomeValue::Bool { .. }
    )
}
