# expect: SyntaxError at 2:10
values = [1, 2,
          3, 4
