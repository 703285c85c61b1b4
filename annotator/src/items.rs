//! Annotation rules of container operations: `len`, `iter`/`next`,
//! `in`, item and slice access, and the generalisation of list and dict
//! definitions when items are stored (with the check that module-level
//! lists and dicts, which are frozen, are never modified).

use std::rc::Rc;

use frontend::diag::Diagnostic;

use crate::containers::Source;
use crate::model::{IntType, IterHow, OpPos, SomeValue};
use crate::ops::OpResult;
use crate::Annotator;

impl Annotator<'_> {
    // ----- containers -----

    pub fn len_of(&mut self, at: OpPos, s: &SomeValue) -> OpResult {
        match s {
            SomeValue::Str { .. }
            | SomeValue::Char { .. }
            | SomeValue::Bytes { .. }
            | SomeValue::List { .. }
            | SomeValue::Dict { .. }
            | SomeValue::Range { .. }
            | SomeValue::StringBuilder { .. } => Ok(SomeValue::nonneg_int()),
            SomeValue::Tuple(items) => Ok(SomeValue::const_int(items.len() as i128)),
            SomeValue::Instance { .. } => {
                let r = self.call_special(at, s, "__len__", vec![])?;
                Ok(r)
            }
            other => Err(self.error(
                at,
                format!("len() of {} is not supported", self.show(other)),
            )),
        }
    }

    pub fn iter_of(&mut self, at: OpPos, s: &SomeValue) -> OpResult {
        let source = Rc::new(s.clone());
        match s {
            SomeValue::List { .. }
            | SomeValue::Str { .. }
            | SomeValue::Char { .. }
            | SomeValue::Bytes { .. }
            | SomeValue::Range { .. } => Ok(SomeValue::Iter {
                source,
                how: IterHow::Plain,
            }),
            SomeValue::Dict { .. } => Ok(SomeValue::Iter {
                source,
                how: IterHow::Keys,
            }),
            SomeValue::Iter { .. } => Ok(s.clone()),
            SomeValue::Tuple(items) => {
                let mut u = SomeValue::Impossible;
                for i in items.iter() {
                    u = self.union(&u, i).map_err(|e| {
                        self.error(
                            at,
                            format!("iterating over a tuple of mixed types: {}", e.why),
                        )
                    })?;
                }
                Ok(SomeValue::Iter {
                    source,
                    how: IterHow::Plain,
                })
            }
            SomeValue::Instance { .. } => self.call_special(at, s, "__iter__", vec![]),
            other => Err(self.error(at, format!("{} is not iterable", self.show(other)))),
        }
    }

    pub fn next_of(&mut self, at: OpPos, it: &SomeValue) -> OpResult {
        match it {
            SomeValue::Iter { source, how } => {
                let (source, how) = (source.clone(), *how);
                Ok(self.iter_item(at, &source, how))
            }
            SomeValue::Instance { .. } => self.call_special(at, it, "__next__", vec![]),
            other => Err(self.error(
                at,
                format!("next() of {} is not supported", self.show(other)),
            )),
        }
    }

    /// The items an iterator over `source` produces.
    pub fn iter_item(&mut self, at: OpPos, source: &SomeValue, how: IterHow) -> SomeValue {
        let reader = at.pos();
        match how {
            IterHow::Plain | IterHow::Reversed => match source {
                SomeValue::List { def, .. } => {
                    let d = self.lists.get_mut(def.raw());
                    d.readers.insert(reader);
                    d.item.clone()
                }
                SomeValue::Str { .. } | SomeValue::Char { .. } => SomeValue::char(),
                SomeValue::Bytes { .. } => SomeValue::nonneg_int(),
                SomeValue::Range { nonneg } => SomeValue::Int {
                    ty: IntType::Int,
                    nonneg: *nonneg,
                    konst: None,
                },
                SomeValue::Dict { .. } => self.iter_item(at, source, IterHow::Keys),
                SomeValue::Tuple(items) => {
                    let mut u = SomeValue::Impossible;
                    for i in items.iter() {
                        u = self.union(&u, i).unwrap_or(u);
                    }
                    u
                }
                SomeValue::Iter { source, how } => {
                    let (s, h) = (source.clone(), *how);
                    self.iter_item(at, &s, h)
                }
                _ => SomeValue::Impossible,
            },
            IterHow::Keys | IterHow::Values | IterHow::Items => {
                let SomeValue::Dict { def, .. } = source else {
                    return SomeValue::Impossible;
                };
                let d = self.dicts.get_mut(def.raw());
                d.readers.insert(reader);
                let (k, v) = (d.key.clone(), d.value.clone());
                match how {
                    IterHow::Keys => k,
                    IterHow::Values => v,
                    _ if k.is_impossible() || v.is_impossible() => SomeValue::Impossible,
                    _ => SomeValue::Tuple(Rc::from(vec![k, v])),
                }
            }
            IterHow::Enumerate => {
                let item = self.iter_item(at, source, IterHow::Plain);
                if item.is_impossible() {
                    return item;
                }
                SomeValue::Tuple(Rc::from(vec![SomeValue::nonneg_int(), item]))
            }
            IterHow::Zip => {
                let SomeValue::Tuple(sources) = source else {
                    return SomeValue::Impossible;
                };
                let mut items = Vec::new();
                for s in sources.iter() {
                    let i = self.iter_item(at, s, IterHow::Plain);
                    if i.is_impossible() {
                        return i;
                    }
                    items.push(i);
                }
                SomeValue::Tuple(Rc::from(items))
            }
        }
    }

    pub(crate) fn contains_op(
        &mut self,
        at: OpPos,
        container: &SomeValue,
        item: &SomeValue,
    ) -> OpResult {
        if let Some(r) = self.environ_contains(at, container, item) {
            return r;
        }
        match container {
            SomeValue::List { def, .. } => {
                let d = self.lists.get_mut(def.raw());
                d.readers.insert(at.pos());
                let li = d.item.clone();
                if !li.is_impossible() {
                    self.union(&li, item).map_err(|_| {
                        self.error(
                            at,
                            format!(
                                "`in` tests for {} in a list of {}",
                                self.show(item),
                                self.show(&li)
                            ),
                        )
                    })?;
                }
                Ok(SomeValue::bool())
            }
            SomeValue::Dict { def, .. } => {
                self.dict_add_key(at, *def, item)?;
                Ok(SomeValue::bool())
            }
            SomeValue::Str { .. } | SomeValue::Char { .. } => match item {
                SomeValue::Str { .. } | SomeValue::Char { .. } => Ok(SomeValue::bool()),
                other => Err(self.error(
                    at,
                    format!(
                        "`in <str>` requires a str on the left, not {}",
                        self.show(other)
                    ),
                )),
            },
            SomeValue::Bytes { .. } => Ok(SomeValue::bool()),
            SomeValue::Tuple(items) => {
                for i in items.iter() {
                    self.union(i, item)
                        .map_err(|e| self.error(at, format!("`in` on a tuple: {}", e.why)))?;
                }
                Ok(SomeValue::bool())
            }
            SomeValue::Range { .. } => Ok(SomeValue::bool()),
            SomeValue::Instance { .. } => {
                self.call_special(at, container, "__contains__", vec![item.clone()])?;
                Ok(SomeValue::bool())
            }
            other => Err(self.error(at, format!("`in` is not supported on {}", self.show(other)))),
        }
    }

    pub(crate) fn check_index(
        &self,
        at: OpPos,
        container: &str,
        idx: &SomeValue,
    ) -> Result<(), Diagnostic> {
        match idx {
            SomeValue::Int {
                ty: IntType::Int, ..
            }
            | SomeValue::Bool { .. } => Ok(()),
            SomeValue::Int { ty, .. } => Err(self.error(
                at,
                format!(
                    "{container} indices must be plain ints, not {} (use intmask())",
                    ty.name()
                ),
            )),
            other => Err(self.error(
                at,
                format!(
                    "{container} indices must be integers, not {}",
                    self.show(other)
                ),
            )),
        }
    }

    pub(crate) fn getitem(&mut self, at: OpPos, obj: &SomeValue, idx: &SomeValue) -> OpResult {
        if let Some(r) = self.environ_getitem(at, obj, idx) {
            return r;
        }
        match obj {
            SomeValue::List { def, .. } => {
                self.check_index(at, "list", idx)?;
                let d = self.lists.get_mut(def.raw());
                d.readers.insert(at.pos());
                Ok(d.item.clone())
            }
            SomeValue::Dict { def, .. } => {
                self.dict_add_key(at, *def, idx)?;
                let d = self.dicts.get_mut(def.raw());
                d.readers.insert(at.pos());
                Ok(d.value.clone())
            }
            SomeValue::Str { .. } | SomeValue::Char { .. } => {
                self.check_index(at, "str", idx)?;
                Ok(SomeValue::char())
            }
            SomeValue::Bytes { .. } => {
                self.check_index(at, "bytes", idx)?;
                Ok(SomeValue::nonneg_int())
            }
            SomeValue::Tuple(items) => match idx {
                SomeValue::Int { konst: Some(k), .. } => {
                    let n = items.len() as i128;
                    let i = if *k < 0 { *k + n } else { *k };
                    if i < 0 || i >= n {
                        return Err(self.error(
                            at,
                            format!("tuple index {k} out of range (the tuple has {n} items)"),
                        ));
                    }
                    Ok(items[i as usize].clone())
                }
                _ => {
                    let mut u = SomeValue::Impossible;
                    for i in items.iter() {
                        u = self.union(&u, i).map_err(|_| {
                            self.error(
                                at,
                                "tuples can only be indexed with constants (their items have different types)",
                            )
                        })?;
                    }
                    self.check_index(at, "tuple", idx)?;
                    Ok(u)
                }
            },
            SomeValue::Instance { .. } => {
                self.call_special(at, obj, "__getitem__", vec![idx.clone()])
            }
            other => Err(self.error(at, format!("{} is not subscriptable", self.show(other)))),
        }
    }

    pub(crate) fn setitem(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        idx: &SomeValue,
        v: &SomeValue,
    ) -> OpResult {
        match obj {
            SomeValue::List { def, .. } => {
                self.check_index(at, "list", idx)?;
                self.check_not_frozen_list(at, *def, "item assignment")?;
                self.lists.get_mut(def.raw()).mutated = true;
                self.list_add_item(at, *def, v)?;
                Ok(SomeValue::None)
            }
            SomeValue::Dict { def, .. } => {
                self.check_not_frozen_dict(at, *def, "item assignment")?;
                self.dict_add_key(at, *def, idx)?;
                self.dict_add_value(at, *def, v)?;
                Ok(SomeValue::None)
            }
            SomeValue::Instance { .. } => {
                self.call_special(at, obj, "__setitem__", vec![idx.clone(), v.clone()])?;
                Ok(SomeValue::None)
            }
            other => Err(self.error(
                at,
                format!("{} does not support item assignment", self.show(other)),
            )),
        }
    }

    pub(crate) fn delitem(&mut self, at: OpPos, obj: &SomeValue, idx: &SomeValue) -> OpResult {
        match obj {
            SomeValue::List { def, .. } => {
                self.check_index(at, "list", idx)?;
                self.check_not_frozen_list(at, *def, "del")?;
                self.lists.get_mut(def.raw()).resized = true;
                Ok(SomeValue::None)
            }
            SomeValue::Dict { def, .. } => {
                self.check_not_frozen_dict(at, *def, "del")?;
                self.dict_add_key(at, *def, idx)?;
                Ok(SomeValue::None)
            }
            other => Err(self.error(
                at,
                format!("{} does not support item deletion", self.show(other)),
            )),
        }
    }

    pub(crate) fn check_slice_bound(
        &self,
        at: OpPos,
        s: &SomeValue,
        which: &str,
    ) -> Result<(), Diagnostic> {
        match s {
            SomeValue::None => Ok(()),
            SomeValue::Int { ty: IntType::Int, nonneg: true, .. } | SomeValue::Bool { .. } => Ok(()),
            // `x[:-1]`: all but the last item.
            SomeValue::Int { ty: IntType::Int, konst: Some(-1), .. } if which == "stop" => Ok(()),
            SomeValue::Int { ty: IntType::Int, .. } => Err(self
                .error(at, format!("slice {which} must be proven non-negative"))
                .with_label(format!("this {which} may be negative"))
                .with_note("RPython slices need non-negative bounds: check the bound (e.g. `assert start >= 0`) or compute it from len()")),
            other => Err(self.error(
                at,
                format!("slice indices must be integers, not {}", self.show(other)),
            )),
        }
    }

    pub(crate) fn getslice(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        start: &SomeValue,
        stop: &SomeValue,
    ) -> OpResult {
        self.check_slice_bound(at, start, "start")?;
        self.check_slice_bound(at, stop, "stop")?;
        match obj {
            SomeValue::List { def, .. } => {
                let span = self.graphs[at.graph.index()].op_span(at);
                let item = {
                    let d = self.lists.get_mut(def.raw());
                    d.readers.insert(at.pos());
                    d.item.clone()
                };
                let s = self.new_list(item, Some(span));
                let SomeValue::List { def: new, .. } = s else {
                    unreachable!()
                };
                // The slice is a new list whose items are the same type.
                let def = self
                    .unify_lists(*def, new)
                    .map_err(|e| self.error(at, e.why))?;
                Ok(SomeValue::List {
                    def,
                    nullable: false,
                })
            }
            SomeValue::Str { .. } | SomeValue::Char { .. } => Ok(SomeValue::str()),
            SomeValue::Bytes { .. } => Ok(SomeValue::bytes()),
            other => Err(self.error(at, format!("{} cannot be sliced", self.show(other)))),
        }
    }

    pub(crate) fn setslice(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        start: &SomeValue,
        stop: &SomeValue,
        v: &SomeValue,
    ) -> OpResult {
        self.check_slice_bound(at, start, "start")?;
        self.check_slice_bound(at, stop, "stop")?;
        match (obj, v) {
            (SomeValue::List { def, .. }, SomeValue::List { def: other, .. }) => {
                self.check_not_frozen_list(at, *def, "slice assignment")?;
                let item = self.lists.get_mut(other.raw()).item.clone();
                self.lists.get_mut(other.raw()).readers.insert(at.pos());
                self.lists.get_mut(def.raw()).resized = true;
                self.list_add_item(at, *def, &item)?;
                Ok(SomeValue::None)
            }
            _ => Err(self.error(
                at,
                format!(
                    "slice assignment of {} to {} is not supported",
                    self.show(v),
                    self.show(obj)
                ),
            )),
        }
    }

    pub(crate) fn delslice(
        &mut self,
        at: OpPos,
        obj: &SomeValue,
        start: &SomeValue,
        stop: &SomeValue,
    ) -> OpResult {
        self.check_slice_bound(at, start, "start")?;
        self.check_slice_bound(at, stop, "stop")?;
        match obj {
            SomeValue::List { def, .. } => {
                self.check_not_frozen_list(at, *def, "del")?;
                self.lists.get_mut(def.raw()).resized = true;
                Ok(SomeValue::None)
            }
            other => Err(self.error(
                at,
                format!("{} does not support slice deletion", self.show(other)),
            )),
        }
    }

    /// Generalises a list's item type with `s` (an item stored at `at`).
    pub fn list_add_item(
        &mut self,
        at: OpPos,
        def: crate::ListId,
        s: &SomeValue,
    ) -> Result<(), Diagnostic> {
        let old = self.lists.get(def.raw()).item.clone();
        let old = self.canonical(&old);
        let new = match self.union(&old, s) {
            Ok(n) => n,
            Err(e) => {
                let message = format!(
                    "a list cannot hold both {} and {}",
                    self.show(&old),
                    self.show(s)
                );
                let label = format!("{} stored here", self.show(s));
                let sources = self.lists.get(def.raw()).sources.clone();
                return Err(self.item_conflict(at, message, label, &sources, "stored", e.why));
            }
        };
        let span = self.graphs[at.graph.index()].op_span(at);
        let d = self.lists.get_mut(def.raw());
        Source::record(&mut d.sources, 4, at, span, s);
        if new != old {
            d.item = new;
            let readers: Vec<crate::Pos> = d.readers.iter().copied().collect();
            self.reflow_readers(readers);
        }
        Ok(())
    }

    pub fn dict_add_key(
        &mut self,
        at: OpPos,
        def: crate::DictId,
        s: &SomeValue,
    ) -> Result<(), Diagnostic> {
        self.dict_generalize(at, def, s, true)
    }
    pub fn dict_add_value(
        &mut self,
        at: OpPos,
        def: crate::DictId,
        s: &SomeValue,
    ) -> Result<(), Diagnostic> {
        self.dict_generalize(at, def, s, false)
    }

    fn dict_generalize(
        &mut self,
        at: OpPos,
        def: crate::DictId,
        s: &SomeValue,
        key: bool,
    ) -> Result<(), Diagnostic> {
        if key {
            // r_dict: its equality and hash functions are called on keys.
            if let Some((eq, hash)) = self.dicts.get(def.raw()).custom.clone() {
                use crate::calls::CallArgs;
                self.call_value(at, &eq, CallArgs::positional(vec![s.clone(), s.clone()]))?;
                self.call_value(at, &hash, CallArgs::positional(vec![s.clone()]))?;
            } else if let SomeValue::Float { .. } = s {
                return Err(self.error(at, "dict keys cannot be floats in RPython"));
            }
        }
        let (old, sources) = {
            let d = self.dicts.get(def.raw());
            if key {
                (d.key.clone(), &d.key_sources)
            } else {
                (d.value.clone(), &d.value_sources)
            }
        };
        let sources = sources.clone();
        let what = if key { "key" } else { "value" };
        let old = self.canonical(&old);
        let new = match self.union(&old, s) {
            Ok(n) => n,
            Err(e) => {
                let message = format!(
                    "a dict cannot have both {} and {} as {what}s",
                    self.show(&old),
                    self.show(s)
                );
                let label = format!("{} used as a {what} here", self.show(s));
                return Err(self.item_conflict(at, message, label, &sources, "used", e.why));
            }
        };
        let span = self.graphs[at.graph.index()].op_span(at);
        let d = self.dicts.get_mut(def.raw());
        let (slot, sources) = if key {
            (&mut d.key, &mut d.key_sources)
        } else {
            (&mut d.value, &mut d.value_sources)
        };
        Source::record(sources, 4, at, span, s);
        if new != old {
            *slot = new;
            let readers: Vec<crate::Pos> = d.readers.iter().copied().collect();
            self.reflow_readers(readers);
        }
        Ok(())
    }

    /// An item that cannot join a container's items: the message at `at`
    /// and where the other items came from.
    fn item_conflict(
        &self,
        at: OpPos,
        message: String,
        label: String,
        sources: &[Source],
        verb: &str,
        why: String,
    ) -> Diagnostic {
        let mut d = self.error(at, message).with_label(label);
        for src in sources {
            if let Some(sp) = src.span {
                d = d.with_related(sp, format!("{} {verb} here", self.show(&src.value)));
            }
        }
        if !why.contains("cannot be mixed") {
            d = d.with_note(why);
        }
        d
    }

    /// Reschedules the blocks that read a container's items, including the
    /// block storing the item: it may have read the old item type before
    /// the store (`out[i + 1] = out[i] + x`).
    fn reflow_readers(&mut self, readers: Vec<crate::Pos>) {
        for r in readers {
            self.schedule(r);
        }
    }

    pub fn check_not_frozen_list(
        &mut self,
        at: OpPos,
        def: crate::ListId,
        what: &str,
    ) -> Result<(), Diagnostic> {
        if let Some(name) = self.lists.get(def.raw()).frozen_global.clone() {
            return Err(self
                .error(at, format!("the module-level list `{name}` is a constant at run time: {what} would modify it"))
                .with_label("modifies a prebuilt global list")
                .with_note("module globals are frozen after import; keep mutable state in an attribute of a prebuilt instance (e.g. `state = State()` at module level, then `state.items.append(x)`)"));
        }
        Ok(())
    }

    pub fn check_not_frozen_dict(
        &mut self,
        at: OpPos,
        def: crate::DictId,
        what: &str,
    ) -> Result<(), Diagnostic> {
        if let Some(name) = self.dicts.get(def.raw()).frozen_global.clone() {
            return Err(self
                .error(at, format!("the module-level dict `{name}` is a constant at run time: {what} would modify it"))
                .with_label("modifies a prebuilt global dict")
                .with_note("module globals are frozen after import; keep mutable state in an attribute of a prebuilt instance (e.g. `state = State()` at module level, then `state.table[k] = v`)"));
        }
        Ok(())
    }
}
