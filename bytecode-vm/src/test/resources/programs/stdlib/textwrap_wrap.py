# Wrapping paragraphs for a terminal: widths, indents, hyphens, long words, truncation.
import textwrap
from textwrap import TextWrapper

para = ("The quick brown fox jumps over the lazy dog. Well-known examples, such as "
        "this one, are used for testing type-setting software -- and for checking that "
        "every letter of the alphabet appears at least once!  Extraordinarily-long-words "
        "like pneumonoultramicroscopicsilicovolcanoconiosis must be broken somewhere.")

textwrap.wrap(para, width=40)
textwrap.fill(para, width=28)
[len(line) for line in textwrap.wrap(para, width=33)]
textwrap.wrap(para, width=20, break_on_hyphens=False)[:8]
textwrap.wrap(para, width=12, break_long_words=False)[-6:]
textwrap.wrap('self-contained multi-part well--known a-b-c-d', width=9)
textwrap.wrap('e-mail re-entry x-ray co-operate 2-way', width=6)
textwrap.wrap('aaaaaaaaaa-bbbbbbbbbb-cccccccccc', width=15)
textwrap.fill(para, width=50, initial_indent='  * ', subsequent_indent='    ')
textwrap.fill('one two three four five six', width=10, initial_indent='>>> ', subsequent_indent='... ')

textwrap.wrap(para, width=30, max_lines=3)
textwrap.wrap(para, width=30, max_lines=2, placeholder='...')
textwrap.shorten('Hello  world!   How are\tyou today?', width=20)
textwrap.shorten('Hello world', width=11), textwrap.shorten('Hello world', width=10)
textwrap.shorten(para, 60, placeholder=' (more)')

textwrap.wrap('tabs\tare\texpanded', width=12)
textwrap.wrap('tabs\tare\texpanded', width=12, tabsize=4)
textwrap.wrap('  leading and trailing spaces  ', width=10)
textwrap.wrap('  leading and trailing spaces  ', width=10, drop_whitespace=False)
textwrap.wrap('line one\nline two\n\nline four', width=15)
textwrap.wrap('line one\nline two', width=15, replace_whitespace=False)
textwrap.wrap('', width=10), textwrap.wrap('   ', width=10), textwrap.fill('word', width=1)

w = TextWrapper(width=24, fix_sentence_endings=True)
w.wrap('Dr. Who arrived. He left! Then what? "Nothing." End.')
w.width = 16
w.fill('It rains. It pours. Mr. Smith waits.')

def narrow(text, widths):
    return {width: len(textwrap.wrap(text, width=width)) for width in widths}

narrow(para, [10, 20, 40, 80, 200])

try:
    textwrap.wrap('text', width=0)
except ValueError as e:
    err1 = str(e)
try:
    textwrap.wrap('some text here', width=4, max_lines=1, placeholder='  [....]')
except ValueError as e:
    err2 = str(e)
err1, err2
