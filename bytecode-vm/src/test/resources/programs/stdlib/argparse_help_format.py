import argparse

p = argparse.ArgumentParser(
    prog='demo',
    description='Process some integers and produce a report.  This description is '
                'long enough that it has to be wrapped over several lines by the '
                'help formatter.',
    epilog='For more information see the manual of %(prog)s.')
p.add_argument('integers', metavar='N', type=int, nargs='+',
               help='an integer for the accumulator')
p.add_argument('--sum', dest='accumulate', action='store_const', const=sum,
               default=max, help='sum the integers (default: find the max, '
               'which is %(default)s)')
p.add_argument('-o', '--output-file-with-a-very-long-name', metavar='PATH',
               help='where to write the report')
p.add_argument('--format', choices=['text', 'json', 'csv'], default='text',
               help='output format, one of %(choices)s (default %(default)r)')
p.add_argument('--retries', type=int, default=3,
               help='number of retries of type %(type)s for %(prog)s, %(dest)s')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--ratio', nargs='?', const=0.5, type=float, metavar='R')
p.add_argument('--coords', nargs=3, metavar=('X', 'Y', 'Z'), help='a point')
p.add_argument('--names', nargs='*', metavar='NAME', help='zero or more names')
p.add_argument('--pair', nargs='*', metavar=('A', 'B'))
p.add_argument('rest', nargs=argparse.REMAINDER, help='passed through')
grp = p.add_argument_group('network', 'Options that control networking.\n'
                           'Second line of the description.')
grp.add_argument('--host', default='localhost', help='host name')
grp.add_argument('--port', type=int, default=8080, help='port number')
ex = grp.add_mutually_exclusive_group()
ex.add_argument('--ipv4', action='store_true', help='force IPv4')
ex.add_argument('--ipv6', action='store_true', help='force IPv6')
empty = p.add_argument_group('empty group')
quiet = p.add_argument_group(title=None, description='untitled group text')
quiet.add_argument('--untitled', action='store_true')
print(p.format_help())
print(p.format_usage())
p.print_usage()
p.print_help()

# usage given explicitly, add_help=False
u = argparse.ArgumentParser(prog='demo', usage='%(prog)s [options] FILE', add_help=False,
                            description='desc')
u.add_argument('file')
print(u.format_help())

# long program name -> usage broken after prog
long_prog = argparse.ArgumentParser(prog='a-very-long-program-name-that-goes-on-and-on-forever')
for i in range(6):
    long_prog.add_argument('--option-number-%d' % i, metavar='VALUE%d' % i)
long_prog.add_argument('input_file')
long_prog.add_argument('output_file')
print(long_prog.format_help())

# only positionals long usage
pos_only = argparse.ArgumentParser(prog='demo', add_help=False)
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
             'iota', 'kappa', 'lambda_', 'mu', 'nu_value_long']:
    pos_only.add_argument(name)
print(pos_only.format_usage())

# RawDescription / RawText / ArgumentDefaults / MetavarType
text = '''first line
    indented line

last   line   with   spaces'''
for cls in (argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter):
    f = argparse.ArgumentParser(prog='fmt', formatter_class=cls, description=text,
                                epilog='epilog  text\n  here')
    f.add_argument('--alpha', type=int, default=1, help='alpha\n  value  help')
    f.add_argument('--beta', type=str, default='b', help='beta help with %(default)s')
    f.add_argument('--gamma', type=float, help=None)
    f.add_argument('--delta', type=int, default=argparse.SUPPRESS, help='no default shown')
    f.add_argument('pos', type=str, nargs='?', default='p', help='pos help')
    f.add_argument('pos2', type=int, help='pos2 help')
    print('=====', cls.__name__)
    print(f.format_help())

# narrow formatter via formatter_class lambda
narrow = argparse.ArgumentParser(
    prog='narrow',
    formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=50))
narrow.add_argument('--short', help='this is a help text that needs wrapping at fifty columns')
narrow.add_argument('--a-much-longer-option-name', metavar='VALUE', help='more help text here')
print(narrow.format_help())

# parents
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--parent-flag', action='store_true', help='from the parent')
pg = parent.add_argument_group('shared', 'shared options')
pg.add_argument('--shared', default='s')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--up', action='store_true')
pm.add_argument('--down', action='store_true')
parent.set_defaults(origin='parent')
child = argparse.ArgumentParser(prog='child', parents=[parent], description='child parser')
child.add_argument('target')
print(child.format_help())
print(child.parse_args(['t', '--up', '--shared', 'x']))
print(repr(child))
