class Table:
    size = 3
    rows = [[0] * 3 for _ in range(3)]
    squares = [i * i for i in range(5)]
Table.rows
Table.squares
Table.size
