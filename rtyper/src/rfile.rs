//! `rpython.rlib.rfile` files: the representation and the calls.
//!
//! A file is a GC struct `RpyFile { id }` whose `id` names an open file of
//! the runtime's table (`runtime::rfile`, which holds the buffers); every
//! method is one helper call on the id. `create_stdio()` gives ids 0, 1, 2.
//! `rpython.rlib.streamio` streams are the same files (its `readall()` is
//! `read(-1)`).

use annotator::SomeValue;

use crate::llgraph::{LlConst, LlValue};
use crate::llops::LlOpName as L;
use crate::lltype::{Field, LlType, TypeId, TypeKind};
use crate::lower::GraphCx;
use crate::rcall::LlArgs;
use crate::rops::not_supported;
use crate::rtyper::RTyper;
use crate::runtime_names as rn;

impl RTyper<'_, '_> {
    /// The struct of files.
    pub(crate) fn file_type(&mut self) -> TypeId {
        if let Some(t) = self.prog.types.by_name("RpyFile") {
            return t;
        }
        self.prog.types.add(
            "RpyFile".into(),
            TypeKind::Struct {
                fields: vec![Field::new("id", LlType::Signed)],
                varsize: None,
            },
            true,
        )
    }

    /// A new file struct for the runtime file `id`.
    fn new_file(&mut self, cx: &mut GraphCx, id: LlValue) -> LlValue {
        let t = self.file_type();
        let f = cx.emit(
            L::Malloc,
            vec![LlValue::void(LlConst::Type(t))],
            LlType::Ptr(t),
        );
        cx.emit(
            L::SetField,
            vec![f.clone(), LlValue::void(LlConst::Field(0)), id],
            LlType::Void,
        );
        f
    }

    /// A mode argument (default `"r"`).
    fn mode_arg(&mut self, cx: &mut GraphCx, args: &LlArgs, i: usize) -> LlValue {
        match args.positional.get(i) {
            Some((v, s)) => self.as_str_value(cx, v.clone(), s),
            None => {
                let st = LlType::Ptr(self.str_type());
                LlValue::Const(self.str_const("r"), st)
            }
        }
    }

    /// `create_file(path, mode='r', buffering=-1)`,
    /// `create_fdopen_rfile(fd, mode='r', buffering=-1)`, `create_stdio()`,
    /// and streamio's `open_file_as_stream` / `fdopen_as_stream` (same
    /// arguments: a stream is a file with `readall()` and
    /// `try_to_find_file_descriptor()`).
    pub(crate) fn lower_rfile_call(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        args: &LlArgs,
        result_s: &SomeValue,
    ) -> Result<LlValue, String> {
        if !args.keywords.is_empty() {
            return Err(not_supported(&format!("keyword arguments of {name}()")));
        }
        let pos = &args.positional;
        match name {
            "create_file" | "open_file_as_stream" => {
                let path = self.as_str_value(cx, pos[0].0.clone(), &pos[0].1);
                let mode = self.mode_arg(cx, args, 1);
                let id = self.call_helper(cx, &rn::RFILE_OPEN, vec![path, mode]);
                Ok(self.new_file(cx, id))
            }
            "create_fdopen_rfile" | "fdopen_as_stream" => {
                let fd = self.convert(cx, pos[0].0.clone(), &pos[0].1, LlType::Signed);
                let mode = self.mode_arg(cx, args, 1);
                let id = self.call_helper(cx, &rn::RFILE_FDOPEN, vec![fd, mode]);
                Ok(self.new_file(cx, id))
            }
            "create_stdio" => {
                let SomeValue::Tuple(items) = result_s else {
                    return Err("internal error: create_stdio() is not a tuple".into());
                };
                let items = items.clone();
                let files: Vec<(LlValue, SomeValue)> = (0..3)
                    .map(|i| {
                        (
                            self.new_file(cx, LlValue::int(i)),
                            items[i as usize].clone(),
                        )
                    })
                    .collect();
                Ok(self.build_tuple(cx, &files, result_s))
            }
            _ => Err(not_supported(&format!(
                "calling rpython.rlib.rfile.{name}()"
            ))),
        }
    }

    /// `f.name(args)` on a file.
    pub(crate) fn lower_file_method(
        &mut self,
        cx: &mut GraphCx,
        name: &str,
        recv: LlValue,
        binary: bool,
        args: &LlArgs,
    ) -> Result<LlValue, String> {
        let pos = &args.positional;
        let t = self.file_type();
        let f = self.convert(
            cx,
            recv,
            &SomeValue::File {
                nullable: false,
                binary,
            },
            LlType::Ptr(t),
        );
        if name == "__enter__" {
            return Ok(f);
        }
        let id = cx.emit(
            L::GetField,
            vec![f, LlValue::void(LlConst::Field(0))],
            LlType::Signed,
        );
        let int_arg = |this: &mut Self, cx: &mut GraphCx, i: usize, default: i64| match pos.get(i) {
            None | Some((_, SomeValue::None)) => LlValue::int(default),
            Some((v, s)) => this.convert(cx, v.clone(), s, LlType::Signed),
        };
        let void = LlValue::void(LlConst::Void);
        Ok(match name {
            "read" | "readline" | "readall" => {
                let size = int_arg(self, cx, 0, -1);
                // (str and bytes share one low-level type.)
                let tid = self.str_tid();
                let text = LlValue::Const(LlConst::Bool(!binary), LlType::Bool);
                let line = LlValue::Const(LlConst::Bool(name == "readline"), LlType::Bool);
                self.call_helper(cx, &rn::RFILE_READ, vec![tid, id, size, text, line])
            }
            "write" => {
                let data = self.as_str_value(cx, pos[0].0.clone(), &pos[0].1);
                self.call_helper(cx, &rn::RFILE_WRITE, vec![id, data]);
                void
            }
            "flush" => {
                self.call_helper(cx, &rn::RFILE_FLUSH, vec![id]);
                void
            }
            "close" | "__exit__" => {
                self.call_helper(cx, &rn::RFILE_CLOSE, vec![id]);
                void
            }
            "tell" => self.call_helper(cx, &rn::RFILE_TELL, vec![id]),
            "seek" => {
                let p = int_arg(self, cx, 0, 0);
                let whence = int_arg(self, cx, 1, 0);
                self.call_helper(cx, &rn::RFILE_SEEK, vec![id, p, whence]);
                void
            }
            "truncate" => {
                let size = int_arg(self, cx, 0, -1);
                self.call_helper(cx, &rn::RFILE_TRUNCATE, vec![id, size]);
                void
            }
            "fileno" => self.call_helper(cx, &rn::RFILE_FILENO, vec![id]),
            "isatty" => self.call_helper(cx, &rn::RFILE_ISATTY, vec![id]),
            "try_to_find_file_descriptor" => self.call_helper(cx, &rn::RFILE_FIND_FD, vec![id]),
            _ => return Err(not_supported(&format!("the method `{name}` of a file"))),
        })
    }
}
