class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d (balance %d)" % (account.owner, amount, account.balance))
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return "Account(#%d %s: %d)" % (self.id, self.owner, self.balance)
class SavingsAccount(Account):
    rate = 0.02
    def add_interest(self):
        interest = round(self.balance * self.rate)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0):
        acc = cls(owner, initial)
        self.accounts[acc.id] = acc
        return acc
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        else:
            self.accounts[dst].deposit(amount)
            return True
        finally:
            print("transfer attempted %d -> %d: %d" % (src, dst, amount))
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, "alice", 100)
b = bank.open(SavingsAccount, "bob", 1000)
print(bank.transfer(1, 2, 50), bank.transfer(1, 2, 80))
print(b.add_interest(), b, a, bank.total())
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(a.history, b.history)
print(sorted(bank.accounts.values(), key=lambda acc: -acc.balance))
