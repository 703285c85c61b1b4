//! The operation table of the interpreter: one handler per row of the
//! rtyper's table of low-level operations (`rtyper::llops::LLOPS`), indexed
//! the same way. Each module contributes the handlers of its topic
//! ([`crate::arith`], [`crate::memops`], [`crate::calls`]); the operations
//! that only exist after the exception and GC transforms have none (the
//! interpreter runs graphs before those transforms) and are a fatal error.

use rtyper::llops::LlOpName as L;

use crate::eval::OpCx;

/// Evaluates one operation; returns its result word (anything for `Void`).
/// An operation that raises sets the runtime's exception state.
pub type Handler = fn(&OpCx) -> u64;

/// Operations introduced by the exception and GC transforms.
pub const AFTER_TRANSFORMS: &[L] = &[
    L::ExcOccurred,
    L::ExcFetchType,
    L::ExcFetchValue,
    L::ExcClear,
    L::ExcRaise,
    L::ExcNoteLocation,
    L::GcShadowReserve,
    L::GcShadowRelease,
    L::GcSaveRoot,
    L::GcRestoreRoot,
    L::GcWriteBarrier,
    L::GcWriteBarrierArray,
];

fn after_transforms(cx: &OpCx) -> u64 {
    runtime::stack::fatal(&format!(
        "{} in {}: the interpreter runs graphs before the exception and GC transforms",
        cx.op.op, cx.g.name
    ))
}

/// The handler of every operation, indexed by `LlOpName as usize`.
pub fn build() -> Vec<Handler> {
    let mut table: Vec<Option<Handler>> = vec![None; L::ALL.len()];
    let rows = crate::arith::handlers()
        .into_iter()
        .chain(crate::memops::handlers())
        .chain(crate::calls::handlers())
        .chain(
            AFTER_TRANSFORMS
                .iter()
                .map(|op| (*op, after_transforms as Handler)),
        );
    for (op, h) in rows {
        assert!(table[op as usize].is_none(), "two handlers for {op}");
        table[op as usize] = Some(h);
    }
    table
        .into_iter()
        .enumerate()
        .map(|(i, h)| h.unwrap_or_else(|| panic!("no handler for {}", L::ALL[i])))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_operation_has_one_handler() {
        // `build` panics on a missing or duplicate row.
        assert_eq!(super::build().len(), rtyper::llops::LlOpName::ALL.len());
    }
}
