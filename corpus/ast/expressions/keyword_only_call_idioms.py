# common call idioms from real code
parser.add_argument('--verbose', '-v', action='count', default=0, help='more output')
logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                    format='%(asctime)s %(levelname)s %(message)s')
subprocess.run(['git', 'status', '--short'], check=True, capture_output=True, text=True)
super().__init__(*args, **kwargs)
super(Base, self).method()
setattr(obj, name, getattr(other, name, None))
isinstance(x, (int, float)) and not isinstance(x, bool)
json.dumps(data, indent=2, sort_keys=True, default=str)
