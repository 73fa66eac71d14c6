# SPDX-License-Identifier: Apache-2.0
"""textwrap for Fora: wrap, fill, shorten, dedent, indent and TextWrapper, as in CPython 3.11.

Fora has no `re` module, so the chunking that CPython does with regular expressions is done here
by hand, following the same rules: a chunk is a run of whitespace, an em-dash (two or more '-'
between a word character or punctuation and a word character), or a word; with
break_on_hyphens a word is also split after a '-' that joins two letters (as in
"Hello-world", "a-b-c"). Letters, digits and word characters follow Python's str predicates
(str.isalnum, str.isdecimal), which is what CPython's Unicode regular expressions use.

Limit: TextWrapper's wordsep_re / wordsep_simple_re / sentence_end_re attributes do not exist
(there are no regular expression objects to assign or replace).
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_ws(ch):
    return ch in _whitespace


def _is_word(ch):
    # \w of a str pattern
    return ch == '_' or ch.isalnum()


def _is_letter(ch):
    # [^\d\W]: a word character that is not a decimal digit
    return _is_word(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    # [\w!"'&.,?]
    return ch in '!"\'&.,?' or _is_word(ch)


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _em_dash_at(text, j):
    # Is text[j:] two or more '-' followed by a word character? (-{2,}\w lookahead)
    n = len(text)
    k = j
    while k < n and text[k] == '-':
        k += 1
    return k - j >= 2 and k < n and _is_word(text[k])


def _hyphen_break_at(text, j):
    # Does a hyphenated-word chunk end with the '-' at text[j]?
    if text[j] != '-':
        return False
    before = (_letter_at(text, j - 2) and _letter_at(text, j - 1)) or \
        (_letter_at(text, j - 3) and j >= 2 and text[j - 2] == '-' and _letter_at(text, j - 1))
    if not before or not _letter_at(text, j + 1):
        return False
    return _letter_at(text, j + 2) or \
        (j + 2 < len(text) and text[j + 2] == '-' and _letter_at(text, j + 3))


def _split_hyphens(text):
    # The chunks of CPython's wordsep_re.split(text), empty strings dropped.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if _is_ws(text[i]):
            j = i + 1
            while j < n and _is_ws(text[j]):
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]) and _em_dash_at(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # A word: the shortest run of non-whitespace that ends in one of the three ways.
        j = i + 1
        while True:
            if j < n and _hyphen_break_at(text, j):
                j += 1
                break
            if j == n or _is_ws(text[j]):
                break
            if _is_word_punct(text[j - 1]) and _em_dash_at(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    # The chunks of CPython's wordsep_simple_re.split(text): whitespace runs and the rest.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = _is_ws(text[i])
        j = i + 1
        while j < n and _is_ws(text[j]) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs of text; the public attributes are the keyword arguments of wrap()."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if ch in _whitespace else ch for ch in text)
        return text

    def _split(self, text):
        # As in CPython, only break_on_hyphens=True itself (not another true value) selects it.
        if self.break_on_hyphens is True:
            return _split_hyphens(text)
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _sentence_end(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, when something else precedes it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (self.width,))
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            # Whitespace at the start of a line (but not of the first one) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                chunks.pop()
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                cur_line.pop()
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1
                         and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    placed = False
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            placed = True
                            break
                        cur_len -= len(cur_line[-1])
                        cur_line.pop()
                    if not placed:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The lines (without final newlines) of the wrapped text."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text into a list of lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text: the wrapped lines joined by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse the whitespace of text and truncate it to fit width (marked by a placeholder)."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to all non-blank lines of text.

    Lines of only spaces and tabs are emptied; tabs and spaces are not equivalent.
    """
    lines = text.split('\n')
    for i in range(len(lines)):
        line = lines[i]
        if line and line.strip(' \t') == '':
            lines[i] = ''
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for k in range(min(len(margin), len(ind))):
                if margin[k] != ind[k]:
                    margin = margin[:k]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of the lines of text for which predicate(line) is true
    (by default: the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
