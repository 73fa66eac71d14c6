import argparse


def run(parser, args):
    try:
        ns = parser.parse_args(args)
        print(args, '->', ns)
    except SystemExit as e:
        print(args, '-> SystemExit', e.code)
    except argparse.ArgumentError as e:
        print(args, '-> ArgumentError:', e)


p = argparse.ArgumentParser(prog='demo')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-n', '--num', type=int, default=1)
p.add_argument('--pair', nargs=2, metavar=('A', 'B'))
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', type=float)
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('-x', action='store_true')
p.add_argument('-y', action='store_true')
p.add_argument('-z')

run(p, ['in.txt'])
run(p, ['in.txt', 'o.txt', '-n', '5'])
run(p, ['-n3', 'a'])
run(p, ['--num=7', 'a', 'b'])
run(p, ['a', '--pair', '1', '2'])
run(p, ['a', '--many'])
run(p, ['a', '--many', 'p', 'q', 'r'])
run(p, ['a', '--some', '1.5', '2', '--maybe'])
run(p, ['a', '--maybe', 'val'])
run(p, ['-xy', 'a'])
run(p, ['-xyzVAL', 'a'])
run(p, ['-xz', 'V', 'a'])
run(p, ['--', '-a', '-b'])
run(p, ['a', '--nu', '4'])
run(p, ['a', '-n', '-4'])
print(p.parse_known_args(['a', 'b', 'c', '--unknown', '-q']))

# REMAINDER and positional lists
q = argparse.ArgumentParser(prog='demo')
q.add_argument('cmd')
q.add_argument('rest', nargs=argparse.REMAINDER)
print(q.parse_args(['run', '--flag', 'x', '-y']))

r = argparse.ArgumentParser(prog='demo')
r.add_argument('first', nargs='+')
r.add_argument('last')
r.add_argument('--opt')
print(r.parse_args(['1', '2', '3', '--opt', 'o']))
print(r.parse_args(['1', '--opt', 'o', '2']))

s = argparse.ArgumentParser(prog='demo')
s.add_argument('a', nargs='*')
s.add_argument('b', nargs='?', default='bdef')
s.add_argument('-v', action='store_true')
print(s.parse_args([]))
print(s.parse_args(['1', '2', '-v']))

# negative numbers
t = argparse.ArgumentParser(prog='demo')
t.add_argument('value', type=int)
t.add_argument('--scale', type=float, default=1.0)
print(t.parse_args(['-5', '--scale', '-0.5']))
u = argparse.ArgumentParser(prog='demo')
u.add_argument('-1', dest='one', action='store_true')
u.add_argument('val', nargs='?')
print(u.parse_args(['-1']))

# intermixed
w = argparse.ArgumentParser(prog='demo')
w.add_argument('--foo')
w.add_argument('cmd')
w.add_argument('rest', nargs='*', type=int)
print(w.parse_known_args('doit 1 --foo bar 2 3'.split()))
print(w.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))

# prefix chars
pc = argparse.ArgumentParser(prog='demo', prefix_chars='+/')
pc.add_argument('+f', '++foo')
pc.add_argument('/b', action='store_true')
print(pc.parse_args(['+f', '1', '/b']))
print(pc.format_help())

# Namespace behaviour
ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(a=1, b='x'), ns != argparse.Namespace(a=2, b='x'))
print('a' in ns, 'c' in ns, vars(ns))
print(argparse.Namespace(**{'odd-name': 3}, ok=[1]))
