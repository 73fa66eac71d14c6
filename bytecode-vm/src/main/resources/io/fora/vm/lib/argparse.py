# SPDX-License-Identifier: Apache-2.0
"""Command-line parsing library (pure-Python implementation for Fora).

Written from the documented behaviour of CPython 3.11's ``argparse``:
public API, help/usage layout and error messages follow CPython 3.11.
"""

import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser',
    'ArgumentError',
    'ArgumentTypeError',
    'BooleanOptionalAction',
    'FileType',
    'HelpFormatter',
    'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter',
    'MetavarTypeHelpFormatter',
    'Namespace',
    'Action',
    'ONE_OR_MORE',
    'OPTIONAL',
    'PARSER',
    'REMAINDER',
    'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(message):
    # no gettext in Fora: messages are used untranslated
    return message


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


def _basename(path):
    """os.path.basename for POSIX paths (there is no os module in Fora)."""
    pos = path.rfind('/')
    if pos < 0:
        return path
    return path[pos + 1:]


def _default_prog():
    argv = getattr(_sys, 'argv', None)
    if argv:
        name = _basename(str(argv[0]))
        if name:
            return name
    return 'prog'


def _terminal_width():
    # No environment and no terminal in Fora: CPython falls back to 80 columns
    return 80


def _system_exit(status):
    exc = SystemExit(status)
    try:
        if getattr(exc, 'code', _MISSING) is _MISSING:
            exc.code = status
    except Exception:
        pass
    raise exc


class _Missing(object):
    pass


_MISSING = _Missing()


def _copy_items(items):
    if items is None:
        return []
    if type(items) is list:
        return items[:]
    import copy
    return copy.copy(items)


# ---------------------------------------------------------------------------
# Objects with a readable repr
# ---------------------------------------------------------------------------

class _AttributeHolder(object):
    """Gives a repr of the form ClassName(arg, name=value, ...)."""

    def __repr__(self):
        pieces = [repr(value) for value in self._get_args()]
        odd_names = {}
        for name, value in self._get_kwargs():
            if isinstance(name, str) and name.isidentifier():
                pieces.append('%s=%r' % (name, value))
            else:
                odd_names[name] = value
        if odd_names:
            pieces.append('**%r' % (odd_names,))
        return '%s(%s)' % (type(self).__name__, ', '.join(pieces))

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

class _Section(object):

    def __init__(self, formatter, parent, heading=None):
        self.formatter = formatter
        self.parent = parent
        self.heading = heading
        self.items = []

    def format_help(self):
        fmt = self.formatter
        nested = self.parent is not None
        if nested:
            fmt._indent()
        body = fmt._join_parts([func(*args) for func, args in self.items])
        if nested:
            fmt._dedent()
        if not body:
            return ''
        if self.heading is not SUPPRESS and self.heading is not None:
            title = '%s%s:\n' % (' ' * fmt._current_indent, self.heading)
        else:
            title = ''
        return fmt._join_parts(['\n', title, body, '\n'])


_WHITESPACE = _re.compile(r'\s+', _re.ASCII)
_LONG_BREAK = _re.compile(r'\n\n\n+')


class HelpFormatter(object):
    """Formatter for generating usage messages and argument help strings."""

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            width = _terminal_width() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _Section(self, None)
        self._current_section = self._root_section
        self._whitespace_matcher = _WHITESPACE
        self._long_break_matcher = _LONG_BREAK

    # --- indentation -----------------------------------------------------
    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        if self._current_indent < 0:
            raise AssertionError('Indent decreased below 0.')
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    # --- public building API ---------------------------------------------
    def start_section(self, heading):
        self._indent()
        section = _Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        longest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            n = len(self._format_action_invocation(sub))
            if n > longest:
                longest = n
        longest += self._current_indent
        if longest > self._action_max_length:
            self._action_max_length = longest
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = self._long_break_matcher.sub('\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # --- usage -------------------------------------------------------------
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            whole = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join([s for s in (prog, whole) if s])
            avail = self._width - self._current_indent
            if len(prefix) + len(usage) > avail:
                usage = self._wrap_usage(prog, prefix, optionals,
                                         positionals, groups, avail)
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prog, prefix, optionals, positionals, groups,
                    avail):
        splitter = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_text = self._format_actions_usage(optionals, groups)
        pos_text = self._format_actions_usage(positionals, groups)
        opt_parts = _re.findall(splitter, opt_text)
        pos_parts = _re.findall(splitter, pos_text)

        def fill(parts, indent, first_prefix=None):
            lines = []
            current = []
            if first_prefix is not None:
                used = len(first_prefix) - 1
            else:
                used = len(indent) - 1
            for part in parts:
                if current and used + 1 + len(part) > avail:
                    lines.append(indent + ' '.join(current))
                    current = []
                    used = len(indent) - 1
                current.append(part)
                used += len(part) + 1
            if current:
                lines.append(indent + ' '.join(current))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * avail:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix)
                lines.extend(fill(pos_parts, indent))
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        in_group = set()
        marks = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %r' % (group,))
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            visible = 0
            for member in members:
                in_group.add(member)
                if member.help is not SUPPRESS:
                    visible += 1
            if not group.required:
                marks[start] = marks[start] + ' [' if start in marks else '['
                marks[end] = marks[end] + ']' if end in marks else ']'
            elif visible > 1:
                marks[start] = marks[start] + ' (' if start in marks else '('
                marks[end] = marks[end] + ')' if end in marks else ')'
            for i in range(start + 1, end):
                marks[i] = '|'

        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
            elif not action.option_strings:
                text = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_group and text[:1] == '[' and text[-1:] == ']':
                    text = text[1:-1]
                parts.append(text)
            else:
                if action.nargs == 0:
                    text = action.format_usage()
                else:
                    arg_text = self._format_args(
                        action, self._get_default_metavar_for_optional(action))
                    text = '%s %s' % (action.option_strings[0], arg_text)
                if not action.required and action not in in_group:
                    text = '[%s]' % text
                parts.append(text)

        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]

        text = ' '.join([p for p in parts if p is not None])
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # --- text ----------------------------------------------------------------
    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    # --- actions -------------------------------------------------------------
    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        pad = ' ' * self._current_indent

        if not action.help:
            header = pad + header + '\n'
            first_indent = 0
        elif len(header) <= action_width:
            header = pad + header.ljust(action_width) + '  '
            first_indent = 0
        else:
            header = pad + header + '\n'
            first_indent = help_position

        out = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                if lines:
                    out.append(' ' * first_indent + lines[0] + '\n')
                    for line in lines[1:]:
                        out.append(' ' * help_position + line + '\n')
                elif not header.endswith('\n'):
                    out.append('\n')
        elif not header.endswith('\n'):
            out.append('\n')

        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join(['%s %s' % (opt, args_string)
                          for opt in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            count = range(nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s' for _i in count]) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(action.__dict__)
        params['prog'] = self._prog
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        getter = getattr(action, '_get_subactions', None)
        if getter is None:
            return
        self._indent()
        for sub in getter():
            yield sub
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = self._whitespace_matcher.sub(' ', text).strip()
        return textwrap.fill(text, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog text as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line
                        for line in text.splitlines(keepends=True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds the default value to each argument's help."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL,
                                                         ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    if argument.choices:
        return '{' + ','.join(argument.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error from creating or using an argument."""

    def __init__(self, argument, message):
        Exception.__init__(self, argument, message)
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """An error from converting an argument string to a value."""
    pass


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

class Action(_AttributeHolder):
    """Information about how to turn command-line strings into attributes."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ('option_strings', 'dest', 'nargs', 'const', 'default',
                 'type', 'choices', 'required', 'help', 'metavar')
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        strings = []
        for opt in option_strings:
            strings.append(opt)
            if opt.startswith('--'):
                strings.append('--no-' + opt[2:])
        Action.__init__(self, option_strings=strings, dest=dest, nargs=0,
                        default=default, type=type, choices=choices,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you '
                             'have nothing to store, actions such as store '
                             'true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        nargs=nargs, const=const, default=default, type=type,
                        choices=choices, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        nargs=0, const=const, default=default,
                        required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings=option_strings,
                                   dest=dest, const=True, default=default,
                                   required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings=option_strings,
                                   dest=dest, const=False, default=default,
                                   required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg '
                             'strings are not supplying the value to append, '
                             'the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        nargs=nargs, const=const, default=default, type=type,
                        choices=choices, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        nargs=0, default=default, required=required,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS,
                 help="show program's version number and exit"):
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            Action.__init__(self, option_strings=[], dest=dest, help=help,
                            metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings=option_strings, dest=dest,
                        nargs=PARSER, choices=self._name_parser_map,
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, _('conflicting subparser: %s') % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(
                    self, _('conflicting subparser alias: %s') % alias)
        if 'help' in kwargs:
            pseudo = self._ChoicesPseudoAction(name, aliases,
                                               kwargs.pop('help'))
            self._choices_actions.append(pseudo)
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        subparser = self._name_parser_map.get(name)
        if subparser is None:
            msg = _('unknown parser %(parser_name)r (choices: %(choices)s)') % {
                'parser_name': name,
                'choices': ', '.join(self._name_parser_map)}
            raise ArgumentError(self, msg)
        subnamespace, rest = subparser.parse_known_args(rest, None)
        for key, value in subnamespace.__dict__.items():
            setattr(namespace, key, value)
        if rest:
            if _UNRECOGNIZED_ARGS_ATTR not in namespace.__dict__:
                setattr(namespace, _UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(rest)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copy_items(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


# ---------------------------------------------------------------------------
# Type factories
# ---------------------------------------------------------------------------

class FileType(object):
    """Factory for file-opening argument types.

    Fora programs cannot reach files: an instance can be created and shown,
    but converting any name other than '-' gives a clear argument error.
    """

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                stream = getattr(_sys, 'stdin', None)
                if stream is not None:
                    return stream
            elif any(c in self._mode for c in 'wax'):
                return _sys.stdout
            else:
                raise ValueError(_('argument "-" with mode %r') % self._mode)
        raise ArgumentTypeError(
            _("can't open '%s': files are not available in Fora") % string)

    def __repr__(self):
        args = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        for name, value in (('encoding', self._encoding),
                            ('errors', self._errors)):
            if value is not None:
                args.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))


# ---------------------------------------------------------------------------
# Containers of actions
# ---------------------------------------------------------------------------

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        self.register('action', None, _StoreAction)
        self.register('action', 'store', _StoreAction)
        self.register('action', 'store_const', _StoreConstAction)
        self.register('action', 'store_true', _StoreTrueAction)
        self.register('action', 'store_false', _StoreFalseAction)
        self.register('action', 'append', _AppendAction)
        self.register('action', 'append_const', _AppendConstAction)
        self.register('action', 'count', _CountAction)
        self.register('action', 'help', _HelpAction)
        self.register('action', 'version', _VersionAction)
        self.register('action', 'parsers', _SubParsersAction)
        self.register('action', 'extend', _ExtendAction)

        self._get_handler()

        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._negative_number_matcher = _NEGATIVE_NUMBER
        self._has_negative_number_optionals = []

    # --- registries ------------------------------------------------------
    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    # --- defaults ----------------------------------------------------------
    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # --- adding arguments ------------------------------------------------
    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)

        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it'
                             ' must be passed' % (type_func,))

        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')

        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
        for opt in action.option_strings:
            if self._negative_number_matcher.match(opt):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are '
                                   'named %r') % (group.title,))
            by_title[group.title] = group

        target = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title,
                    description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                target[action] = by_title[group.title]

        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                target[action] = mutex

        for action in container._actions:
            target.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_strings = []
        for opt in args:
            if not opt[0] in self.prefix_chars:
                raise ValueError(
                    'invalid option string %(option)r: must start with a '
                    'character %(prefix_chars)r' % {
                        'option': opt, 'prefix_chars': self.prefix_chars})
            option_strings.append(opt)
            if len(opt) > 1 and opt[1] in self.prefix_chars:
                long_strings.append(opt)

        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_strings[0] if long_strings else option_strings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r'
                                 % (option_strings[-1],))
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    # --- conflicts -----------------------------------------------------------
    def _get_handler(self):
        name = '_handle_conflict_%s' % (self.conflict_handler,)
        handler = getattr(self, name, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r'
                             % (self.conflict_handler,))
        return handler

    def _check_conflict(self, action):
        clashes = []
        for opt in action.option_strings:
            if opt in self._option_string_actions:
                clashes.append((opt, self._option_string_actions[opt]))
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        message = ngettext('conflicting option string: %s',
                           'conflicting option strings: %s',
                           len(conflicting_actions))
        names = ', '.join([opt for opt, _a in conflicting_actions])
        raise ArgumentError(action, message % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, old in conflicting_actions:
            old.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        _ActionsContainer.__init__(self, description=description, **kwargs)

        self.title = title
        self._group_actions = []

        # share the parser's bookkeeping
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = \
            container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------

def _nargs_pattern(action):
    """Regular expression (over the 'O'/'A'/'-' pattern of the command line)
    matching the strings the action consumes, as a single group."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


_PATTERN_CACHE = {}


def _compiled(pattern):
    rx = _PATTERN_CACHE.get(pattern)
    if rx is None:
        rx = _re.compile(pattern)
        _PATTERN_CACHE[pattern] = rx
    return rx


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Object for parsing command line strings into Python objects."""

    def __init__(self,
                 prog=None,
                 usage=None,
                 description=None,
                 epilog=None,
                 parents=[],
                 formatter_class=HelpFormatter,
                 prefix_chars='-',
                 fromfile_prefix_chars=None,
                 argument_default=None,
                 conflict_handler='error',
                 add_help=True,
                 allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description=description,
                                   prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = _default_prog()
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None

        def identity(string):
            return string
        self.register('type', None, identity)

        lead = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(lead + 'h', lead * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help=_('show this help message and exit'))

        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, '_defaults', None)
            if defaults is not None:
                self._defaults.update(defaults)

    def _get_kwargs(self):
        names = ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')
        return [(name, getattr(self, name)) for name in names]

    # --- sub-commands ------------------------------------------------------
    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))

        kwargs.setdefault('parser_class', type(self))

        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', _('subcommands'))
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals

        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()

        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # --- parsing entry points ------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = list(getattr(_sys, 'argv', [''])[1:])
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()

        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])

        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)

        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            args.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        # which actions exclude which
        exclusions = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                others = exclusions.setdefault(member, [])
                others.extend(members[:i])
                others.extend(members[i + 1:])

        # classify every string: 'O' option, 'A' argument, '-' for '--'
        option_at = {}
        kinds = []
        n_strings = len(arg_strings)
        i = 0
        while i < n_strings:
            s = arg_strings[i]
            if s == '--':
                kinds.append('-')
                kinds.extend(['A'] * (n_strings - i - 1))
                break
            found = self._parse_optional(s)
            if found is None:
                kinds.append('A')
            else:
                option_at[i] = found
                kinds.append('O')
            i += 1
        pattern = ''.join(kinds)
        option_positions = sorted(option_at)

        seen = set()
        seen_non_default = set()
        extras = []

        def take_action(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_non_default.add(action)
                for other in exclusions.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(
                            action, _('not allowed with argument %s')
                            % _get_action_name(other))
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_optional(start):
            action, option_string, explicit_arg = option_at[start]
            todo = []
            while True:
                if action is None:
                    extras.append(arg_strings[start])
                    return start + 1
                if explicit_arg is None:
                    first = start + 1
                    count = self._match_argument(action, pattern, first)
                    stop = first + count
                    todo.append((action, arg_strings[first:stop],
                                 option_string))
                    break
                count = self._match_argument(action, 'A')
                if (count == 0 and option_string[1] not in self.prefix_chars
                        and explicit_arg != ''):
                    # a cluster of single-character flags like -xyz
                    todo.append((action, [], option_string))
                    option_string = option_string[0] + explicit_arg[0]
                    remainder = explicit_arg[1:] or None
                    nxt = self._option_string_actions.get(option_string)
                    if nxt is None:
                        raise ArgumentError(
                            action, _('ignored explicit argument %r')
                            % explicit_arg)
                    action = nxt
                    explicit_arg = remainder
                elif count == 1:
                    stop = start + 1
                    todo.append((action, [explicit_arg], option_string))
                    break
                else:
                    raise ArgumentError(
                        action, _('ignored explicit argument %r')
                        % explicit_arg)
            for act, strings, opt in todo:
                take_action(act, strings, opt)
            return stop

        pending = self._get_positional_actions()

        def consume_positionals(start):
            counts = self._match_arguments_partial(pending, pattern, start)
            for action, count in zip(pending, counts):
                strings = arg_strings[start:start + count]
                start += count
                take_action(action, strings)
            del pending[:len(counts)]
            return start

        start = 0
        k = 0  # index into option_positions
        n_opts = len(option_positions)
        while k < n_opts:
            next_opt = option_positions[k]
            if next_opt < start:
                k += 1
                continue
            if start != next_opt:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_at:
                extras.extend(arg_strings[start:next_opt])
                start = next_opt
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(arg_strings[stop:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (action.default is not None
                  and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                # string defaults are converted as if given on the line
                setattr(namespace, action.dest,
                        self._get_value(action, action.default))
        if missing:
            self.error(_('the following arguments are required: %s')
                       % ', '.join(missing))

        for group in self._mutually_exclusive_groups:
            if not group.required:
                continue
            for action in group._group_actions:
                if action in seen_non_default:
                    break
            else:
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                self.error(_('one of the arguments %s is required')
                           % ' '.join(names))

        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        result = []
        for s in arg_strings:
            if not s or s[0] not in self.fromfile_prefix_chars:
                result.append(s)
            else:
                raise ArgumentError(
                    None, _("cannot read arguments from file '%s': files "
                            "are not available in Fora") % s[1:])
        return result

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, pattern, pos=0):
        m = _compiled(_nargs_pattern(action)).match(pattern, pos)
        if m is None:
            nargs = action.nargs
            if nargs is None:
                msg = _('expected one argument')
            elif nargs == OPTIONAL:
                msg = _('expected at most one argument')
            elif nargs == ONE_OR_MORE:
                msg = _('expected at least one argument')
            else:
                msg = ngettext('expected %s argument',
                               'expected %s arguments', nargs) % nargs
            raise ArgumentError(action, msg)
        return len(m.group(1))

    def _match_arguments_partial(self, actions, pattern, pos=0):
        pieces = [_nargs_pattern(a) for a in actions]
        for i in range(len(actions), 0, -1):
            m = _compiled(''.join(pieces[:i])).match(pattern, pos)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _parse_optional(self, arg_string):
        if not arg_string:
            return None
        if arg_string[0] not in self.prefix_chars:
            return None
        action = self._option_string_actions.get(arg_string)
        if action is not None:
            return action, arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            action = self._option_string_actions.get(option_string)
            if action is not None:
                return action, option_string, explicit_arg

        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join([opt for _a, opt, _e in candidates])
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': names})
        elif len(candidates) == 1:
            return candidates[0]

        if self._negative_number_matcher.match(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        found = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    prefix, explicit_arg = option_string.split('=', 1)
                else:
                    prefix, explicit_arg = option_string, None
                for opt, action in self._option_string_actions.items():
                    if opt.startswith(prefix):
                        found.append((action, opt, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            short = option_string[:2]
            short_arg = option_string[2:]
            for opt, action in self._option_string_actions.items():
                if opt == short:
                    found.append((action, opt, short_arg))
                elif opt.startswith(option_string):
                    found.append((action, opt, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    # --- values --------------------------------------------------------------
    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            if '--' in arg_strings:
                arg_strings.remove('--')

        if not arg_strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None \
                else arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, s) for s in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, s) for s in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, _('%r is not callable') % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(
                action, _('invalid choice: %(value)r (choose from %(choices)s)')
                % {'value': value,
                   'choices': ', '.join([repr(c) for c in action.choices])})

    # --- intermixed parsing ------------------------------------------------
    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error(_('unrecognized arguments: %s') % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        positionals = self._get_positional_actions()
        bad = [a for a in positionals if a.nargs in (PARSER, REMAINDER)]
        if bad:
            raise TypeError('parse_intermixed_args: positional arg'
                            ' with nargs=%s' % bad[0].nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in'
                                    ' mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if self.usage is None:
                # keep the full usage for error messages
                self.usage = self.format_usage()[7:]
            saved = [(a, a.nargs, a.default) for a in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if (hasattr(namespace, action.dest)
                            and getattr(namespace, action.dest) == []):
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default

            optionals = self._get_optional_actions()
            saved_req = [(a, a.required) for a in optionals]
            saved_group_req = [(g, g.required)
                               for g in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for action, req in saved_req:
                    action.required = req
                for group, req in saved_group_req:
                    group.required = req
        finally:
            self.usage = saved_usage
        return namespace, extras

    # --- help ----------------------------------------------------------------
    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions,
                            self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = getattr(_sys, 'stderr', None)
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    # --- exiting -------------------------------------------------------------
    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, getattr(_sys, 'stderr', None))
        _system_exit(status)

    def error(self, message):
        """Print a usage message and the error to stderr, then exit with 2."""
        self.print_usage(getattr(_sys, 'stderr', None))
        self.exit(2, _('%(prog)s: error: %(message)s\n')
                  % {'prog': self.prog, 'message': message})
