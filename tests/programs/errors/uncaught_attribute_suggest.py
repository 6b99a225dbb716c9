# Uncaught TypeError from a bad call inside a method; the caret marks the call.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        return self.balance - amount

acct = Account(10)
print(acct.withdraw(3))
print(acct.withdraw("5"))
