# dedent and indent on code snippets, docstrings and quoted replies.
import textwrap

snippet = '''
    def area(r):
        """Area of a circle."""
        return 3.14159 * r * r

    print(area(2))
'''
textwrap.dedent(snippet)
textwrap.dedent(snippet).splitlines()

textwrap.dedent('  a\n    b\n  c\n')
textwrap.dedent('\ta\n\t\tb\n')
textwrap.dedent('  one\n\ttwo\n')
textwrap.dedent('    x\n  \n      y\n   \t \n    z')
textwrap.dedent('no indent\n    here')
textwrap.dedent('   \n  \n'), textwrap.dedent(''), textwrap.dedent('  only')
textwrap.dedent('  \ta\n  \tb\n  c')

reply = 'Thanks for the report.\n\nI could reproduce it:\n  step one\n  step two\n'
textwrap.indent(reply, '> ')
textwrap.indent(reply, '> ', lambda line: True)
textwrap.indent(reply, '    ', lambda line: line.startswith('  '))
textwrap.indent('a\r\nb\rc\n', '+ ')
textwrap.indent('', '# ')

def render(doc, width=30, margin='    '):
    body = textwrap.dedent(doc).strip()
    paragraphs = body.split('\n\n')
    filled = [textwrap.fill(p, width=width) for p in paragraphs]
    return textwrap.indent('\n\n'.join(filled), margin)

doc = '''
        Compute the area of a circle given its radius, using a
        rather rough approximation of pi.

        The result is a float; negative radii are not checked.
'''
render(doc)
render(doc, width=20, margin='| ')
textwrap.fill(textwrap.dedent(doc).strip(), width=40, initial_indent='- ', subsequent_indent='  ')
