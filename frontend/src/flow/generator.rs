//! Generators (functions containing `yield`), rewritten at flow-graph level
//! into an ordinary class, as RPython does; the annotator and the rtyper
//! then see only user classes with `__iter__` and `__next__`.
//!
//! Every generator function `f` gets its own class `f.<generator>` (named
//! `generator`), a subclass of one shared base class `generator` made from
//! Python source (a virtual file):
//! * `generator.__iter__(self)`: `return self`, specialized on the class of
//!   `self` (`specialize:argtype(0)`), so `iter()` of an `f.<generator>` is
//!   an `f.<generator>`;
//! * `generator.__next__(self)`: `raise StopIteration`; only called where a
//!   value may be one of several generator classes (a function receiving
//!   two different generators), through the vtable;
//! * `f.<generator>.__next__(gen)`: the body of `f`, made resumable (below).
//!
//! The shared base lets one variable hold generators of different functions;
//! a `next()` on it may call the `__next__` of every generator class of the
//! program, which then form one call family: they must all yield one type
//! (the annotator says so in a note when they do not).
//!
//! The graph of `f` itself only creates the generator object:
//!
//! ```text
//! gen = simple_call(<class f.<generator>>)
//! setattr(gen, 'y0_a', a)          # each parameter the body uses
//! setattr(gen, 'gi_state', 0)
//! return gen
//! ```
//!
//! Fields of a generator object: `gi_state` is 0 before the first `next()`,
//! `k` while suspended at the k-th `yield` (in source order), and -1 while
//! running or once finished; `y<k>_<name>` holds the variable `<name>`
//! saved at resumption point `k` (0: the start, with the parameters).
//! Each point has its own fields, so a name may have different types at
//! different points.
//!
//! The `__next__` graph is the function body built as usual, with each
//! `yield` statement ending its block with a link to a fresh block (see
//! [`YieldPoint`]); then:
//! 1. the generator object is threaded through every block as an extra
//!    argument, and block arguments are pruned by liveness (the yielded value
//!    and the generator object count as used at each `yield`), so only live
//!    variables are saved;
//! 2. each `yield` block saves the arguments of its link into the fields of
//!    its resumption point, sets `gi_state`, and returns the value; the
//!    resumption block takes only the generator object and reloads them;
//! 3. a new start block reads `gi_state`, sets it to -1 (an exception or a
//!    `return` leaves the generator finished, as in CPython) and dispatches
//!    with a chain of `eq` tests; an unknown state (-1) and every `return`
//!    raise `StopIteration` (a resumption point that only does that, after
//!    the last `yield`, gets no test).
//!
//! Not supported (located errors from the builder): `yield` used as a value
//! (`send`), `yield from`, `return` with a value, and `yield` inside
//! `try`/`finally` or `with` (an abandoned generator would never run the
//! cleanup).

use std::collections::HashSet;
use std::path::Path;
use std::rc::Rc;

use flowgraph::{
    BlockId, Constant, ExitCase, ExitSwitch, Graph, Link, ObjRef, Op, OpName, Span, Value, VarId,
};
use indexmap::IndexMap;

use super::builder::{self, YieldPoint};
use crate::diag::Diagnostic;
use crate::eval::Interp;
use crate::heap::{Class, ClassKind, FuncCode, FuncDef, Function, Namespace, Object};

/// The field holding the resumption point.
const STATE: &str = "gi_state";

/// The source of the methods of the base class `generator`. Each generator
/// class overrides `__next__` with a function of the same signature (the
/// same code object) whose graph is the generator's resumable body.
const METHODS_SOURCE: &str = "\
def __iter__(self):
    return self


def __next__(self):
    raise StopIteration
";

/// The generator classes synthesized so far (kept by the [`Interp`]).
#[derive(Default)]
pub struct Generators {
    /// The code of `__iter__` and `__next__`, shared by every class.
    methods: Option<(Rc<FuncCode>, Rc<FuncCode>)>,
    /// The base class of the generator classes.
    base: Option<ObjRef>,
    /// By generator function.
    by_func: IndexMap<ObjRef, Rc<GenParts>>,
    /// `__next__` method → its generator function.
    next_of: IndexMap<ObjRef, ObjRef>,
}

struct GenParts {
    class: ObjRef,
    /// The graph of `__next__`.
    next: Graph,
    /// The parameters the body uses: index among the parameters, field.
    saved_params: Vec<(usize, Rc<str>)>,
}

/// The generator function whose `__next__` method `func` is, if it is one.
pub(super) fn generator_of_next(interp: &Interp, func: ObjRef) -> Option<ObjRef> {
    interp.generators.next_of.get(&func).copied()
}

/// The graph of the `__next__` method of `gen_func`'s generator class.
pub(super) fn next_graph(interp: &mut Interp, gen_func: ObjRef) -> Result<Graph, Vec<Diagnostic>> {
    Ok(parts(interp, gen_func)?.next.clone())
}

/// The graph of a generator function: it creates the generator object.
pub(super) fn entry_graph(interp: &mut Interp, func: ObjRef) -> Result<Graph, Vec<Diagnostic>> {
    let parts = parts(interp, func)?;
    let f = interp.heap.as_function(func).expect("a function");
    let code = f.code.clone();
    let name = builder::graph_name(interp, f.module, &f.qualname);
    let span = code.span;
    let mut g = Graph::new(name, span, &code.scope.params);
    let params = g.params().to_vec();
    let gen = g.new_var(Some("gen".into()));
    let mut ops = vec![Op {
        name: OpName::SimpleCall,
        args: vec![Value::Const(Constant::Obj(parts.class))],
        result: gen,
        span,
    }];
    for (i, field) in &parts.saved_params {
        ops.push(setattr(&mut g, gen, field, Value::Var(params[*i]), span));
    }
    ops.push(setattr(
        &mut g,
        gen,
        STATE,
        Value::Const(Constant::Int(0)),
        span,
    ));
    let (start, ret) = (g.start, g.return_block);
    let block = g.block_mut(start);
    block.ops = ops;
    block.exits = vec![Link {
        args: vec![Value::Var(gen)],
        target: ret,
        exitcase: ExitCase::Default,
        exc_vars: None,
        spans: vec![Some(span)],
    }];
    builder::finish(g, span).map_err(|d| vec![d])
}

/// The class and `__next__` graph of a generator function, made on first
/// use.
fn parts(interp: &mut Interp, func: ObjRef) -> Result<Rc<GenParts>, Vec<Diagnostic>> {
    if let Some(p) = interp.generators.by_func.get(&func) {
        return Ok(p.clone());
    }
    let (raw, yields) = builder::build_raw(interp, func)?;
    let class = make_class(interp, func);
    let f = interp.heap.as_function(func).expect("a function");
    let span = f.code.span;
    let class_qualname = interp.heap.as_class(class).expect("class").qualname.clone();
    let name = builder::graph_name(interp, f.module, &format!("{class_qualname}.__next__"));
    let stop = interp
        .lookup_builtin_name("StopIteration")
        .expect("StopIteration is a builtin");
    let (next, saved_params) = resumable(raw, &yields, stop, name, span);
    let next = builder::finish(next, span).map_err(|d| vec![d])?;
    let p = Rc::new(GenParts {
        class,
        next,
        saved_params,
    });
    interp.generators.by_func.insert(func, p.clone());
    Ok(p)
}

/// The code objects of `__iter__` and `__next__` (parsed once).
fn method_code(interp: &mut Interp) -> (Rc<FuncCode>, Rc<FuncCode>) {
    if let Some(m) = &interp.generators.methods {
        return m.clone();
    }
    let file = interp
        .sources
        .add(Path::new("<generator methods>"), METHODS_SOURCE.to_string());
    let stmts = crate::loader::parse(&interp.sources, file, METHODS_SOURCE)
        .expect("the generator methods parse");
    let mut codes = stmts.into_iter().map(|s| match s {
        rustpython_parser::ast::Stmt::FunctionDef(d) => {
            interp.func_code(file, FuncDef::Def(d), &[])
        }
        _ => unreachable!("only definitions"),
    });
    let m = (
        codes.next().expect("__iter__"),
        codes.next().expect("__next__"),
    );
    interp.generators.methods = Some(m.clone());
    m
}

/// Creates a class `name` (a subclass of `base`) with these methods.
fn new_class(
    interp: &mut Interp,
    name: &str,
    qualname: Rc<str>,
    module: ObjRef,
    base: ObjRef,
    span: Option<Span>,
    methods: Vec<(&str, Rc<FuncCode>, Namespace)>,
) -> ObjRef {
    let module_name: Rc<str> = match interp.heap.get(module) {
        Object::Module(m) => m.name.clone(),
        _ => "".into(),
    };
    let mut mro = interp.heap.as_class(base).expect("a class").mro.clone();
    let class = interp.heap.alloc(Object::Class(Class {
        name: name.into(),
        qualname: qualname.clone(),
        module_name,
        bases: vec![base],
        mro: Vec::new(),
        dict: Namespace::default(),
        span,
        kind: ClassKind::User,
    }));
    mro.insert(0, class);
    let mut dict = Namespace::default();
    for (name, code, fdict) in methods {
        let method = interp.heap.alloc(Object::Function(Function {
            name: name.into(),
            qualname: format!("{qualname}.{name}").into(),
            code,
            module,
            defaults: Vec::new(),
            kwdefaults: Vec::new(),
            closure: Vec::new(),
            dict: fdict,
            defining_class: Some(class),
        }));
        dict.insert(name.into(), Constant::Obj(method));
    }
    if let Object::Class(c) = interp.heap.get_mut(class) {
        c.mro = mro;
        c.dict = dict;
    }
    class
}

/// The base class `generator` of every generator class (made once): its
/// `__iter__` is specialized on the receiver's class, so iterating over a
/// generator gives that generator's own class; its `__next__` is only there
/// for calls on a receiver that may be one of several generator classes
/// (they override it).
fn base_class(interp: &mut Interp) -> ObjRef {
    if let Some(b) = interp.generators.base {
        return b;
    }
    let (iter_code, next_code) = method_code(interp);
    let builtins = interp.heap.known().builtins_module;
    let object = interp.heap.known().object;
    let mut iter_dict = Namespace::default();
    iter_dict.insert(
        "_annspecialcase_".into(),
        Constant::Str("specialize:argtype(0)".into()),
    );
    let methods = vec![
        ("__iter__", iter_code, iter_dict),
        ("__next__", next_code, Namespace::default()),
    ];
    let base = new_class(
        interp,
        "generator",
        "generator".into(),
        builtins,
        object,
        None,
        methods,
    );
    interp.generators.base = Some(base);
    base
}

/// Creates the class `f.<generator>`, whose `__next__` is the resumable body
/// of `f`.
fn make_class(interp: &mut Interp, func: ObjRef) -> ObjRef {
    let base = base_class(interp);
    let (_, next_code) = method_code(interp);
    let f = interp.heap.as_function(func).expect("a function");
    let (module, span) = (f.module, f.code.span);
    let qualname: Rc<str> = format!("{}.<generator>", f.qualname).into();
    let methods = vec![("__next__", next_code, Namespace::default())];
    let class = new_class(
        interp,
        "generator",
        qualname,
        module,
        base,
        Some(span),
        methods,
    );
    let next = interp.heap.as_class(class).expect("a class").dict["__next__"].clone();
    let Constant::Obj(next) = next else {
        unreachable!("a method")
    };
    interp.generators.next_of.insert(next, func);
    class
}

fn setattr(g: &mut Graph, obj: VarId, field: &str, v: Value, span: Span) -> Op {
    Op {
        name: OpName::SetAttr,
        args: vec![
            Value::Var(obj),
            Value::Const(Constant::Str(field.into())),
            v,
        ],
        result: g.new_var(None),
        span,
    }
}

/// Rewrites the raw body graph of a generator into its `__next__` graph
/// (see the module documentation). Returns it with the parameters to save.
fn resumable(
    mut g: Graph,
    yields: &[YieldPoint],
    stop_iteration: Constant,
    name: String,
    span: Span,
) -> (Graph, Vec<(usize, Rc<str>)>) {
    g.name = name;
    let (ret, exc) = (g.return_block, g.except_block);
    let blocks = g.reachable_blocks();
    let yields: Vec<&YieldPoint> = yields.iter().filter(|y| blocks.contains(&y.from)).collect();

    // 1. The generator object in every block, then liveness.
    let mut gen: Vec<Option<VarId>> = vec![None; g.blocks.len()];
    for &b in &blocks {
        if b != ret && b != exc {
            let v = g.new_var(Some("gen".into()));
            g.block_mut(b).inputargs.push(v);
            gen[b.index()] = Some(v);
        }
    }
    for &b in &blocks {
        let Some(gv) = gen[b.index()] else { continue };
        for link in &mut g.block_mut(b).exits {
            if link.target != ret && link.target != exc {
                link.args.push(Value::Var(gv));
                if !link.spans.is_empty() {
                    link.spans.push(None);
                }
            }
        }
    }
    let gen_of = |b: BlockId| gen[b.index()].expect("the generator object of a block");
    let params: Vec<VarId> = g.params().to_vec();
    let mut used = Vec::new();
    for y in &yields {
        used.push((y.from, gen_of(y.from)));
        if let Value::Var(v) = &y.value {
            used.push((y.from, *v));
        }
    }
    super::simplify::remove_dead_args_with(&mut g, &used, false);

    // 2. Every `return` raises StopIteration.
    let stop = g.new_block(Vec::new());
    let e = g.new_var(None);
    g.block_mut(stop).ops.push(Op {
        name: OpName::SimpleCall,
        args: vec![Value::Const(stop_iteration.clone())],
        result: e,
        span,
    });
    g.block_mut(stop).exits.push(Link {
        args: vec![Value::Const(stop_iteration), Value::Var(e)],
        target: exc,
        exitcase: ExitCase::Default,
        exc_vars: None,
        spans: Vec::new(),
    });
    for &b in &blocks {
        for link in &mut g.block_mut(b).exits {
            if link.target == ret {
                link.target = stop;
                link.args.clear();
                link.spans.clear();
            }
        }
    }

    // 3. The resumption points: the start (state 0) and each `yield`.
    let old_start = g.start;
    let fields0 = load_fields(&mut g, old_start, gen_of(old_start), "y0", span);
    let saved_params = params
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let (_, field) = fields0.iter().find(|(v, _)| v == p)?;
            Some((i, field.clone()))
        })
        .collect();
    // The block of each state.
    let mut entries = vec![old_start];
    for (k, y) in yields.iter().enumerate() {
        let k = k + 1;
        let link = g.block_mut(y.from).exits.pop().expect("the yield link");
        debug_assert!(link.target == y.resume && g.block(y.from).exits.is_empty());
        let targets = g.block(y.resume).inputargs.clone();
        let gen_resume = gen_of(y.resume);
        let fields = load_fields(&mut g, y.resume, gen_resume, &format!("y{k}"), y.span);
        let gen_from = gen_of(y.from);
        let mut saves = Vec::new();
        for (arg, t) in link.args.into_iter().zip(targets) {
            if t == gen_resume {
                continue;
            }
            let field = &fields.iter().find(|(v, _)| *v == t).expect("a field").1;
            saves.push(setattr(&mut g, gen_from, field, arg, y.span));
        }
        saves.push(setattr(
            &mut g,
            gen_from,
            STATE,
            Value::Const(Constant::Int(k as i64)),
            y.span,
        ));
        let from = g.block_mut(y.from);
        from.ops.extend(saves);
        from.exits.push(Link {
            args: vec![y.value.clone()],
            target: ret,
            exitcase: ExitCase::Default,
            exc_vars: None,
            spans: vec![Some(y.span)],
        });
        entries.push(y.resume);
    }

    // 4. The dispatch on the state.
    let mut cur_gen = g.new_var(Some("gen".into()));
    let dispatch = g.new_block(vec![cur_gen]);
    let mut state = g.new_var(Some("state".into()));
    let st = Op {
        name: OpName::GetAttr,
        args: vec![
            Value::Var(cur_gen),
            Value::Const(Constant::Str(STATE.into())),
        ],
        result: state,
        span,
    };
    let running = setattr(
        &mut g,
        cur_gen,
        STATE,
        Value::Const(Constant::Int(-1)),
        span,
    );
    g.block_mut(dispatch).ops.extend([st, running]);
    // A resumption point that only raises StopIteration (after the last
    // `yield`) needs no test: unknown states go there.
    let entries: Vec<(usize, BlockId)> = entries
        .into_iter()
        .enumerate()
        .filter(|(_, b)| {
            let block = g.block(*b);
            !(block.ops.is_empty() && block.exits.len() == 1 && block.exits[0].target == stop)
        })
        .collect();
    let mut cur = dispatch;
    let n = entries.len();
    for (i, (k, target)) in entries.into_iter().enumerate() {
        let c = g.new_var(None);
        g.block_mut(cur).ops.push(Op {
            name: OpName::Eq,
            args: vec![Value::Var(state), Value::Const(Constant::Int(k as i64))],
            result: c,
            span,
        });
        let (next, next_args, next_vars) = if i + 1 < n {
            let (ng, ns) = (
                g.new_var(Some("gen".into())),
                g.new_var(Some("state".into())),
            );
            (
                g.new_block(vec![ng, ns]),
                vec![Value::Var(cur_gen), Value::Var(state)],
                Some((ng, ns)),
            )
        } else {
            (stop, Vec::new(), None)
        };
        let block = g.block_mut(cur);
        block.exitswitch = Some(ExitSwitch::Value(Value::Var(c)));
        block.exits = vec![
            Link {
                args: vec![Value::Var(cur_gen)],
                target,
                exitcase: ExitCase::Const(Constant::Bool(true)),
                exc_vars: None,
                spans: Vec::new(),
            },
            Link {
                args: next_args,
                target: next,
                exitcase: ExitCase::Const(Constant::Bool(false)),
                exc_vars: None,
                spans: Vec::new(),
            },
        ];
        if let Some((ng, ns)) = next_vars {
            cur = next;
            cur_gen = ng;
            state = ns;
        }
    }
    g.start = dispatch;
    (g, saved_params)
}

/// Makes block `b` a resumption point: it takes only the generator object
/// and loads its other (live) arguments from fields named `<prefix>_<name>`.
/// `gen` is `b`'s generator-object argument (it may have been pruned).
/// Returns the (variable, field) pairs loaded.
fn load_fields(
    g: &mut Graph,
    b: BlockId,
    gen: VarId,
    prefix: &str,
    span: Span,
) -> Vec<(VarId, Rc<str>)> {
    let old = std::mem::take(&mut g.block_mut(b).inputargs);
    let gen_in = if old.contains(&gen) {
        gen
    } else {
        g.new_var(Some("gen".into()))
    };
    let mut names = HashSet::new();
    let mut fields = Vec::new();
    let mut loads = Vec::new();
    for v in old {
        if v == gen {
            continue;
        }
        let base = g.vars[v.index()]
            .name
            .clone()
            .unwrap_or_else(|| "tmp".into());
        let mut field = format!("{prefix}_{base}");
        let mut i = 2;
        while !names.insert(field.clone()) {
            field = format!("{prefix}_{base}_{i}");
            i += 1;
        }
        let field: Rc<str> = field.into();
        loads.push(Op {
            name: OpName::GetAttr,
            args: vec![
                Value::Var(gen_in),
                Value::Const(Constant::Str(field.clone())),
            ],
            result: v,
            span,
        });
        fields.push((v, field));
    }
    let block = g.block_mut(b);
    block.inputargs = vec![gen_in];
    block.ops.splice(0..0, loads);
    fields
}
