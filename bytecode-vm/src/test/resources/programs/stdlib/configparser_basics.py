# configparser: INI text read from strings, dicts and StringIO, interpolation, the mapping interface, write().
import configparser
import io

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
# a comment
; another comment
multi = first line
    second line

    after an empty line
empty =
"""

config = configparser.ConfigParser()
config.read_string(text)
print(config.sections())
print(config.defaults())
print('forge.example' in config, 'nope' in config, len(config))
print(config['forge.example']['user'], config['forge.example']['Compression'])
top = config['topsecret.server.example']
print(top['port'], top.getint('port'), top.getboolean('forwardx11'), top.get('missing', 'fallback'))
print(repr(top['multi']))
print(repr(top['empty']))
print(list(top), len(top))
print(config.getint('topsecret.server.example', 'compressionlevel'))
print(config.getfloat('DEFAULT', 'serveraliveinterval'))
print(config.getboolean('forge.example', 'compression'))
print(config.get('forge.example', 'nothing', fallback=None))
print(config.items('forge.example'))
print([name for name in config])
print(sorted(config.converters))
print(top.getint('nothing', 7), config.getint('forge.example', 'nothing', fallback=-1))
print(repr(top), top.name, top.parser is config)

# interpolation
interp = configparser.ConfigParser()
interp.read_string("""
[paths]
home_dir = /Users
my_dir = %(home_dir)s/lumberjack
my_pictures = %(my_dir)s/Pictures
percent = 100%%
""")
print(interp['paths']['my_pictures'], interp['paths']['percent'])
print(interp.get('paths', 'my_pictures', raw=True))
print(interp.get('paths', 'my_dir', vars={'home_dir': '/tmp'}))
print(interp.items('paths', raw=True))

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$5
""")
print(ext['Arthur']['python_dir'])
print(ext['Arthur']['my_pictures'], ext['Arthur']['cost'])

# errors, as CPython reports them
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', e.args)

show(lambda: config.get('nosection', 'x'))
show(lambda: config.get('forge.example', 'nooption'))
show(lambda: config['nosection'])
show(lambda: config.add_section('forge.example'))
show(lambda: config.add_section('DEFAULT'))
show(lambda: configparser.ConfigParser().read_string("[a]\nx=1\n[a]\ny=2\n"))
show(lambda: configparser.ConfigParser().read_string("[a]\nx=1\nx=2\n", source='conf.ini'))
show(lambda: configparser.ConfigParser().read_string("x=1\n"))
show(lambda: configparser.ConfigParser().read_string("[a]\nnot an option line\nx=1\n  \n[b]\nalso bad\n"))
show(lambda: interp.set('paths', 'bad', '50%'))
bad = configparser.ConfigParser()
bad.read_string("[s]\na = %(b)s\nb = %(a)s\nc = %(missing)s\nd = %z\n")
show(lambda: bad['s']['a'])
show(lambda: bad['s']['c'])
show(lambda: bad['s']['d'])
show(lambda: top.getint('multi'))
show(lambda: top.getboolean('port'))
show(lambda: configparser.ConfigParser().set('nosection', 'a', 'b'))
show(lambda: config.set('forge.example', 'n', 5))
show(lambda: config.__delitem__('DEFAULT'))

# building and writing
out = configparser.ConfigParser()
out['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes'}
out['bitbucket.org'] = {}
out['bitbucket.org']['User'] = 'hg'
out['topsecret'] = {'Port': 50022, 'ForwardX11': 'no'}
out.set('topsecret', 'Multi', 'one\ntwo')
out.add_section('empty')
buf = io.StringIO()
out.write(buf)
print(buf.getvalue())
buf = io.StringIO()
out.write(buf, space_around_delimiters=False)
print(buf.getvalue())
print(out.remove_option('topsecret', 'port'), out.remove_option('topsecret', 'port'))
print(out.remove_section('empty'), out.remove_section('empty'))
del out['bitbucket.org']
print(out.sections(), out.has_option('topsecret', 'compression'), out.has_section('topsecret'))
print(out.options('topsecret'))
print(out.popitem()[0], out.sections())

# raw parser, no values, custom delimiters and comments, case kept
raw = configparser.RawConfigParser(allow_no_value=True, delimiters=('=',), inline_comment_prefixes=('#',))
raw.optionxform = str
raw.read_string("""
[mysqld]
user = mysql  # the user
skip-external-locking
KeepCase = %(not interpolated)s
url = http://example.com/#anchor
""")
print(raw.items('mysqld'))
print(raw.get('mysqld', 'skip-external-locking'))
buf = io.StringIO()
raw.write(buf)
print(buf.getvalue())

# read_dict, read_file with a StringIO, converters, defaults
d = configparser.ConfigParser(defaults={'a': '1'}, converters={'list': lambda v: [x.strip() for x in v.split(',')]})
d.read_dict({'one': {'x': 'p, q, r', 'n': 3}, 'two': {}})
print(d.getlist('one', 'x'), d['one'].getlist('x'), d['one']['n'], d['two']['a'])
src = io.StringIO("[f]\nk = v\n")
d.read_file(src, source='<memory>')
print(d['f']['k'], sorted(d.converters))
strict = configparser.ConfigParser(strict=False)
strict.read_string("[a]\nx = 1\nx = 2\n[a]\ny = 3\n")
print(dict(strict['a']))
nonempty = configparser.ConfigParser(empty_lines_in_values=False, comment_prefixes=('//',))
nonempty.read_string("[s]\nv = one\n  two\n\n  three = 3\n// comment\n")
print(dict(nonempty['s']))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.NoSectionError, configparser.Error))
