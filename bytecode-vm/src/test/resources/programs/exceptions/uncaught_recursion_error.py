def up(n):
    return n if n > 5 else up(n + 1)
up(0)
def down(n):
    return down(n + 1)
"start"
down(0)
