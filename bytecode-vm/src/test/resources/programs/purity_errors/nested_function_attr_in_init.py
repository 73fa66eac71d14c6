# expect: PurityError at 6:13 attribute
class Node:
    def __init__(self, v, parent=None):
        self.v = v
        if parent is not None:
            parent.child = self
Node(1, Node(0))
