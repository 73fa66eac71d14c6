# The standard library's html module as a program uses it (Fora's copy is in Python, in io/fora/vm/lib).
import html
for s in ['', 'plain', '<a href="x">T&C\'s</a>', '&&<<>>""\'\'', 'é ü 😀']:
    print(repr(html.escape(s)), repr(html.escape(s, False)), repr(html.escape(s, quote=False)))
cases = [
    '', 'no entities', '&', '&amp;', '&amp', '&AMP;', '&lt;b&gt;', '&lt&gt', '&quot;x&quot;', '&apos;', '&apos',
    '&nbsp;x', '&nbspx', '&copy; 2024', '&copy2024', '&reg;', '&REG', '&COPY;', '&eacute;t&eacute;', '&Eacute;',
    '&yuml;&THORN;&szlig;', '&notit;', '&notin', '&not;', '&amp;amp;', '&unknown;', '&unknown', '&;', '& ', '&#',
    '&#;', '&#x;', '&#65;', '&#65', '&#x41;', '&#X41', '&#x6a;&#x6A;', '&#0;', '&#13;', '&#128;', '&#x80;',
    '&#x81;', '&#x9f;', '&#150;', '&#1;', '&#x0b;', '&#11;', '&#12;', '&#x7f;', '&#xd800;', '&#xDFFF;',
    '&#x110000;', '&#99999999999999999999;', '&#xfffe;', '&#x1ffff;', '&#xfdd0;', '&#xfdef;', '&#xfdf0;',
    '&#x10ffff;', '&#x10fffd;', '&#128512;', '&#x1F600;', '&#9;&#10;', '&#32;', '&#0000065;',
    'a &lt; b &amp;&amp; c &gt; d', '&euro;100', '&hellip;', '&mdash;&ndash;', '&alpha;&Omega;&sigmaf;',
    '&times;&divide;', '&times', '&frac12;&frac14', '&ampx', '&ltx;', '&gtgt;', '&amp;#65;',
    '&lt&lt&lt', '&&amp;&', 'x&#65;y&#x42;z', '&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;',
    '&trade;&hearts;&rarr;', '&Auml;&auml;&ouml;&uuml;', '&micro;&deg;&plusmn;', '&pi;&Pi;',
]
for c in cases:
    print(repr(c), repr(html.unescape(c)))
print(html.unescape(html.escape('<script>alert("x & y")</script>')))
