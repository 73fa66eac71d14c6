# Parsing log lines with named groups, groupdict, sub with callables and templates.
import re

LOG = re.compile(r'(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) \[(?P<level>[A-Z]+)\] (?P<source>[\w.]+): (?P<msg>.*)')
lines = '''2024-03-01 12:00:01 [INFO] web.server: started on port 8080
2024-03-01 12:00:05 [WARN] db.pool: slow query (1532 ms)
garbage line
2024-03-01 12:01:00 [ERROR] web.handler: user=alice status=500 path=/api/items
2024-03-02 08:30:00 [INFO] web.handler: user=bob status=200 path=/index.html'''.splitlines()
records = [m.groupdict() for m in map(LOG.match, lines) if m]
len(records), [r['level'] for r in records]
records[2]
{lvl: len([r for r in records if r['level'] == lvl]) for lvl in sorted({r['level'] for r in records})}
m = LOG.match(lines[1])
m.span('msg'), m.start('level'), m.end(), m.lastgroup, m.lastindex, m.group('date', 'time'), m['source']
m.expand(r'\g<level>@\g<time>: \g<msg>'), m.expand(r'[\3] \5')
re.findall(r'(\w+)=(\S+)', lines[3])
dict(re.findall(r'(\w+)=(\S+)', lines[4]))
re.search(r'\((\d+) ms\)', lines[1]).group(1)

# redact and reformat with callables and templates
def redact(m):
    return m.group(1) + '=' + '*' * len(m.group(2))
re.sub(r'(user)=(\w+)', redact, lines[3])
re.sub(r'(\d{4})-(\d\d)-(\d\d)', r'\3/\2/\1', lines[0])
re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)', r'\g<d>.\g<m>.\g<y>', lines[4], count=1)
re.subn(r'\d', '#', 'port 8080, pid 77')
re.sub(r'\s+', ' ', '  lots   of\t\tspace \n here ').strip()
re.sub(r'[aeiou]', lambda m: m.group().upper(), 'the quick brown fox')
re.sub('x', lambda m: None, 'axbxc')
re.sub(r'(?m)^', '> ', 'line one\nline two')
re.sub(r'(?m)\s+$', '', 'trailing   \nspaces\t\n')

# compiled patterns keep their settings; pos and endpos
word = re.compile(r'\b\w+\b')
word.findall('alpha beta gamma delta', 6), word.findall('alpha beta gamma delta', 6, 16), word.search('alpha beta', 3)
word.match('alpha beta', 6), word.fullmatch('beta', 0, 4), re.compile('^b').search('ab', 1), re.compile(r'a$').search('ab', 0, 1)
word, re.compile(r'\d+', re.M | re.I), re.compile('(?s).'), re.compile('x', re.A).flags
