# html for Fora: escape() and unescape() of HTML text (CPython 3.11 behaviour).
#
# Named entities covered by unescape():
#   * every Latin-1 entity of HTML5 (nbsp .. yuml, U+00A0..U+00FF), with and
#     without the trailing ';' (HTML5 accepts these legacy names bare),
#   * amp, lt, gt, quot (also AMP, LT, GT, QUOT, COPY, REG), with or without ';',
#   * with ';' only: apos, euro, hellip, mdash, ndash, lsquo, rsquo, sbquo,
#     ldquo, rdquo, bdquo, bull, dagger, Dagger, permil, lsaquo, rsaquo,
#     trade, hearts, spades, clubs, diams, larr, rarr, uarr, darr, harr,
#     infin, ne, le, ge, minus, times/divide (also bare), alpha..omega,
#     Alpha..Omega, pi, Pi, OElig, oelig, Scaron, scaron, Yuml, fnof, circ,
#     tilde, ensp, emsp, thinsp, zwnj, zwj, lrm, rlm, prime, Prime, sum,
#     prod, radic, asymp, equiv, deg (also bare), micro (also bare), loz.
# Other HTML5 named references are left as they are.

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_LATIN1_NAMES = (
    'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not '
    'shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 '
    'ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml '
    'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH '
    'Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc '
    'Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig '
    'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde '
    'ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml '
    'yacute thorn yuml').split()

_SEMI_ONLY = {
    'apos': 0x27, 'euro': 0x20AC, 'hellip': 0x2026, 'mdash': 0x2014,
    'ndash': 0x2013, 'lsquo': 0x2018, 'rsquo': 0x2019, 'sbquo': 0x201A,
    'ldquo': 0x201C, 'rdquo': 0x201D, 'bdquo': 0x201E, 'bull': 0x2022,
    'dagger': 0x2020, 'Dagger': 0x2021, 'permil': 0x2030, 'lsaquo': 0x2039,
    'rsaquo': 0x203A, 'trade': 0x2122, 'hearts': 0x2665, 'spades': 0x2660,
    'clubs': 0x2663, 'diams': 0x2666, 'larr': 0x2190, 'rarr': 0x2192,
    'uarr': 0x2191, 'darr': 0x2193, 'harr': 0x2194, 'infin': 0x221E,
    'ne': 0x2260, 'le': 0x2264, 'ge': 0x2265, 'minus': 0x2212,
    'pi': 0x3C0, 'Pi': 0x3A0, 'OElig': 0x152, 'oelig': 0x153,
    'Scaron': 0x160, 'scaron': 0x161, 'Yuml': 0x178, 'fnof': 0x192,
    'circ': 0x2C6, 'tilde': 0x2DC, 'ensp': 0x2002, 'emsp': 0x2003,
    'thinsp': 0x2009, 'zwnj': 0x200C, 'zwj': 0x200D, 'lrm': 0x200E,
    'rlm': 0x200F, 'prime': 0x2032, 'Prime': 0x2033, 'sum': 0x2211,
    'prod': 0x220F, 'radic': 0x221A, 'asymp': 0x2248, 'equiv': 0x2261,
    'loz': 0x25CA,
}

_GREEK = ('alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu '
          'nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega').split()


def _build_entities():
    ent = {}
    for i, name in enumerate(_LATIN1_NAMES):
        ent[name] = ent[name + ';'] = chr(0xA0 + i)
    for name, ch in (('amp', '&'), ('lt', '<'), ('gt', '>'), ('quot', '"')):
        ent[name] = ent[name + ';'] = ch
        ent[name.upper()] = ent[name.upper() + ';'] = ch
    ent['COPY'] = ent['COPY;'] = '\xa9'
    ent['REG'] = ent['REG;'] = '\xae'
    for name, cp in _SEMI_ONLY.items():
        ent[name + ';'] = chr(cp)
    for i, name in enumerate(_GREEK):
        ent[name + ';'] = chr(0x3B1 + i)
        if name != 'sigmaf':
            ent[name.capitalize() + ';'] = chr(0x391 + i)
    return ent


html5 = _build_entities()

# Numeric references to these code points are replaced as HTML5 specifies.
_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81',
    0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026',
    0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
    0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d',
    0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
    0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122',
    0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}


def _make_invalid_codepoints():
    cps = set(range(0x1, 0x9))
    cps.update(range(0xe, 0x20))
    cps.update(range(0x7f, 0xa0))
    cps.update(range(0xfdd0, 0xfdf0))
    cps.add(0xb)
    for plane in range(0x11):
        cps.add(plane * 0x10000 + 0xfffe)
        cps.add(plane * 0x10000 + 0xffff)
    return frozenset(cps)


_invalid_codepoints = _make_invalid_codepoints()


def _replace_charref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _invalid_codepoints:
            return ''
        return chr(num)
    if s in html5:
        return html5[s]
    # longest known prefix (legacy names without ';')
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in html5:
            return html5[s[:x]] + s[x:]
    return '&' + s


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
