"""AST -> bytecode compiler.  One CodeGenerator per code object."""

from pyinterp import astnodes as ast
from pyinterp import operators as ops
from pyinterp import bytecode as bc
from pyinterp import symtable as st
from pyinterp.error import SyntaxErr
from pyinterp.pycode import W_CodeObject, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS
from pyinterp.pycode import CO_NEWLOCALS
from pyinterp.rlib import formatd

# fblock kinds (compile-time blocks used to unwind for break/continue/return)
FB_WHILE = 0
FB_FOR = 1
FB_TRY_EXCEPT = 2
FB_FINALLY_TRY = 3
FB_HANDLER = 4
FB_WITH = 5


class FBlock(object):
    def __init__(self, kind, start_label, end_label, finalbody):
        self.kind = kind
        self.start_label = start_label
        self.end_label = end_label
        self.finalbody = finalbody


class CodeGenerator(ast.Visitor):
    def __init__(self, space, builder, scope, name, qualname, filename, firstlineno):
        self.space = space
        self.builder = builder          # the SymtableBuilder with all scopes
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.name_ops = False           # module code of exec/eval: *_NAME ops
        self.interactive = False        # module code typed at the prompt
        self.code = []                  # ints: op, arg, op, arg...
        self.lines = []                 # one line number per instruction
        self.lineno = firstlineno
        self.consts_w = []
        self.const_index = {}
        self.names = []
        self.name_index = {}
        self.label_pos = []             # label -> offset or -1
        self.fixups = []                # offsets of jump args to patch
        self.fblocks = []
        self.varnames = scope.varnames
        self.var_index = {}
        for i in range(len(self.varnames)):
            self.var_index[self.varnames[i]] = i
        self.cell_names = []
        for name in scope.cellvars:
            self.cell_names.append(name)
        for name in scope.freevars:
            self.cell_names.append(name)
        self.cell_index = {}
        for i in range(len(self.cell_names)):
            self.cell_index[self.cell_names[i]] = i
        self.docstring = None

    def error(self, msg, lineno, col=-1):
        raise SyntaxErr(msg, self.filename, lineno, col + 1)

    # ---- emission ----

    def emit(self, op, arg):
        self.code.append(op)
        self.code.append(arg)
        self.lines.append(self.lineno)

    def new_label(self):
        self.label_pos.append(-1)
        return len(self.label_pos) - 1

    def mark(self, label):
        self.label_pos[label] = len(self.code)

    def emit_jump(self, op, label):
        self.code.append(op)
        self.fixups.append(len(self.code))
        self.code.append(label)
        self.lines.append(self.lineno)

    def add_const_keyed(self, key, w_value):
        if key in self.const_index:
            return self.const_index[key]
        i = len(self.consts_w)
        self.consts_w.append(w_value)
        self.const_index[key] = i
        return i

    def load_none(self):
        self.emit(bc.LOAD_CONST, self.add_const_keyed("N", self.space.w_None))

    def load_const_str(self, s):
        self.emit(bc.LOAD_CONST, self.add_const_keyed("s" + s, self.space.newstr(s)))

    def load_const_int(self, i):
        self.emit(bc.LOAD_CONST, self.add_const_keyed("i" + str(i), self.space.newint(i)))

    def add_name(self, name):
        name = self.space.intern(name)
        if name in self.name_index:
            return self.name_index[name]
        i = len(self.names)
        self.names.append(name)
        self.name_index[name] = i
        return i

    def set_lineno(self, node):
        if node.lineno > 0:
            self.lineno = node.lineno

    def visit_expr(self, node):
        """Compiles an expression with its own line (as CPython does: an
        error in a sub-expression reports the sub-expression's line), then
        returns to the line of the enclosing node."""
        saved = self.lineno
        self.set_lineno(node)
        node.walkabout(self)
        self.lineno = saved

    # ---- assembling ----

    def assemble(self, argcount, posonlycount, kwonlycount, flags):
        for pos in self.fixups:
            label = self.code[pos]
            target = self.label_pos[label]
            assert target >= 0
            self.code[pos] = target
        stacksize = self.compute_stacksize()
        cell_params = []
        for name in self.scope.cellvars:
            if name in self.var_index and name in self.scope.params:
                cell_params.append(self.var_index[name])
            else:
                cell_params.append(-1)
        freevars = []
        for name in self.scope.freevars:
            freevars.append(name)
        cellvars = []
        for name in self.scope.cellvars:
            cellvars.append(name)
        return W_CodeObject(self.name, self.qualname, self.filename,
                            self.firstlineno, argcount, posonlycount,
                            kwonlycount, flags, self.varnames, cellvars,
                            freevars, cell_params, self.consts_w, self.names,
                            self.code, self.lines, stacksize, self.docstring)

    def compute_stacksize(self):
        n = len(self.code)
        depths = [-1] * (n + 2)
        worklist = [0]
        depths[0] = 0
        maxdepth = 0
        while len(worklist) > 0:
            pc = worklist.pop()
            depth = depths[pc]
            while pc < n:
                op = self.code[pc]
                arg = self.code[pc + 1]
                if bc.HAS_JUMP[op]:
                    target_depth = depth + bc.stack_effect(op, arg, True)
                    if target_depth > maxdepth:
                        maxdepth = target_depth
                    if depths[arg] < target_depth:
                        depths[arg] = target_depth
                        worklist.append(arg)
                depth = depth + bc.stack_effect(op, arg, False)
                if depth > maxdepth:
                    maxdepth = depth
                pc += 2
                if (op == bc.JUMP_ABSOLUTE or op == bc.JUMP_FORWARD or
                        op == bc.RETURN_VALUE or op == bc.RAISE_VARARGS or
                        op == bc.RERAISE or op == bc.POP_EXCEPT_RERAISE or
                        op == bc.EXC_CLEANUP):
                    break
                if depths[pc] >= depth:
                    break
                depths[pc] = depth
        return maxdepth + 2

    # ---- names ----

    def name_op(self, name, ctx):
        scope = self.scope
        sc = scope.lookup(name)
        kind = scope.kind
        if kind == st.SCOPE_FUNCTION:
            if sc == st.SC_LOCAL:
                i = self.var_index[name]
                if ctx == ast.LOAD:
                    self.emit(bc.LOAD_FAST, i)
                elif ctx == ast.STORE:
                    self.emit(bc.STORE_FAST, i)
                else:
                    self.emit(bc.DELETE_FAST, i)
                return
            if sc == st.SC_CELL or sc == st.SC_FREE:
                i = self.cell_index[name]
                if ctx == ast.LOAD:
                    self.emit(bc.LOAD_DEREF, i)
                elif ctx == ast.STORE:
                    self.emit(bc.STORE_DEREF, i)
                else:
                    self.emit(bc.DELETE_DEREF, i)
                return
            self.global_op(name, ctx)
            return
        if kind == st.SCOPE_CLASS:
            if sc == st.SC_GLOBAL_EXPLICIT:
                self.global_op(name, ctx)
                return
            if sc == st.SC_FREE and ctx == ast.LOAD:
                self.emit(bc.LOAD_CLASSDEREF, self.cell_index[name])
                return
            i = self.add_name(name)
            if ctx == ast.LOAD:
                self.emit(bc.LOAD_NAME, i)
            elif ctx == ast.STORE:
                self.emit(bc.STORE_NAME, i)
            else:
                self.emit(bc.DELETE_NAME, i)
            return
        if self.name_ops and sc != st.SC_GLOBAL_EXPLICIT:
            i = self.add_name(name)
            if ctx == ast.LOAD:
                self.emit(bc.LOAD_NAME, i)
            elif ctx == ast.STORE:
                self.emit(bc.STORE_NAME, i)
            else:
                self.emit(bc.DELETE_NAME, i)
            return
        self.global_op(name, ctx)

    def global_op(self, name, ctx):
        i = self.add_name(name)
        if ctx == ast.LOAD:
            self.emit(bc.LOAD_GLOBAL, i)
        elif ctx == ast.STORE:
            self.emit(bc.STORE_GLOBAL, i)
        else:
            self.emit(bc.DELETE_GLOBAL, i)

    # ---- bodies ----

    def compile_body(self, body):
        for stmt in body:
            self.set_lineno(stmt)
            stmt.walkabout(self)

    def default_visit(self, node):
        self.error("unsupported syntax", node.lineno)

    def visit_ExprStmt(self, node):
        self.visit_expr(node.value)
        if self.interactive:
            self.emit(bc.POP_TOP, 1)        # print the value (sys.displayhook)
        else:
            self.emit(bc.POP_TOP, 0)

    def visit_Pass(self, node):
        pass

    def visit_Global(self, node):
        pass

    def visit_Nonlocal(self, node):
        pass

    def visit_Assign(self, node):
        self.visit_expr(node.value)
        n = len(node.targets)
        for i in range(n):
            if i < n - 1:
                self.emit(bc.DUP_TOP, 0)
            self.store_target(node.targets[i])

    def visit_AnnAssign(self, node):
        if node.value is not None:
            self.visit_expr(node.value)
            self.store_target(node.target)

    def store_target(self, target):
        self.set_lineno(target)
        if isinstance(target, ast.Name):
            self.name_op(target.id, ast.STORE)
        elif isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
            self.emit(bc.STORE_ATTR, self.add_name(target.attr))
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.index)
            self.emit(bc.STORE_SUBSCR, 0)
        elif isinstance(target, ast.TupleExpr):
            self.unpack_into(target.elts, target.lineno)
        elif isinstance(target, ast.ListExpr):
            self.unpack_into(target.elts, target.lineno)
        elif isinstance(target, ast.Starred):
            self.error("starred assignment target must be in a list or tuple",
                       target.lineno, target.col)
        else:
            self.error("cannot assign to expression", target.lineno)

    def unpack_into(self, elts, lineno):
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], ast.Starred):
                if star >= 0:
                    self.error("multiple starred expressions in assignment", lineno)
                star = i
        if star < 0:
            self.emit(bc.UNPACK_SEQUENCE, len(elts))
        else:
            after = len(elts) - star - 1
            self.emit(bc.UNPACK_EX, star | (after << 8))
        for e in elts:
            if isinstance(e, ast.Starred):
                self.store_target(e.value)
            else:
                self.store_target(e)

    def visit_AugAssign(self, node):
        target = node.target
        if isinstance(target, ast.Name):
            self.name_op(target.id, ast.LOAD)
            self.visit_expr(node.value)
            self.emit(bc.INPLACE_OP, node.op)
            self.name_op(target.id, ast.STORE)
        elif isinstance(target, ast.Attribute):
            self.visit_expr(target.value)
            self.emit(bc.DUP_TOP, 0)
            self.emit(bc.LOAD_ATTR, self.add_name(target.attr))
            self.visit_expr(node.value)
            self.emit(bc.INPLACE_OP, node.op)
            self.emit(bc.ROT_TWO, 0)
            self.emit(bc.STORE_ATTR, self.add_name(target.attr))
        elif isinstance(target, ast.Subscript):
            self.visit_expr(target.value)
            self.visit_expr(target.index)
            self.emit(bc.DUP_TOP_TWO, 0)
            self.emit(bc.BINARY_SUBSCR, 0)
            self.visit_expr(node.value)
            self.emit(bc.INPLACE_OP, node.op)
            self.emit(bc.ROT_THREE, 0)
            self.emit(bc.STORE_SUBSCR, 0)
        else:
            self.error("illegal expression for augmented assignment", node.lineno)

    def visit_Delete(self, node):
        for t in node.targets:
            self.delete_target(t)

    def delete_target(self, t):
        if isinstance(t, ast.Name):
            self.name_op(t.id, ast.DEL)
        elif isinstance(t, ast.Attribute):
            self.visit_expr(t.value)
            self.emit(bc.DELETE_ATTR, self.add_name(t.attr))
        elif isinstance(t, ast.Subscript):
            self.visit_expr(t.value)
            self.visit_expr(t.index)
            self.emit(bc.DELETE_SUBSCR, 0)
        elif isinstance(t, ast.TupleExpr):
            for e in t.elts:
                self.delete_target(e)
        elif isinstance(t, ast.ListExpr):
            for e in t.elts:
                self.delete_target(e)
        else:
            self.error("cannot delete expression", t.lineno)

    # ---- control flow ----

    def visit_If(self, node):
        end = self.new_label()
        orelse = self.new_label()
        self.jump_if(node.test, False, orelse)
        self.compile_body(node.body)
        if len(node.orelse) > 0:
            self.emit_jump(bc.JUMP_FORWARD, end)
            self.mark(orelse)
            self.compile_body(node.orelse)
        else:
            self.mark(orelse)
        self.mark(end)

    def jump_if(self, expr, cond, label):
        """Evaluate expr and jump to label if its truth equals cond."""
        if isinstance(expr, ast.UnaryOp) and expr.op == ops.UNARY_NOT:
            self.jump_if(expr.operand, not cond, label)
            return
        if isinstance(expr, ast.BoolOp):
            is_or = expr.op == ops.BOOL_OR
            if is_or == cond:
                # or-jump-if-true / and-jump-if-false: any operand decides
                for v in expr.values:
                    self.jump_if(v, cond, label)
            else:
                skip = self.new_label()
                n = len(expr.values)
                for i in range(n - 1):
                    self.jump_if(expr.values[i], not cond, skip)
                self.jump_if(expr.values[n - 1], cond, label)
                self.mark(skip)
            return
        self.visit_expr(expr)
        if cond:
            self.emit_jump(bc.POP_JUMP_IF_TRUE, label)
        else:
            self.emit_jump(bc.POP_JUMP_IF_FALSE, label)

    def visit_While(self, node):
        top = self.new_label()
        orelse = self.new_label()
        end = self.new_label()
        self.mark(top)
        self.jump_if(node.test, False, orelse)
        self.fblocks.append(FBlock(FB_WHILE, top, end, None))
        self.compile_body(node.body)
        self.fblocks.pop()
        self.emit_jump(bc.JUMP_ABSOLUTE, top)
        self.mark(orelse)
        self.compile_body(node.orelse)
        self.mark(end)

    def visit_For(self, node):
        top = self.new_label()
        exhausted = self.new_label()
        end = self.new_label()
        self.visit_expr(node.iter)
        self.emit(bc.GET_ITER, 0)
        self.mark(top)
        self.set_lineno(node)
        self.emit_jump(bc.FOR_ITER, exhausted)
        self.store_target(node.target)
        self.fblocks.append(FBlock(FB_FOR, top, end, None))
        self.compile_body(node.body)
        self.fblocks.pop()
        self.emit_jump(bc.JUMP_ABSOLUTE, top)
        self.mark(exhausted)
        self.compile_body(node.orelse)
        self.mark(end)

    def unwind_fblock(self, fb, for_return):
        kind = fb.kind
        if kind == FB_WHILE:
            return
        if kind == FB_FOR:
            if not for_return:
                self.emit(bc.POP_TOP, 0)
            return
        if kind == FB_TRY_EXCEPT:
            self.emit(bc.POP_BLOCK, 0)
            return
        if kind == FB_FINALLY_TRY:
            self.emit(bc.POP_BLOCK, 0)
            # compile the finally body with this block removed
            saved = self.fblocks
            idx = 0
            for i in range(len(saved)):
                if saved[i] is fb:
                    idx = i
            self.fblocks = saved[:idx]
            body = fb.finalbody
            assert body is not None
            self.compile_body(body)
            self.fblocks = saved
            return
        if kind == FB_HANDLER:
            self.emit(bc.POP_BLOCK, 0)
            self.emit(bc.POP_TOP, 0)
            self.emit(bc.POP_EXCEPT, 0)
            return
        if kind == FB_WITH:
            self.emit(bc.POP_BLOCK, 0)
            self.emit(bc.WITH_EXIT_NORMAL, 0)
            return

    def find_loop(self):
        i = len(self.fblocks) - 1
        while i >= 0:
            k = self.fblocks[i].kind
            if k == FB_WHILE or k == FB_FOR:
                return i
            i -= 1
        return -1

    def visit_Break(self, node):
        loop = self.find_loop()
        if loop < 0:
            raise st.node_error(self.filename, "'break' outside loop", node)
        i = len(self.fblocks) - 1
        while i > loop:
            self.unwind_fblock(self.fblocks[i], False)
            i -= 1
        fb = self.fblocks[loop]
        self.unwind_fblock(fb, False)
        self.emit_jump(bc.JUMP_ABSOLUTE, fb.end_label)

    def visit_Continue(self, node):
        loop = self.find_loop()
        if loop < 0:
            raise st.node_error(self.filename, "'continue' not properly in loop",
                                node)
        i = len(self.fblocks) - 1
        while i > loop:
            self.unwind_fblock(self.fblocks[i], False)
            i -= 1
        self.emit_jump(bc.JUMP_ABSOLUTE, self.fblocks[loop].start_label)

    def visit_Return(self, node):
        if node.value is not None:
            self.visit_expr(node.value)
        else:
            self.load_none()
        needs_unwind = False
        for fb in self.fblocks:
            if fb.kind != FB_WHILE and fb.kind != FB_FOR:
                needs_unwind = True
        if not needs_unwind:
            self.emit(bc.RETURN_VALUE, 0)
            return
        self.emit(bc.STORE_RETVAL, 0)
        i = len(self.fblocks) - 1
        while i >= 0:
            self.unwind_fblock(self.fblocks[i], True)
            i -= 1
        self.emit(bc.LOAD_RETVAL, 0)
        self.emit(bc.RETURN_VALUE, 0)

    def visit_Raise(self, node):
        n = 0
        if node.exc is not None:
            self.visit_expr(node.exc)
            n = 1
            if node.cause is not None:
                self.visit_expr(node.cause)
                n = 2
        self.emit(bc.RAISE_VARARGS, n)

    def visit_Assert(self, node):
        end = self.new_label()
        self.jump_if(node.test, True, end)
        self.emit(bc.LOAD_ASSERTION_ERROR, 0)
        if node.msg is not None:
            self.visit_expr(node.msg)
            self.emit(bc.CALL_FUNCTION, 1)
        self.emit(bc.RAISE_VARARGS, 1)
        self.mark(end)

    def visit_Try(self, node):
        if len(node.finalbody) > 0:
            self.compile_try_finally(node)
        else:
            self.compile_try_except(node)

    def compile_try_finally(self, node):
        handler = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        self.emit_jump(bc.SETUP_EXCEPT, handler)
        fb = FBlock(FB_FINALLY_TRY, -1, -1, node.finalbody)
        self.fblocks.append(fb)
        if len(node.handlers) > 0:
            self.compile_try_except(node)
        else:
            self.compile_body(node.body)
        self.fblocks.pop()
        self.emit(bc.POP_BLOCK, 0)
        self.compile_body(node.finalbody)
        self.emit_jump(bc.JUMP_FORWARD, end)
        # exceptional path
        self.mark(handler)
        self.emit(bc.PUSH_EXC_INFO, 0)
        self.emit_jump(bc.SETUP_EXCEPT, cleanup)
        self.fblocks.append(FBlock(FB_HANDLER, -1, -1, None))
        self.compile_body(node.finalbody)
        self.fblocks.pop()
        self.emit(bc.POP_BLOCK, 0)
        self.emit(bc.POP_EXCEPT_RERAISE, 0)
        self.mark(cleanup)
        self.emit(bc.EXC_CLEANUP, 0)
        self.mark(end)

    def compile_try_except(self, node):
        handler = self.new_label()
        cleanup = self.new_label()
        end = self.new_label()
        self.emit_jump(bc.SETUP_EXCEPT, handler)
        self.fblocks.append(FBlock(FB_TRY_EXCEPT, -1, -1, None))
        self.compile_body(node.body)
        self.fblocks.pop()
        self.emit(bc.POP_BLOCK, 0)
        self.compile_body(node.orelse)
        self.emit_jump(bc.JUMP_FORWARD, end)
        self.mark(handler)
        self.emit(bc.PUSH_EXC_INFO, 0)
        self.emit_jump(bc.SETUP_EXCEPT, cleanup)
        for h in node.handlers:
            self.set_lineno(h)
            nxt = self.new_label()
            if h.type is not None:
                self.visit_expr(h.type)
                self.emit(bc.CHECK_EXC_MATCH, 0)
                self.emit_jump(bc.POP_JUMP_IF_FALSE, nxt)
            if h.name is not None:
                self.emit(bc.DUP_TOP, 0)
                self.name_op(h.name, ast.STORE)
            self.fblocks.append(FBlock(FB_HANDLER, -1, -1, None))
            self.compile_body(h.body)
            self.fblocks.pop()
            self.emit(bc.POP_BLOCK, 0)
            self.emit(bc.POP_TOP, 0)
            self.emit(bc.POP_EXCEPT, 0)
            if h.name is not None:
                self.load_none()
                self.name_op(h.name, ast.STORE)
                self.name_op(h.name, ast.DEL)
            self.emit_jump(bc.JUMP_FORWARD, end)
            self.mark(nxt)
        self.emit(bc.RERAISE, 0)
        self.mark(cleanup)
        self.emit(bc.EXC_CLEANUP, 0)
        self.mark(end)

    def visit_With(self, node):
        self.compile_with(node, 0)

    def compile_with(self, node, index):
        item = node.items[index]
        handler = self.new_label()
        cleanup = self.new_label()
        suppress = self.new_label()
        end = self.new_label()
        self.visit_expr(item.context_expr)
        self.emit_jump(bc.SETUP_WITH, handler)
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit(bc.POP_TOP, 0)
        self.fblocks.append(FBlock(FB_WITH, -1, -1, None))
        if index + 1 < len(node.items):
            self.compile_with(node, index + 1)
        else:
            self.compile_body(node.body)
        self.fblocks.pop()
        self.emit(bc.POP_BLOCK, 0)
        self.emit(bc.WITH_EXIT_NORMAL, 0)
        self.emit_jump(bc.JUMP_FORWARD, end)
        # exceptional path: stack [exit, exc]
        self.mark(handler)
        self.emit(bc.PUSH_EXC_INFO, 0)
        self.emit_jump(bc.SETUP_EXCEPT, cleanup)
        self.emit(bc.WITH_EXCEPT_CALL, 0)
        self.emit_jump(bc.POP_JUMP_IF_TRUE, suppress)
        self.emit(bc.POP_BLOCK, 0)
        self.emit(bc.POP_EXCEPT_RERAISE, 0)
        self.mark(suppress)
        self.emit(bc.POP_BLOCK, 0)
        self.emit(bc.POP_TOP, 0)
        self.emit(bc.POP_EXCEPT, 0)
        self.emit(bc.POP_TOP, 0)
        self.emit_jump(bc.JUMP_FORWARD, end)
        self.mark(cleanup)
        self.emit(bc.EXC_CLEANUP, 0)
        self.mark(end)

    # ---- imports ----

    def visit_Import(self, node):
        for alias in node.names:
            # level -1: a plain `import a.b` (IMPORT_NAME pushes package `a`)
            self.load_const_int(-1)
            self.emit(bc.IMPORT_NAME, self.add_name(alias.name))
            if alias.asname is not None:
                # import a.b as c binds the submodule
                parts = alias.name.split(".")
                for k in range(1, len(parts)):
                    self.emit(bc.IMPORT_FROM, self.add_name(parts[k]))
                    self.emit(bc.ROT_TWO, 0)
                    self.emit(bc.POP_TOP, 0)
                self.name_op(alias.asname, ast.STORE)
            else:
                name = alias.name
                dot = name.find(".")
                if dot >= 0:
                    name = name[:dot]
                self.name_op(name, ast.STORE)

    def visit_ImportFrom(self, node):
        module = node.module
        if module is None:
            module = ""
        self.load_const_int(node.level)
        self.emit(bc.IMPORT_NAME, self.add_name(module))
        for alias in node.names:
            if alias.name == "*":
                self.emit(bc.IMPORT_STAR, 0)
                return
            self.emit(bc.IMPORT_FROM, self.add_name(alias.name))
            if alias.asname is not None:
                self.name_op(alias.asname, ast.STORE)
            else:
                self.name_op(alias.name, ast.STORE)
        self.emit(bc.POP_TOP, 0)

    # ---- functions and classes ----

    def child_qualname(self, name):
        if self.scope.kind == st.SCOPE_MODULE:
            return name
        if self.scope.kind == st.SCOPE_FUNCTION:
            return self.qualname + ".<locals>." + name
        return self.qualname + "." + name

    def make_closure(self, child_scope, code_w, flags):
        if len(child_scope.freevars) > 0:
            for name in child_scope.freevars:
                if name not in self.cell_index:
                    self.error("internal error: no cell for free variable " + name,
                               self.lineno)
                self.emit(bc.LOAD_CLOSURE, self.cell_index[name])
            self.emit(bc.BUILD_TUPLE, len(child_scope.freevars))
            flags |= bc.MF_CLOSURE
        i = len(self.consts_w)
        self.consts_w.append(code_w)
        self.emit(bc.LOAD_CONST, i)
        self.emit(bc.MAKE_FUNCTION, flags)

    def compile_function(self, node, name, args, body, is_lambda, lineno):
        flags = 0
        if len(args.defaults) > 0:
            for d in args.defaults:
                self.visit_expr(d)
            self.emit(bc.BUILD_TUPLE, len(args.defaults))
            flags |= bc.MF_DEFAULTS
        nkw = 0
        for i in range(len(args.kwonlyargs)):
            d = args.kw_defaults[i]
            if d is not None:
                self.load_const_str(args.kwonlyargs[i])
                self.visit_expr(d)
                nkw += 1
        if nkw > 0:
            self.emit(bc.BUILD_MAP, nkw)
            flags |= bc.MF_KWDEFAULTS
        if len(args.ann_names) > 0:
            for i in range(len(args.ann_names)):
                self.load_const_str(args.ann_names[i])
                self.visit_expr(args.ann_values[i])
            self.emit(bc.BUILD_MAP, len(args.ann_names))
            flags |= bc.MF_ANNOTATIONS
        child_scope = self.builder.scopes[node]
        gen = CodeGenerator(self.space, self.builder, child_scope, name,
                            self.child_qualname(name), self.filename, lineno)
        if is_lambda:
            assert len(body) == 1
            stmt = body[0]
            assert isinstance(stmt, ast.Return)
            value = stmt.value
            assert value is not None
            gen.set_lineno(value)
            value.walkabout(gen)
            gen.emit(bc.RETURN_VALUE, 0)
        else:
            if len(body) > 0:
                first = body[0]
                if isinstance(first, ast.ExprStmt) and isinstance(first.value, ast.StrConst):
                    v = first.value
                    assert isinstance(v, ast.StrConst)
                    gen.docstring = v.value
            gen.compile_body(body)
            gen.load_none()
            gen.emit(bc.RETURN_VALUE, 0)
        coflags = CO_NEWLOCALS
        if child_scope.is_generator:
            coflags |= CO_GENERATOR
        if args.vararg is not None:
            coflags |= CO_VARARGS
        if args.kwarg is not None:
            coflags |= CO_VARKEYWORDS
        code_w = gen.assemble(len(args.posargs), args.posonlycount,
                              len(args.kwonlyargs), coflags)
        self.lineno = lineno
        self.make_closure(child_scope, code_w, flags)

    def visit_FunctionDef(self, node):
        for d in node.decorators:
            self.visit_expr(d)
        self.compile_function(node, node.name, node.args, node.body, False,
                              node.lineno)
        for i in range(len(node.decorators)):
            self.emit(bc.CALL_FUNCTION, 1)
        self.name_op(node.name, ast.STORE)

    def visit_Lambda(self, node):
        body = [ast.Return(node.body, node.lineno)]
        self.compile_function(node, "<lambda>", node.args, body, True,
                              node.lineno)

    def visit_ClassDef(self, node):
        for d in node.decorators:
            self.visit_expr(d)
        self.emit(bc.LOAD_BUILD_CLASS, 0)
        child_scope = self.builder.scopes[node]
        qualname = self.child_qualname(node.name)
        gen = CodeGenerator(self.space, self.builder, child_scope, node.name,
                            qualname, self.filename, node.lineno)
        gen.emit(bc.LOAD_NAME, gen.add_name("__name__"))
        gen.emit(bc.STORE_NAME, gen.add_name("__module__"))
        gen.load_const_str(qualname)
        gen.emit(bc.STORE_NAME, gen.add_name("__qualname__"))
        if len(node.body) > 0:
            first = node.body[0]
            if isinstance(first, ast.ExprStmt) and isinstance(first.value, ast.StrConst):
                v = first.value
                assert isinstance(v, ast.StrConst)
                gen.load_const_str(v.value)
                gen.emit(bc.STORE_NAME, gen.add_name("__doc__"))
        gen.compile_body(node.body)
        if child_scope.needs_class_cell:
            gen.emit(bc.LOAD_CLOSURE, gen.cell_index["__class__"])
        else:
            gen.load_none()
        gen.emit(bc.RETURN_VALUE, 0)
        code_w = gen.assemble(0, 0, 0, 0)
        self.lineno = node.lineno
        self.make_closure(child_scope, code_w, 0)
        self.load_const_str(node.name)
        for b in node.bases:
            self.visit_expr(b)
        self.emit_call_rest(2 + len(node.bases), node.keywords)
        for i in range(len(node.decorators)):
            self.emit(bc.CALL_FUNCTION, 1)
        self.name_op(node.name, ast.STORE)

    def emit_call_rest(self, nargs, keywords):
        if len(keywords) == 0:
            self.emit(bc.CALL_FUNCTION, nargs)
            return
        names_w = []
        for kw in keywords:
            if kw.arg is None:
                self.error("** not supported here", kw.lineno)
            self.visit_expr(kw.value)
            names_w.append(self.space.newstr(kw.arg))
        i = len(self.consts_w)
        self.consts_w.append(self.space.newtuple(names_w))
        self.emit(bc.LOAD_CONST, i)
        self.emit(bc.CALL_FUNCTION_KW, nargs + len(keywords))

    # ---- expressions ----

    def visit_IntConst(self, node):
        self.load_const_int(node.value)

    def visit_BigIntConst(self, node):
        key = "b" + str(node.base) + ":" + node.digits
        self.emit(bc.LOAD_CONST, self.add_const_keyed(
            key, self.space.newbigint_fromstr(node.digits, node.base)))

    def visit_FloatConst(self, node):
        self.load_const_float(node.value)

    def load_const_float(self, value):
        key = "f" + formatd(value, 'r', 0)
        self.emit(bc.LOAD_CONST, self.add_const_keyed(key, self.space.newfloat(value)))

    def visit_StrConst(self, node):
        self.load_const_str(node.value)

    def visit_BytesConst(self, node):
        self.emit(bc.LOAD_CONST, self.add_const_keyed(
            "y" + node.value, self.space.newbytes(node.value)))

    def visit_NameConst(self, node):
        k = node.kind
        if k == ast.CONST_NONE:
            self.load_none()
        elif k == ast.CONST_TRUE:
            self.emit(bc.LOAD_CONST, self.add_const_keyed("T", self.space.w_True))
        elif k == ast.CONST_FALSE:
            self.emit(bc.LOAD_CONST, self.add_const_keyed("F", self.space.w_False))
        else:
            self.emit(bc.LOAD_CONST, self.add_const_keyed("E", self.space.w_Ellipsis))

    def visit_Name(self, node):
        self.name_op(node.id, node.ctx)

    def visit_Attribute(self, node):
        self.visit_expr(node.value)
        self.emit(bc.LOAD_ATTR, self.add_name(node.attr))

    def visit_Subscript(self, node):
        self.visit_expr(node.value)
        self.visit_expr(node.index)
        self.emit(bc.BINARY_SUBSCR, 0)

    def visit_Slice(self, node):
        n = 2
        if node.lower is not None:
            self.visit_expr(node.lower)
        else:
            self.load_none()
        if node.upper is not None:
            self.visit_expr(node.upper)
        else:
            self.load_none()
        if node.step is not None:
            self.visit_expr(node.step)
            n = 3
        self.emit(bc.BUILD_SLICE, n)

    def visit_BinOp(self, node):
        self.visit_expr(node.left)
        self.visit_expr(node.right)
        self.set_lineno(node)
        self.emit(bc.BINARY_OP, node.op)

    def visit_UnaryOp(self, node):
        if node.op == ops.UNARY_NEG and isinstance(node.operand, ast.IntConst):
            operand = node.operand
            assert isinstance(operand, ast.IntConst)
            self.load_const_int(-operand.value)
            return
        if node.op == ops.UNARY_NEG and isinstance(node.operand, ast.FloatConst):
            # folded like CPython does (-1.5 is one constant)
            fconst = node.operand
            assert isinstance(fconst, ast.FloatConst)
            self.load_const_float(-fconst.value)
            return
        self.visit_expr(node.operand)
        self.emit(bc.UNARY_OP, node.op)

    def visit_BoolOp(self, node):
        end = self.new_label()
        n = len(node.values)
        for i in range(n):
            self.visit_expr(node.values[i])
            if i < n - 1:
                if node.op == ops.BOOL_AND:
                    self.emit_jump(bc.JUMP_IF_FALSE_OR_POP, end)
                else:
                    self.emit_jump(bc.JUMP_IF_TRUE_OR_POP, end)
        self.mark(end)

    def visit_Compare(self, node):
        self.visit_expr(node.left)
        n = len(node.ops)
        if n == 1:
            self.visit_expr(node.comparators[0])
            self.emit(bc.COMPARE_OP, node.ops[0])
            return
        cleanup = self.new_label()
        end = self.new_label()
        for i in range(n):
            self.visit_expr(node.comparators[i])
            if i < n - 1:
                self.emit(bc.DUP_TOP, 0)
                self.emit(bc.ROT_THREE, 0)
                self.emit(bc.COMPARE_OP, node.ops[i])
                self.emit_jump(bc.JUMP_IF_FALSE_OR_POP, cleanup)
            else:
                self.emit(bc.COMPARE_OP, node.ops[i])
        self.emit_jump(bc.JUMP_FORWARD, end)
        self.mark(cleanup)
        self.emit(bc.ROT_TWO, 0)
        self.emit(bc.POP_TOP, 0)
        self.mark(end)

    def visit_IfExp(self, node):
        orelse = self.new_label()
        end = self.new_label()
        self.jump_if(node.test, False, orelse)
        self.visit_expr(node.body)
        self.emit_jump(bc.JUMP_FORWARD, end)
        self.mark(orelse)
        self.visit_expr(node.orelse)
        self.mark(end)

    def visit_NamedExpr(self, node):
        self.visit_expr(node.value)
        self.emit(bc.DUP_TOP, 0)
        target = node.target
        assert isinstance(target, ast.Name)
        self.name_op(target.id, ast.STORE)

    def has_starred(self, elts):
        for e in elts:
            if isinstance(e, ast.Starred):
                return True
        return False

    def build_sequence_with_stars(self, elts):
        self.emit(bc.BUILD_LIST, 0)
        for e in elts:
            if isinstance(e, ast.Starred):
                self.visit_expr(e.value)
                self.emit(bc.LIST_EXTEND, 1)
            else:
                self.visit_expr(e)
                self.emit(bc.LIST_APPEND, 1)

    def visit_ListExpr(self, node):
        if self.has_starred(node.elts):
            self.build_sequence_with_stars(node.elts)
            return
        for e in node.elts:
            self.visit_expr(e)
        self.emit(bc.BUILD_LIST, len(node.elts))

    def visit_TupleExpr(self, node):
        if self.has_starred(node.elts):
            self.build_sequence_with_stars(node.elts)
            self.emit(bc.LIST_TO_TUPLE, 0)
            return
        for e in node.elts:
            self.visit_expr(e)
        self.emit(bc.BUILD_TUPLE, len(node.elts))

    def visit_SetExpr(self, node):
        if self.has_starred(node.elts):
            self.emit(bc.BUILD_SET, 0)
            for e in node.elts:
                if isinstance(e, ast.Starred):
                    self.visit_expr(e.value)
                    self.emit(bc.SET_UPDATE, 1)
                else:
                    self.visit_expr(e)
                    self.emit(bc.SET_ADD, 1)
            return
        for e in node.elts:
            self.visit_expr(e)
        if len(node.elts) > 2 and all_constants(node.elts):
            # CPython folds these into a frozenset constant, then copies it
            self.emit(bc.BUILD_CONST_SET, len(node.elts))
        else:
            self.emit(bc.BUILD_SET, len(node.elts))

    def visit_DictExpr(self, node):
        has_star = False
        for k in node.keys:
            if k is None:
                has_star = True
        if not has_star:
            for i in range(len(node.keys)):
                k = node.keys[i]
                assert k is not None
                self.visit_expr(k)
                self.visit_expr(node.values[i])
            self.emit(bc.BUILD_MAP, len(node.keys))
            return
        self.emit(bc.BUILD_MAP, 0)
        for i in range(len(node.keys)):
            k = node.keys[i]
            if k is None:
                self.visit_expr(node.values[i])
                self.emit(bc.DICT_UPDATE, 1)
            else:
                self.visit_expr(k)
                self.visit_expr(node.values[i])
                self.emit(bc.MAP_ADD, 1)

    def visit_Starred(self, node):
        raise st.node_error(self.filename, "can't use starred expression here",
                            node)

    def visit_Call(self, node):
        func = node.func
        # zero-argument super() -> super(__class__, <first argument>)
        if (isinstance(func, ast.Name) and func.id == "super" and
                len(node.args) == 0 and len(node.keywords) == 0 and
                self.scope.kind == st.SCOPE_FUNCTION and
                "__class__" in self.cell_index and len(self.scope.params) > 0
                and self.scope.lookup("super") != st.SC_LOCAL):
            self.visit_expr(func)
            self.emit(bc.LOAD_DEREF, self.cell_index["__class__"])
            first = self.scope.params[0]
            self.name_op(first, ast.LOAD)
            self.emit(bc.CALL_FUNCTION, 2)
            return
        star = self.has_starred(node.args)
        for kw in node.keywords:
            if kw.arg is None:
                star = True
        if isinstance(func, ast.Attribute) and not star and \
                len(node.keywords) == 0:
            # obj.name(args): no bound method object in the common case
            self.visit_expr(func.value)
            self.emit(bc.LOAD_METHOD, self.add_name(func.attr))
            for a in node.args:
                self.visit_expr(a)
            self.set_lineno(node)
            self.emit(bc.CALL_METHOD, len(node.args))
            return
        self.visit_expr(func)
        if not star:
            for a in node.args:
                self.visit_expr(a)
            self.set_lineno(node)
            self.emit_call_rest(len(node.args), node.keywords)
            return
        self.build_sequence_with_stars(node.args)
        self.emit(bc.LIST_TO_TUPLE, 0)
        flags = 0
        if len(node.keywords) > 0:
            self.emit(bc.BUILD_MAP, 0)
            for kw in node.keywords:
                if kw.arg is None:
                    self.visit_expr(kw.value)
                    self.emit(bc.DICT_MERGE, 1)
                else:
                    # merged one by one: a duplicate of a ** key is an error
                    self.emit(bc.BUILD_MAP, 0)
                    self.load_const_str(kw.arg)
                    self.visit_expr(kw.value)
                    self.emit(bc.MAP_ADD, 1)
                    self.emit(bc.DICT_MERGE, 1)
            flags = bc.CF_HAS_KWARGS
        self.set_lineno(node)
        self.emit(bc.CALL_FUNCTION_EX, flags)

    def visit_JoinedStr(self, node):
        for v in node.values:
            self.visit_expr(v)
        if len(node.values) != 1 or not isinstance(node.values[0], ast.FormattedValue):
            self.emit(bc.BUILD_STRING, len(node.values))

    def visit_FormattedValue(self, node):
        self.visit_expr(node.value)
        flags = bc.FVC_NONE
        if node.conversion == ord("s"):
            flags = bc.FVC_STR
        elif node.conversion == ord("r"):
            flags = bc.FVC_REPR
        elif node.conversion == ord("a"):
            flags = bc.FVC_ASCII
        if node.format_spec is not None:
            self.visit_expr(node.format_spec)
            flags |= bc.FVS_HAVE_SPEC
        self.emit(bc.FORMAT_VALUE, flags)

    def visit_Yield(self, node):
        if node.value is not None:
            self.visit_expr(node.value)
        else:
            self.load_none()
        self.emit(bc.YIELD_VALUE, 0)

    def visit_YieldFrom(self, node):
        self.visit_expr(node.value)
        self.emit(bc.GET_YIELD_FROM_ITER, 0)
        self.load_none()
        self.emit(bc.YIELD_FROM, 0)

    # ---- comprehensions ----

    def compile_comprehension(self, node, name, generators, kind, elt, value):
        """kind: 0 list, 1 set, 2 dict, 3 generator"""
        child_scope = self.builder.scopes[node]
        gen = CodeGenerator(self.space, self.builder, child_scope, name,
                            self.child_qualname(name), self.filename, node.lineno)
        if kind == 0:
            gen.emit(bc.BUILD_LIST, 0)
        elif kind == 1:
            gen.emit(bc.BUILD_SET, 0)
        elif kind == 2:
            gen.emit(bc.BUILD_MAP, 0)
        gen.compile_comprehension_loop(generators, 0, kind, elt, value)
        if kind == 3:
            gen.load_none()
        gen.emit(bc.RETURN_VALUE, 0)
        flags = 0
        if kind == 3:
            flags = CO_GENERATOR
        code_w = gen.assemble(1, 0, 0, flags | CO_NEWLOCALS)
        self.lineno = node.lineno
        self.make_closure(child_scope, code_w, 0)
        self.visit_expr(generators[0].iter)
        self.emit(bc.GET_ITER, 0)
        self.emit(bc.CALL_FUNCTION, 1)

    def compile_comprehension_loop(self, generators, index, kind, elt, value):
        gen = generators[index]
        top = self.new_label()
        end = self.new_label()
        if index == 0:
            self.emit(bc.LOAD_FAST, 0)
        else:
            self.visit_expr(gen.iter)
            self.emit(bc.GET_ITER, 0)
        self.mark(top)
        self.emit_jump(bc.FOR_ITER, end)
        self.store_target(gen.target)
        for cond in gen.ifs:
            self.jump_if(cond, False, top)
        if index + 1 < len(generators):
            self.compile_comprehension_loop(generators, index + 1, kind, elt, value)
        else:
            depth = len(generators) + 1
            if kind == 0:
                self.visit_expr(elt)
                self.emit(bc.LIST_APPEND, depth)
            elif kind == 1:
                self.visit_expr(elt)
                self.emit(bc.SET_ADD, depth)
            elif kind == 2:
                self.visit_expr(elt)
                assert value is not None
                self.visit_expr(value)
                self.emit(bc.MAP_ADD, depth)
            else:
                self.visit_expr(elt)
                self.emit(bc.YIELD_VALUE, 0)
                self.emit(bc.POP_TOP, 0)
        self.emit_jump(bc.JUMP_ABSOLUTE, top)
        self.mark(end)

    def visit_ListComp(self, node):
        self.compile_comprehension(node, "<listcomp>", node.generators, 0,
                                   node.elt, None)

    def visit_SetComp(self, node):
        self.compile_comprehension(node, "<setcomp>", node.generators, 1,
                                   node.elt, None)

    def visit_DictComp(self, node):
        self.compile_comprehension(node, "<dictcomp>", node.generators, 2,
                                   node.key, node.value)

    def visit_GeneratorExp(self, node):
        self.compile_comprehension(node, "<genexpr>", node.generators, 3,
                                   node.elt, None)


def compile_module(space, module, filename, name_ops=False, interactive=False):
    builder = st.SymtableBuilder(filename)
    scope = builder.build(module)
    gen = CodeGenerator(space, builder, scope, "<module>", "<module>",
                        filename, 1)
    gen.name_ops = name_ops
    gen.interactive = interactive
    gen.compile_body(module.body)
    gen.load_none()
    gen.emit(bc.RETURN_VALUE, 0)
    return gen.assemble(0, 0, 0, 0)


def compile_eval(space, module, filename):
    """Compiles the source of eval(): a single expression whose value the
    code returns.  Returns None if the module is not one expression."""
    if len(module.body) != 1:
        return None
    stmt = module.body[0]
    if not isinstance(stmt, ast.ExprStmt):
        return None
    builder = st.SymtableBuilder(filename)
    scope = builder.build(module)
    gen = CodeGenerator(space, builder, scope, "<module>", "<module>",
                        filename, 1)
    gen.name_ops = True
    gen.set_lineno(stmt)
    stmt.value.walkabout(gen)
    gen.emit(bc.RETURN_VALUE, 0)
    return gen.assemble(0, 0, 0, 0)


def is_constant(e):
    """True for the expressions CPython's AST optimizer folds to a
    constant: literals, operators on constants, tuples of constants."""
    if isinstance(e, ast.IntConst) or isinstance(e, ast.BigIntConst) or \
            isinstance(e, ast.FloatConst) or isinstance(e, ast.StrConst) or \
            isinstance(e, ast.BytesConst) or isinstance(e, ast.NameConst):
        return True
    if isinstance(e, ast.UnaryOp) and e.op != ops.UNARY_NOT:
        return is_constant(e.operand)
    if isinstance(e, ast.BinOp):
        # folded unless the result would be huge (limits not modelled)
        return is_constant(e.left) and is_constant(e.right)
    if isinstance(e, ast.TupleExpr):
        return all_constants(e.elts)
    return False


def all_constants(elts):
    for e in elts:
        if not is_constant(e):
            return False
    return True
