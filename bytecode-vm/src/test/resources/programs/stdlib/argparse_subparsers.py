import argparse


class Parser(argparse.ArgumentParser):
    # route usage / error text (normally on stderr) to stdout
    def _print_message(self, message, file=None):
        if message:
            print('[msg] ' + message, end='')


def show(ns):
    d = dict(vars(ns))
    if 'func' in d:
        d['func'] = d['func'].__name__
    return argparse.Namespace(**d)


def attempt(parser, args):
    try:
        print(args, '->', parser.parse_args(args))
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)


def cmd_add(ns):
    return 'adding %s' % ns.files


def cmd_rm(ns):
    return 'removing %s (force=%s)' % (ns.target, ns.force)


p = Parser(prog='vcs', description='A tiny version control tool.')
p.add_argument('--verbose', '-v', action='count', default=0)
sub = p.add_subparsers(dest='command', help='sub-command help')
a = sub.add_parser('add', help='add files', aliases=['a'])
a.add_argument('files', nargs='+')
a.set_defaults(func=cmd_add)
r = sub.add_parser('remove', help='remove a file', aliases=['rm', 'del'])
r.add_argument('target')
r.add_argument('-f', '--force', action='store_true')
r.set_defaults(func=cmd_rm)
s = sub.add_parser('status')
s.add_argument('--short', action='store_true', help='short format')

for args in (['add', 'x.py', 'y.py'], ['-vv', 'rm', 'old.txt', '-f'], ['a', 'z'],
             ['status', '--short'], [], ['del', 'q']):
    ns = p.parse_args(args)
    print(show(ns))
    if getattr(ns, 'func', None):
        print('  ', ns.func(ns))

attempt(p, ['bogus'])
attempt(p, ['add'])
attempt(p, ['status', 'extra'])
print(p.parse_known_args(['status', 'extra', '--what']))

print(p.format_help())
print(a.format_help())
print(r.format_usage())
print(s.prog, r.prog)

# required subparsers, titles, metavar
q = Parser(prog='tool')
q.add_argument('config')
sp = q.add_subparsers(title='commands', description='valid commands',
                      dest='cmd', required=True, metavar='COMMAND')
b = sp.add_parser('build', help='build the project')
b.add_argument('--jobs', '-j', type=int, default=1, help='parallel jobs (default: %(default)s)')
sp.add_parser('clean', help='remove build products')
sp.add_parser('test')
print(q.format_help())
print(b.format_help())
attempt(q, ['cfg'])
attempt(q, ['cfg', 'build', '-j', 'x'])
print(q.parse_args(['cfg', 'build', '-j4']))

# subparsers without dest
n = Parser(prog='nodest')
nsp = n.add_subparsers()
nsp.add_parser('one')
nsp.add_parser('two')
print(n.parse_args(['one']))
print(n.parse_args([]))
print(n.format_usage())

# nested subparsers
top = Parser(prog='top')
lvl1 = top.add_subparsers(dest='area', required=True)
net = lvl1.add_parser('net')
lvl2 = net.add_subparsers(dest='action', required=True)
up = lvl2.add_parser('up')
up.add_argument('iface')
print(top.parse_args(['net', 'up', 'eth0']))
print(up.format_usage())
attempt(top, ['net'])

# multiple subparsers not allowed
try:
    top.add_subparsers()
except SystemExit as e:
    print('exit', e.code)
