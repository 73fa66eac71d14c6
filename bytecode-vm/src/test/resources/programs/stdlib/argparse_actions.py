import argparse

p = argparse.ArgumentParser(prog='demo')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='count')
p.add_argument('-I', dest='include', action='append')
p.add_argument('--tag', action='append', default=['base'])
p.add_argument('--int', dest='types', action='append_const', const=int)
p.add_argument('--str', dest='types', action='append_const', const=str)
p.add_argument('--mode', action='store_const', const='fast', default='slow')
p.add_argument('--no-cache', dest='cache', action='store_false')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True,
               help='use colour')
p.add_argument('--debug', action=argparse.BooleanOptionalAction)
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--pt', action='append', nargs=2, type=int)
p.add_argument('--version', action='version', version='%(prog)s 2.5')

for args in [[], ['-vvv', '-v', '-qq'], ['-I', 'a', '-Ib', '--include' if False else '-I', 'c'],
             ['--tag', 'x', '--tag', 'y'], ['--int', '--str', '--int'],
             ['--mode', '--no-cache'], ['--no-color', '--debug'], ['--color', '--no-debug'],
             ['--ext', '1', '2', '--ext', '3'], ['--pt', '1', '2', '--pt', '3', '4'],
             ['--verb', '--verbose']]:
    print(args)
    print('  ', p.parse_args(args))

ns = p.parse_args([])
print(p.get_default('tag'), p.get_default('verbose'), p.get_default('nothing'))
print(p.format_help())

# set_defaults and argument_default
d = argparse.ArgumentParser(prog='demo', argument_default=argparse.SUPPRESS)
d.add_argument('--a')
d.add_argument('--b', default=5)
d.set_defaults(func='handler', b=6)
print(d.parse_args([]), d.parse_args(['--a', 'x']))

# custom Action subclass
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
        setattr(namespace, 'seen_' + self.dest, option_string)

c = argparse.ArgumentParser(prog='demo')
c.add_argument('--name', action=Upper)
c.add_argument('word', action=Upper)
print(c.parse_args(['--name', 'bob', 'hi']))
print(repr(c._actions[1]))

# version / help raising SystemExit
for args in (['--version'], ['-h']):
    try:
        p.parse_args(args) if args[0] == '--version' else c.parse_args(args)
    except SystemExit as e:
        print('exit code', e.code)

# namespace argument
class Holder:
    pass
h = Holder()
h.verbose = 10
c2 = argparse.ArgumentParser(prog='demo')
c2.add_argument('-v', '--verbose', action='count')
c2.parse_args(['-v'], namespace=h)
print(h.verbose)
ns = argparse.Namespace(existing=1)
print(c2.parse_args(['-vv'], namespace=ns))

# errors from action definitions
for kwargs in ({'action': 'store', 'nargs': 0}, {'action': 'store', 'const': 1},
               {'action': 'append', 'nargs': 0}, {'action': 'bogus'},
               {'type': 'notcallable'}, {'type': argparse.FileType},
               {'nargs': 2, 'metavar': ('A', 'B', 'C')}):
    try:
        argparse.ArgumentParser(prog='demo').add_argument('--x', **kwargs)
        print('ok', kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser(prog='demo').add_argument('x', required=True)
except TypeError as e:
    print('TypeError', e)
try:
    argparse.ArgumentParser(prog='demo').add_argument('x', dest='y')
except ValueError as e:
    print('ValueError', e)
try:
    argparse.ArgumentParser(prog='demo').add_argument('--', dest=None)
except ValueError as e:
    print('ValueError', e)
try:
    pp = argparse.ArgumentParser(prog='demo')
    pp.add_argument('--dup')
    pp.add_argument('-d', '--dup')
except argparse.ArgumentError as e:
    print('ArgumentError', e)
pr = argparse.ArgumentParser(prog='demo', conflict_handler='resolve')
pr.add_argument('-d', '--dup', help='old')
pr.add_argument('--dup', help='new')
print(pr.format_help())
print(pr.parse_args(['-d', '1', '--dup', '2']))
