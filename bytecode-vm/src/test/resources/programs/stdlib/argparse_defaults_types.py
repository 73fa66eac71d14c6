import argparse


class Parser(argparse.ArgumentParser):
    def _print_message(self, message, file=None):
        if message:
            print('[msg] ' + message, end='')


def attempt(parser, args):
    try:
        print(args, '->', parser.parse_args(args))
    except argparse.ArgumentError as e:
        print(args, '-> ArgumentError:', e)
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)


p = Parser(prog='demo')
p.add_argument('--count', type=int, default='10')        # string default is converted
p.add_argument('--ratio', type=float, default=0.25)
p.add_argument('--size', type=int, default='0x10' if False else '16')
p.add_argument('--name', default='anon', type=str.upper)
p.add_argument('--items', type=int, nargs='+', default=[1, 2])
p.add_argument('--level', type=int, choices=[1, 2, 3], default=2)
p.add_argument('--mode', choices='abc')
p.add_argument('--big', type=int)
p.add_argument('--cplx', type=len)
p.add_argument('pos', nargs='?', type=int, default='7')
p.add_argument('--const-opt', nargs='?', const='5', type=int)
for args in ([], ['--count', '3', '--ratio', '1e3'], ['--name', 'bob'], ['--items', '4', '5', '6'],
             ['--level', '3'], ['--level', '0'], ['--mode', 'b'], ['--mode', 'ab'],
             ['--big', '123456789012345678901234567890'], ['--cplx', 'abcd'],
             ['--const-opt'], ['--const-opt', '9'], ['42'], ['x'], ['--count', '1.5']):
    attempt(p, args)

print(p.get_default('count'), p.get_default('items'), p.get_default('missing'))
p.set_defaults(count=99, extra='yes')
print(p.parse_args([]))
ns = argparse.Namespace(count=5)
print(p.parse_args([], namespace=ns))

# abbreviations
ab = Parser(prog='abbr')
ab.add_argument('--foobar', action='store_true')
ab.add_argument('--foonly', action='store_true')
ab.add_argument('--zeta', type=int)
attempt(ab, ['--foob'])
attempt(ab, ['--foo'])
attempt(ab, ['--ze=4'])
attempt(ab, ['--ze', '4'])
noab = Parser(prog='noabbr', allow_abbrev=False)
noab.add_argument('--foobar', action='store_true')
noab.add_argument('-v', action='store_true')
noab.add_argument('-x', action='store_true')
attempt(noab, ['--foob'])
attempt(noab, ['--foobar', '-vx'])

# strings that look like options
lk = Parser(prog='look')
lk.add_argument('--opt')
lk.add_argument('words', nargs='*')
attempt(lk, ['-', 'a b', '--opt', '-x y'])
attempt(lk, ['--opt', '-1', 'w'])
attempt(lk, ['--opt=--x', 'w'])
attempt(lk, ['w', '--', '--opt', 'v'])
attempt(lk, ['--opt', '--', 'v'])

# fromfile prefix chars: plain arguments still work
ff = Parser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('x')
attempt(ff, ['plain'])

# dest with dashes and metavar in messages
d = Parser(prog='dest', exit_on_error=False)
d.add_argument('--with-dash', dest='with_dash', type=int)
d.add_argument('input-file', metavar='INPUT')
attempt(d, ['--with-dash', 'q', 'f'])
attempt(d, ['file.txt'])
print(getattr(d.parse_args(['f']), 'input-file'))

# choices that are a dict / range / custom container
class Evens:
    def __contains__(self, item):
        return item % 2 == 0
    def __iter__(self):
        return iter([0, 2, 4])
cc = Parser(prog='choices', exit_on_error=False)
cc.add_argument('--d', choices={'x': 1, 'y': 2})
cc.add_argument('--r', type=int, choices=range(0, 100, 10))
cc.add_argument('--e', type=int, choices=Evens())
attempt(cc, ['--d', 'y', '--r', '30', '--e', '8'])
attempt(cc, ['--d', 'z'])
attempt(cc, ['--r', '35'])
attempt(cc, ['--e', '3'])
print(cc.format_usage())
