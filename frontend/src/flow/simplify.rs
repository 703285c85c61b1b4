//! Graph simplification after building: straight-line blocks are joined,
//! unused block arguments are dropped, and exception exits are ordered with
//! the catch-all last.
//!
//! After it: no block has a single predecessor reached by an unconditional
//! link from a block with one exit (except the start, return and except
//! blocks), and every block argument is used.

use std::collections::HashMap;

use flowgraph::{BlockId, ExitCase, ExitSwitch, Graph, Value, VarId};

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
                let new_target = next.target;
                let link = &mut g.block_mut(b).exits[i];
                link.args = args;
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
            let map: HashMap<VarId, Value> = t.inputargs.iter().copied().zip(link.args).collect();
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
    let blocks = g.reachable_blocks();
    let fixed = |b: BlockId| b == g.start || b == g.return_block || b == g.except_block;
    // needed[b][i]: input argument i of block b is used.
    let mut needed: HashMap<BlockId, Vec<bool>> = HashMap::new();
    for &b in &blocks {
        let block = g.block(b);
        let mut used = std::collections::HashSet::new();
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
        let flags = needed[&b].clone();
        let block = g.block_mut(b);
        let mut k = 0;
        block.inputargs.retain(|_| {
            k += 1;
            flags[k - 1]
        });
        for l in &mut g.block_mut(b).exits.clone().iter().enumerate() {
            let _ = l;
        }
    }
    for &b in &blocks {
        let exits = std::mem::take(&mut g.block_mut(b).exits);
        let exits = exits
            .into_iter()
            .map(|mut l| {
                let flags = &needed[&l.target];
                let mut k = 0;
                l.args.retain(|_| {
                    k += 1;
                    flags[k - 1]
                });
                l
            })
            .collect();
        g.block_mut(b).exits = exits;
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
