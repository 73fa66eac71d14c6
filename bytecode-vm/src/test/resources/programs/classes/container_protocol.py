class Deck:
    def __init__(self, cards):
        self.cards = tuple(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __contains__(self, c):
        return c in self.cards
d = Deck("AKQJ")
len(d)
d[0]
d[-1]
d[1:3]
"Q" in d
"2" in d
list(d)
