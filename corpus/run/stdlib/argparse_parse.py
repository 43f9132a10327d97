import argparse
import sys

p = argparse.ArgumentParser(prog='tool', description='A test tool.', epilog='Bye.')
p.add_argument('files', nargs='*', help='input files')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', '--num', type=int, default=3, metavar='N', help='how many (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--flag', action='store_true')
p.add_argument('--name', required=False, dest='who')
g = p.add_mutually_exclusive_group()
g.add_argument('--yes', action='store_true')
g.add_argument('--no', action='store_true')
sub = p.add_subparsers(dest='cmd')
run = sub.add_parser('run', help='run it')
run.add_argument('target')

ns = p.parse_args(['-vv', '-n', '7', 'a.txt', 'b.txt', '--flag', '--mode', 'slow', 'run', 't'])
print(sorted(vars(ns).items()))
ns = p.parse_args(['--name=x', 'run', 'here'])
print(ns.who, ns.cmd, ns.target, ns.num)
ns, rest = p.parse_known_args(['--yes', '--unknown', 'run', 'z'])
print(ns.yes, rest)
print(p.format_usage(), end='')
sys.stdout.flush()
try:
    p.parse_args(['--help'])
except SystemExit as e:
    print('exit', e.code)
sys.stdout.flush()
try:
    p.parse_args(['-n', 'notanint'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['--yes', '--no'])
except SystemExit as e:
    print('exit', e.code)
p.parse_args(['--mode', 'medium'])
