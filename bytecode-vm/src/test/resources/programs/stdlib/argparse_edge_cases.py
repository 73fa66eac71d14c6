import argparse


class Parser(argparse.ArgumentParser):
    def _print_message(self, message, file=None):
        if message:
            print('[msg] ' + message, end='')


def attempt(parser, args, intermixed=False):
    try:
        if intermixed:
            print(args, '->', parser.parse_intermixed_args(args))
        else:
            print(args, '->', parser.parse_args(args))
    except argparse.ArgumentError as e:
        print(args, '-> ArgumentError:', e)
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)


# optional positional interleaved with options
a = Parser(prog='a')
a.add_argument('x', nargs='?')
a.add_argument('y', nargs='*')
a.add_argument('--f')
for args in (['--f', '1', 'p'], ['p', '--f', '1', 'q', 'r'], ['p', 'q', '--f', '1', 'r']):
    attempt(a, args)
    attempt(a, args, intermixed=True)

# single-dash long options and clusters
b = Parser(prog='b')
b.add_argument('-foo', type=int)
b.add_argument('-f', action='store_true')
b.add_argument('-n', type=int)
b.add_argument('-v', action='count', default=0)
for args in (['-foo', '3'], ['-fo', '3'], ['-f'], ['-fvv'], ['-vn5'], ['-vn', '5'], ['-n=7'],
             ['-fx'], ['-foo=4'], ['-vvvf']):
    attempt(b, args)

# negative-number-like options
c = Parser(prog='c')
c.add_argument('-1', dest='one', action='store_true')
c.add_argument('x', nargs='?')
for args in (['-1'], ['-2'], ['5', '-1'], ['-1.5']):
    attempt(c, args)

# values with '=' and option prefix look-alikes
d = Parser(prog='d')
d.add_argument('--opt')
d.add_argument('--flag', action='store_true')
for args in (['--opt=a=b'], ['--opt='], ['--flag='], ['--opt', '=x'], ['--fl'], ['--op=1']):
    attempt(d, args)

# required optional and required mutex with one visible action
e = Parser(prog='e')
e.add_argument('--need', required=True, help='must give')
grp = e.add_argument_group('choices')
mx = grp.add_mutually_exclusive_group(required=True)
mx.add_argument('--red', action='store_true', help='red %% percent')
mx.add_argument('--blue', action='store_true', help=argparse.SUPPRESS)
e.add_argument('--empty-help', help='')
e.add_argument('--tabbed', help='tab\there\n   and   newline')
print(e.format_help())
attempt(e, ['--need', 'x'])
attempt(e, ['--need', 'x', '--blue'])

# version from parser attribute, help in subparser
f = Parser(prog='f')
f.version = '9.9'
f.add_argument('-V', action='version')
sub = f.add_subparsers(dest='cmd')
s1 = sub.add_parser('go', help='go somewhere', description='Go command.')
s1.add_argument('where', choices=['home', 'work'], help='destination')
attempt(f, ['-V'])
attempt(f, ['go', '-h'])
attempt(f, ['go', 'school'])
attempt(f, ['go'])
print(f.parse_known_args(['go', 'home', '--extra', 'z']))

# ArgumentDefaultsHelpFormatter with flags and subparsers
g = argparse.ArgumentParser(prog='g', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g.add_argument('--flag', action='store_true', help='a flag')
g.add_argument('--count', action='count', default=0, help='a counter')
g.add_argument('--list', nargs='*', default=[], help='a list')
g.add_argument('--bool', action=argparse.BooleanOptionalAction, default=False, help='bool opt')
g.add_argument('posn', nargs='*', default=['a'], help='positional list')
print(g.format_help())

# nargs=SUPPRESS-free oddities: append with default list is not mutated
h = argparse.ArgumentParser(prog='h')
default_list = ['keep']
h.add_argument('--a', action='append', default=default_list)
h.add_argument('--e', action='extend', nargs='*', default=['t'])
print(h.parse_args(['--a', 'x', '--e', 'y', 'z']), default_list)
print(h.parse_args([]))

# long usage where positionals themselves wrap
i = argparse.ArgumentParser(prog='i')
i.add_argument('--o')
for k in range(12):
    i.add_argument('positional_argument_%d' % k)
print(i.format_usage())

# prog wider than 3/4 of the line and a short argument list
j = argparse.ArgumentParser(prog='j' * 60)
j.add_argument('--alpha-option', metavar='A')
j.add_argument('--beta-option', metavar='B')
j.add_argument('target')
print(j.format_usage())
j2 = argparse.ArgumentParser(prog='k' * 70, add_help=False)
j2.add_argument('t')
print(j2.format_usage())

# Namespace equality/containment and parse into a fresh namespace
print(argparse.Namespace() == argparse.Namespace(), argparse.Namespace(a=1) == {'a': 1})
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE,
      argparse.REMAINDER, argparse.PARSER)

# metavar in error messages of positionals, and nargs=N
k = Parser(prog='k', exit_on_error=False)
k.add_argument('point', nargs=2, type=int, metavar='COORD')
k.add_argument('--size', nargs=2, type=int, metavar=('W', 'H'))
attempt(k, ['1'])
attempt(k, ['1', '2', '--size', '3'])
attempt(k, ['1', 'b'])
print(k.parse_args(['1', '2', '--size', '3', '4']))
print(k.format_help())
