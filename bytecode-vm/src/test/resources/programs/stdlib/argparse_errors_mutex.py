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
        print('   argument_name=%r message=%r' % (e.argument_name, e.message))
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)


p = Parser(prog='demo')
g = p.add_mutually_exclusive_group()
g.add_argument('--verbose', action='store_true')
g.add_argument('--quiet', action='store_true')
g2 = p.add_mutually_exclusive_group(required=True)
g2.add_argument('--json', action='store_const', dest='fmt', const='json')
g2.add_argument('--xml', action='store_const', dest='fmt', const='xml')
g2.add_argument('--fmt', dest='fmt')
p.add_argument('count', type=int)
p.add_argument('--level', type=int, choices=range(1, 4))
p.add_argument('--color', choices=['red', 'green'])
print(p.format_usage())
for args in (['--json', '3'], ['--verbose', '--quiet', '--xml', '1'], ['2'],
             ['--json', '--xml', '1'], ['--fmt', 'yaml', 'x'], ['--xml'],
             ['--xml', '1', '--level', '5'], ['--xml', '1', '--color', 'blue'],
             ['--xml', '1', '--level', '2', '--color', 'red'], ['--xml', '1', '2'],
             ['--xml', '1', '--level'], ['--xm', '1'], ['--x', '1'], ['--xml=1', '1'],
             ['--verbose=yes', '--xml', '1'], ['-q', '--xml', '1']):
    attempt(p, args)

e = Parser(prog='safe', exit_on_error=False)
e.add_argument('--n', type=int)
e.add_argument('--f', type=float, nargs=2)
e.add_argument('--c', choices=('a', 'b'))
e.add_argument('--one', nargs=1)
e.add_argument('--opt', nargs='?')
e.add_argument('--abc'); e.add_argument('--abd')
e.add_argument('pos', nargs='?')
grp = e.add_mutually_exclusive_group()
grp.add_argument('-a', action='store_true')
grp.add_argument('-b', action='store_true')
for args in (['--n', 'z'], ['--f', '1', 'x'], ['--f', '1'], ['--c', 'd'], ['--one'],
             ['--n'], ['-a', '-b'], ['-ab'], ['--ab', '1'], ['p', 'q'], ['--n=5', '--opt'],
             ['-a=x'], ['--n', '1', '--', 'pp']):
    attempt(e, args)

# ArgumentTypeError from a custom type
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError('%d is not even' % value)
    return value

class Percent:
    def __repr__(self):
        return 'Percent()'

    def __call__(self, text):
        return float(text.rstrip('%')) / 100

t = Parser(prog='types', exit_on_error=False)
t.add_argument('--even', type=even)
t.add_argument('--pct', type=Percent())
t.add_argument('--hexint', type=lambda s: int(s, 16))
for args in (['--even', '4'], ['--even', '3'], ['--even', 'q'], ['--pct', '50%'],
             ['--pct', 'abc'], ['--hexint', 'ff'], ['--hexint', 'zz']):
    attempt(t, args)

# required options, exit_on_error=True path prints usage + message
r = Parser(prog='req')
r.add_argument('--name', required=True)
r.add_argument('-k', '--key', required=True)
r.add_argument('files', nargs='+')
r.add_argument('dest', metavar='DEST')
attempt(r, [])
attempt(r, ['--name', 'n', 'f1'])
attempt(r, ['--name', 'n', '-k', 'k', 'f1', 'f2', 'd'])
try:
    r.error('custom failure')
except SystemExit as e:
    print('code', e.code)
try:
    r.exit(3, 'bye\n')
except SystemExit as e:
    print('code', e.code)
err = argparse.ArgumentError(None, 'plain')
print(str(err), repr(err.argument_name))
FT = argparse.FileType('r')
print(FT, argparse.FileType('wb', 0), argparse.FileType(encoding='utf-8', errors='strict'))
