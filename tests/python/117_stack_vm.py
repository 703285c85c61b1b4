class VM:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.vars = {}
        self.pc = 0
        self.out = []
    def run(self):
        ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b,
               "mul": lambda a, b: a * b, "lt": lambda a, b: a < b}
        while self.pc < len(self.code):
            op, *args = self.code[self.pc]
            self.pc += 1
            if op == "push":
                self.stack.append(args[0])
            elif op in ops:
                b = self.stack.pop()
                a = self.stack.pop()
                self.stack.append(ops[op](a, b))
            elif op == "load":
                self.stack.append(self.vars[args[0]])
            elif op == "store":
                self.vars[args[0]] = self.stack.pop()
            elif op == "jmpf":
                if not self.stack.pop():
                    self.pc = args[0]
            elif op == "jmp":
                self.pc = args[0]
            elif op == "print":
                self.out.append(self.stack.pop())
            else:
                raise ValueError("unknown op " + op)
        return self.out
# factorial of 10 and sum 1..100
prog = [("push", 1), ("store", "acc"), ("push", 1), ("store", "i"),
        ("load", "i"), ("push", 11), ("lt",), ("jmpf", 17),
        ("load", "acc"), ("load", "i"), ("mul",), ("store", "acc"),
        ("load", "i"), ("push", 1), ("add",), ("store", "i"), ("jmp", 4),
        ("load", "acc"), ("print",)]
print(VM(prog).run())
try:
    VM([("bogus",)]).run()
except ValueError as e:
    print("ValueError:", e)
