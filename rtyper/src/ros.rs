//! Lowering of the `os` functions an interpreter needs at run time
//! (annotated in `annotator::osenv` and the `SIMPLE` table):
//! `os.getcwd()`, `os.getenv(name[, default])` (also `os.environ.get`),
//! `os.environ[name]`, `name in os.environ`, `os.listdir(path)` and
//! `os.path.dirname/basename/abspath/join`, `os.mkdir`/`os.rmdir`. Each is a call of a helper of
//! `runtime::os` (or `runtime::io` for `getenv`).

use annotator::osenv::is_environ;
use annotator::SomeValue;

use crate::llgraph::LlValue;
use crate::llops::LlOpName as L;
use crate::lltype::LlType;
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

impl RTyper<'_, '_> {
    /// A call of one of this module's `os` functions; `None` for other
    /// functions.
    pub(crate) fn lower_os_call(
        &mut self,
        cx: &mut GraphCx,
        module: &str,
        name: &str,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<Option<LlValue>, String> {
        let pos = &args.positional;
        let text = |this: &mut Self, cx: &mut GraphCx, i: usize| {
            let (v, s) = pos[i].clone();
            this.as_str_value(cx, v, &s)
        };
        let tid = self.str_tid();
        let r = match (module, name) {
            ("os", "getcwd") if pos.is_empty() => self.call_helper(cx, &rn::OS_GETCWD, vec![tid]),
            ("os", "getenv") => {
                let key = text(self, cx, 0);
                let r = self.call_helper(cx, &rn::OS_GETENV, vec![tid, key]);
                match pos.get(1) {
                    None | Some((_, SomeValue::None)) => r,
                    Some(_) => {
                        // `value if value is not None else default`
                        let d = text(self, cx, 1);
                        let ty = cx.ty(&r);
                        let set = cx.emit(L::PtrNonNull, vec![r.clone()], LlType::Bool);
                        cx.emit(L::Select, vec![set, r, d], ty)
                    }
                }
            }
            ("os", "listdir") => {
                let path = text(self, cx, 0);
                self.list_result(cx, &rn::OS_LISTDIR, vec![tid, path], result_s)
            }
            ("os.path", "dirname") | ("os.path", "basename") | ("os.path", "abspath") => {
                let h = match name {
                    "dirname" => &rn::OS_PATH_DIRNAME,
                    "basename" => &rn::OS_PATH_BASENAME,
                    _ => &rn::OS_PATH_ABSPATH,
                };
                let p = text(self, cx, 0);
                self.call_helper(cx, h, vec![tid, p])
            }
            ("os", "mkdir") => {
                let p = text(self, cx, 0);
                let mode = match pos.get(1) {
                    Some((v, s)) => self.convert(cx, v.clone(), s, LlType::Signed),
                    None => LlValue::int(0o777),
                };
                self.call_helper(cx, &rn::OS_MKDIR, vec![p, mode])
            }
            ("os", "rmdir") => {
                let p = text(self, cx, 0);
                self.call_helper(cx, &rn::OS_RMDIR, vec![p])
            }
            ("os.path", "join") => {
                let mut acc = text(self, cx, 0);
                for i in 1..pos.len() {
                    let b = text(self, cx, i);
                    let tid = self.str_tid();
                    acc = self.call_helper(cx, &rn::OS_PATH_JOIN, vec![tid, acc, b]);
                }
                acc
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    /// `os.environ[key]` (`getitem`) or `key in os.environ` (`contains`)
    /// when `obj_s` is `os.environ`; `None` otherwise.
    pub(crate) fn lower_environ_op(
        &mut self,
        cx: &mut GraphCx,
        getitem: bool,
        obj_s: &SomeValue,
        key: (LlValue, &SomeValue),
    ) -> Result<Option<LlValue>, String> {
        if !is_environ(&self.ann.interp.heap, obj_s) {
            return Ok(None);
        }
        if !matches!(key.1, SomeValue::Str { .. } | SomeValue::Char { .. }) {
            return Err(not_supported("os.environ keys that are not str"));
        }
        let k = self.as_str_value(cx, key.0, key.1);
        Ok(Some(if getitem {
            let tid = self.str_tid();
            self.call_helper(cx, &rn::OS_ENVIRON_GETITEM, vec![tid, k])
        } else {
            self.call_helper(cx, &rn::OS_ENVIRON_CONTAINS, vec![k])
        }))
    }
}
