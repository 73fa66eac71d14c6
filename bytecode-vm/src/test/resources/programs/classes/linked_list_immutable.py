class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
def from_list(v):
    head = None
    for x in reversed(v):
        head = Node(x, head)
    return head
def to_list(n):
    return [] if n is None else [n.val] + to_list(n.nxt)
def reverse(n, acc=None):
    return acc if n is None else reverse(n.nxt, Node(n.val, acc))
lst = from_list([1, 2, 3, 4])
to_list(lst)
to_list(reverse(lst))
to_list(lst)
