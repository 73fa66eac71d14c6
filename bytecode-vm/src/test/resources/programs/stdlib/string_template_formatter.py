# string.Template ($-substitution) and string.Formatter (str.format's machinery, overridable).
from string import Template, Formatter
t = Template('$who likes ${what}; $$5 costs $$$price')
print(t.substitute(who='tim', what='kung pao', price=3), t.get_identifiers(), t.is_valid())
print(t.safe_substitute(who='ann'), Template('${a}b $c').substitute({'a': 1}, c=2))
for bad in ['$', 'x $1 y']:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print('ValueError:', e)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError:', e)

class Percent(Template):
    delimiter = '%'

print(Percent('%x + %{y} = %%').substitute(x=1, y=2))
f = Formatter()
print(f.format('{0} and {1!r} {name:>6} {0.real} {lst[1]}', 3, 'b', name='n', lst=[7, 8]))
print(list(f.parse('a{0}b{x!r:>3}{{c}}')))

class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

print(Upper().format('{} says {greeting}', 'bob', greeting='hi'))
