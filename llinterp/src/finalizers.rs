//! Light finalizers (`__del__`) and finalizer-queue triggers in the
//! interpreter.
//!
//! The GC calls a type's destructor (or trigger) through the function
//! pointer of its `TypeInfo`; for interpreted programs every such pointer
//! is [`call_destructor`] (or [`call_fq_trigger`]), which runs the graph of
//! the object's class (`ClassInfo::destructor`, `ClassInfo::fq_trigger`)
//! with the interpreter that is running the program ([`Running`] makes it
//! current for its lifetime).

use std::cell::Cell;

use runtime::GcPtr;

use crate::eval::Interp;

thread_local! {
    /// The interpreter running a program on this thread (null: none).
    static CURRENT: Cell<*const Interp<'static>> = const { Cell::new(std::ptr::null()) };
}

/// Makes an interpreter the one destructors run in, until dropped.
pub struct Running(*const Interp<'static>);

impl Running {
    /// # Safety
    /// `it` outlives the returned guard.
    pub unsafe fn new(it: &Interp<'_>) -> Running {
        let p = it as *const Interp<'_> as *const Interp<'static>;
        let previous = CURRENT.with(|c| c.replace(p));
        Running(previous)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.0));
    }
}

/// The destructor of every interpreted type that has one: runs the
/// `__del__` graph of `obj`'s class (an exception it leaves is dropped by
/// the GC).
///
/// # Safety
/// Called by the GC on a dying object of a type with a destructor, while
/// a [`Running`] guard is alive.
pub unsafe fn call_destructor(obj: GcPtr) {
    call_class_graph(obj, |c| c.destructor);
}

/// The finalizer trigger of every interpreted finalizer queue type: runs
/// the `finalizer_trigger` graph of the queue's class.
///
/// # Safety
/// Called by the GC on a queue object, outside any collection, while a
/// [`Running`] guard is alive.
pub unsafe fn call_fq_trigger(fq: GcPtr) {
    call_class_graph(fq, |c| c.fq_trigger);
}

/// Runs the graph `which` gives for the class of `obj` on `obj`.
unsafe fn call_class_graph(
    obj: GcPtr,
    which: impl Fn(&rtyper::program::ClassInfo) -> Option<rtyper::llgraph::LlGraphId>,
) {
    let it = CURRENT.with(|c| c.get());
    if it.is_null() {
        runtime::stack::fatal("a finalizer ran with no interpreter running");
    }
    let it = &*it;
    let tid = (*obj).tid;
    let class =
        it.p.classes
            .iter()
            .find(|c| which(c).is_some() && crate::heap::tid(it.p, c.inst_type) == tid);
    if let Some(g) = class.and_then(which) {
        let _ = it.call(g, &[obj as u64]);
    }
}
