class Tree:
    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right
    def inserted(self, v):
        if v < self.val:
            return Tree(self.val, self.left.inserted(v) if self.left else Tree(v), self.right)
        return Tree(self.val, self.left, self.right.inserted(v) if self.right else Tree(v))
    def inorder(self):
        l = self.left.inorder() if self.left else []
        r = self.right.inorder() if self.right else []
        return l + [self.val] + r
    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)
t = Tree(5)
for v in [3, 8, 1, 4, 9, 7]:
    t = t.inserted(v)
t.inorder()
t.height()
