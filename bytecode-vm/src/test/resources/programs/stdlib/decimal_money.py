"""An everyday invoicing / accounting program using decimal."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, localcontext, getcontext

CENT = Decimal('0.01')


def money(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


class LineItem:
    __slots__ = ('name', 'qty', 'unit_price', 'discount')

    def __init__(self, name, qty, unit_price, discount='0'):
        self.name = name
        self.qty = Decimal(qty)
        self.unit_price = Decimal(unit_price)
        self.discount = Decimal(discount)

    @property
    def gross(self):
        return self.qty * self.unit_price

    @property
    def net(self):
        return money(self.gross * (1 - self.discount / 100))


class Invoice:
    def __init__(self, customer, tax_rate):
        self.customer = customer
        self.tax_rate = Decimal(tax_rate)
        self.items = []

    def add(self, *args):
        self.items.append(LineItem(*args))
        return self

    def subtotal(self):
        return sum((i.net for i in self.items), Decimal('0.00'))

    def tax(self):
        return money(self.subtotal() * self.tax_rate)

    def total(self):
        return self.subtotal() + self.tax()

    def render(self):
        lines = ['INVOICE for %s' % self.customer]
        lines.append('{:<20}{:>8}{:>12}{:>8}{:>12}'.format('item', 'qty', 'price', 'disc%', 'net'))
        for i in self.items:
            lines.append('{:<20}{:>8}{:>12,.2f}{:>8}{:>12,.2f}'.format(i.name, i.qty, i.unit_price, i.discount, i.net))
        lines.append('{:>48}{:>12,.2f}'.format('subtotal', self.subtotal()))
        lines.append('{:>48}{:>12,.2f}'.format('tax @ {:.1%}'.format(self.tax_rate), self.tax()))
        lines.append('{:>48}{:>12,.2f}'.format('TOTAL', self.total()))
        return '\n'.join(lines)


inv = Invoice('ACME Corp', '0.0825')
inv.add('widget', 12, '3.99').add('gadget', '2.5', '129.95', '10').add('gizmo', 1, '1999.99', '12.5')
inv.add('sprocket', 1000, '0.035').add('service hour', '7.25', '85.00', '0')
print(inv.render())
print(repr(inv.total()), inv.total().as_tuple())

# splitting a bill fairly: distribute remainder cents
def split(amount, n):
    amount = money(amount)
    base = (amount / n).quantize(CENT, rounding=ROUND_DOWN)
    rest = int((amount - base * n) / CENT)
    return [base + CENT if k < rest else base for k in range(n)]

for amt, n in [('100.00', 3), ('0.05', 4), ('1234.56', 7), ('10', 6)]:
    parts = split(amt, n)
    print(amt, n, [str(p) for p in parts], sum(parts), sum(parts) == money(amt))

# amortization schedule
def payment(principal, annual_rate, months):
    r = Decimal(annual_rate) / 12
    with localcontext() as ctx:
        ctx.prec = 34
        p = Decimal(principal) * r / (1 - (1 + r) ** -months)
    return money(p)

P = Decimal('25000.00')
rate = Decimal('0.069')
n = 24
pay = payment(P, rate, n)
print('monthly payment', pay)
bal = P
total_interest = Decimal('0')
for m in range(1, n + 1):
    interest = money(bal * rate / 12)
    principal = pay - interest
    if m == n:
        principal = bal
    bal -= principal
    total_interest += interest
    if m <= 3 or m > n - 2:
        print('{:>3} {:>10} {:>10} {:>12}'.format(m, interest, principal, bal))
print('total interest', total_interest, 'final balance', bal)

# currency conversion, rounding modes, and banker's rounding
eur = Decimal('1234.565')
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN):
    print(mode, eur.quantize(CENT, rounding=mode), (eur * Decimal('1.0837')).quantize(CENT, rounding=mode))

# ledger with running totals and percentages
ledger = [('rent', '-1500.00'), ('salary', '4250.75'), ('groceries', '-312.48'), ('refund', '19.99'),
          ('utilities', '-145.3'), ('interest', '0.87')]
balance = Decimal('0')
income = sum(Decimal(a) for _, a in ledger if Decimal(a) > 0)
for name, amt in ledger:
    a = Decimal(amt)
    balance += a
    share = (abs(a) / income)
    print('{:<10} {:>+10.2f} {:>10.2f} {:>7.2%}'.format(name, a, balance, share))
print('max expense', min(Decimal(a) for _, a in ledger), 'max income', max(Decimal(a) for _, a in ledger))
print(sorted((Decimal(a), n) for n, a in ledger)[:2])

# compare floats vs decimals
f = sum([0.1] * 10)
d = sum([Decimal('0.1')] * 10)
print(f, d, f == 1.0, d == 1, Decimal(f), float(d))
print(Decimal('19.99') * 3, Decimal('19.99') * 3 == Decimal('59.97'), round(Decimal('59.975'), 2), round(Decimal('59.985'), 2))
print(getcontext().prec, str(Decimal(1) / 3)[:10])
