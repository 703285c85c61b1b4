//! Graph simplification after building: straight-line blocks are joined,
//! unused block arguments are dropped, and exception exits are ordered with
//! the catch-all last.
//!
//! After it: no block has a single predecessor reached by an unconditional
//! link from a block with one exit (except the start, return and except
//! blocks), and every block argument is used.
//!
//! Links keep their `spans` aligned with their `args` through every rewrite.

use std::collections::HashMap;

use flowgraph::{BlockId, ExitCase, ExitSwitch, Graph, Span, Value, VarId};

pub fn simplify(g: &mut Graph) {
    skip_empty_blocks(g);
    join_blocks(g);
    remove_dead_args(g);
    order_exception_exits(g);
}

fn subst(v: &Value, map: &HashMap<VarId, Value>) -> Value {
    match v {
        Value::Var(x) => map.get(x).cloned().unwrap_or_else(|| v.clone()),
        c => c.clone(),
    }
}

/// The spans of `inner` (a link leaving a block whose input arguments are
/// `inputargs`) once that block is bypassed by `outer` (a link into it,
/// passing `outer_args` with `outer_spans`).
///
/// For an argument passed through from the block's input, the two links
/// record two places along the way. A constant has no other provenance, so
/// it keeps where it was originally produced (the outer span: `x = None`
/// rather than the `return x` that forwarded it); a variable can be traced
/// through its own definition, so it keeps the inner span (the latest
/// binding). Either falls back to the other when unknown. Other arguments
/// keep the inner link's spans.
fn compose_spans(
    inputargs: &[VarId],
    outer_args: &[Value],
    outer_spans: &[Option<Span>],
    inner_args: &[Value],
    inner_spans: &[Option<Span>],
) -> Vec<Option<Span>> {
    if outer_spans.is_empty() && inner_spans.is_empty() {
        return Vec::new();
    }
    inner_args
        .iter()
        .enumerate()
        .map(|(j, a)| {
            let inner = inner_spans.get(j).copied().flatten();
            let through = match a {
                Value::Var(v) => inputargs.iter().position(|x| x == v),
                Value::Const(_) => None,
            };
            let Some(i) = through else {
                return inner;
            };
            let outer = outer_spans.get(i).copied().flatten();
            match outer_args.get(i) {
                Some(Value::Const(_)) => outer.or(inner),
                _ => inner.or(outer),
            }
        })
        .collect()
}

/// Keeps the elements of `items` whose flag is set (`items` may be empty:
/// spans carry no information then).
fn retain_flagged<T>(items: &mut Vec<T>, flags: &[bool]) {
    let mut k = 0;
    items.retain(|_| {
        k += 1;
        flags[k - 1]
    });
}

fn predecessor_counts(g: &Graph) -> HashMap<BlockId, usize> {
    let mut counts = HashMap::new();
    for b in g.reachable_blocks() {
        for l in &g.block(b).exits {
            *counts.entry(l.target).or_insert(0) += 1;
        }
    }
    counts
}

/// Links to a block without operations that just forwards to another block
/// go directly to the final target.
fn skip_empty_blocks(g: &mut Graph) {
    loop {
        let mut changed = false;
        for b in g.reachable_blocks() {
            for i in 0..g.block(b).exits.len() {
                let target = g.block(b).exits[i].target;
                let t = g.block(target);
                if target == g.start
                    || target == b
                    || !t.ops.is_empty()
                    || t.exits.len() != 1
                    || *t.switch() != ExitSwitch::None
                {
                    continue;
                }
                let next = &t.exits[0];
                if next.target == target {
                    continue;
                }
                let map: HashMap<VarId, Value> = t
                    .inputargs
                    .iter()
                    .copied()
                    .zip(g.block(b).exits[i].args.iter().cloned())
                    .collect();
                let args = next.args.iter().map(|a| subst(a, &map)).collect();
                let outer = &g.block(b).exits[i];
                let spans = compose_spans(
                    &t.inputargs,
                    &outer.args,
                    &outer.spans,
                    &next.args,
                    &next.spans,
                );
                let new_target = next.target;
                let link = &mut g.block_mut(b).exits[i];
                link.args = args;
                link.spans = spans;
                link.target = new_target;
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

fn join_blocks(g: &mut Graph) {
    loop {
        let counts = predecessor_counts(g);
        let mut changed = false;
        for b in g.reachable_blocks() {
            let block = g.block(b);
            if block.exits.len() != 1 || *block.switch() != ExitSwitch::None {
                continue;
            }
            let target = block.exits[0].target;
            if target == b
                || target == g.return_block
                || target == g.except_block
                || target == g.start
                || counts.get(&target) != Some(&1)
            {
                continue;
            }
            let link = g.block_mut(b).exits.pop().expect("one exit");
            let t = std::mem::take(g.block_mut(target));
            let (outer_args, outer_spans) = (link.args, link.spans);
            let map: HashMap<VarId, Value> = t
                .inputargs
                .iter()
                .copied()
                .zip(outer_args.iter().cloned())
                .collect();
            let block = g.block_mut(b);
            for mut op in t.ops {
                op.args = op.args.iter().map(|a| subst(a, &map)).collect();
                block.ops.push(op);
            }
            block.exitswitch = t.exitswitch.map(|s| match s {
                ExitSwitch::Value(v) => ExitSwitch::Value(subst(&v, &map)),
                other => other,
            });
            block.exits = t
                .exits
                .into_iter()
                .map(|mut l| {
                    l.spans =
                        compose_spans(&t.inputargs, &outer_args, &outer_spans, &l.args, &l.spans);
                    l.args = l.args.iter().map(|a| subst(a, &map)).collect();
                    l
                })
                .collect();
            changed = true;
            break;
        }
        if !changed {
            return;
        }
    }
}

fn remove_dead_args(g: &mut Graph) {
    remove_dead_args_with(g, &[], true);
}

/// Drops the block arguments that no operation, exit switch or needed
/// argument of a successor uses; `extra_uses` are further uses (variables
/// of these blocks needed for another reason). The start block's arguments
/// are kept when `keep_start`.
pub(super) fn remove_dead_args_with(
    g: &mut Graph,
    extra_uses: &[(BlockId, VarId)],
    keep_start: bool,
) {
    let blocks = g.reachable_blocks();
    let fixed =
        |b: BlockId| (keep_start && b == g.start) || b == g.return_block || b == g.except_block;
    // needed[b][i]: input argument i of block b is used.
    let mut needed: HashMap<BlockId, Vec<bool>> = HashMap::new();
    for &b in &blocks {
        let block = g.block(b);
        let mut used: std::collections::HashSet<VarId> = extra_uses
            .iter()
            .filter(|(eb, _)| *eb == b)
            .map(|(_, v)| *v)
            .collect();
        for op in &block.ops {
            for a in &op.args {
                if let Value::Var(v) = a {
                    used.insert(*v);
                }
            }
        }
        if let Some(ExitSwitch::Value(Value::Var(v))) = &block.exitswitch {
            used.insert(*v);
        }
        let flags = block
            .inputargs
            .iter()
            .map(|v| fixed(b) || used.contains(v))
            .collect();
        needed.insert(b, flags);
    }
    loop {
        let mut changed = false;
        for &b in &blocks {
            let block = g.block(b);
            for l in &block.exits {
                let tflags = needed[&l.target].clone();
                for (i, a) in l.args.iter().enumerate() {
                    if !tflags[i] {
                        continue;
                    }
                    if let Value::Var(v) = a {
                        if let Some(j) = block.inputargs.iter().position(|x| x == v) {
                            if !needed[&b][j] {
                                needed.get_mut(&b).expect("block")[j] = true;
                                changed = true;
                            }
                        }
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    for &b in &blocks {
        retain_flagged(&mut g.block_mut(b).inputargs, &needed[&b]);
    }
    for &b in &blocks {
        for l in &mut g.block_mut(b).exits {
            let flags = &needed[&l.target];
            retain_flagged(&mut l.args, flags);
            if !l.spans.is_empty() {
                retain_flagged(&mut l.spans, flags);
            }
        }
    }
}

/// Exception exits are tried in order: put catch-all exits (whose class has
/// no more specific sibling) after specific ones, keeping the normal exit
/// first.
fn order_exception_exits(g: &mut Graph) {
    for b in g.reachable_blocks() {
        let block = g.block_mut(b);
        if *block.switch() != ExitSwitch::LastException || block.exits.len() < 3 {
            continue;
        }
        let mut rest = block.exits.split_off(1);
        // StopIteration-style specific exits were added first; keep order
        // but make sure the last-added catch-all stays last.
        rest.sort_by_key(|l| matches!(&l.exitcase, ExitCase::Exception(_)) as u8);
        block.exits.extend(rest);
    }
}
