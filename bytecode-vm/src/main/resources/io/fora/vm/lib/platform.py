"""The platform module: what a computation may know of the interpreter and the machine.

A computation is pure: it reads no state of the machine it happens to run on (a grid moves it
between machines). So the answers here are Fora's own and constant: Python 3.11's version
(sys.version_info), the implementation "Fora", the system of sys.platform, and the processor
architecture of the JVM (machine(), set from Java). The host name, kernel release and version,
and the C library are not known: '' as CPython answers when it cannot find them.
"""

import sys
from collections import namedtuple

__all__ = ['architecture', 'machine', 'node', 'platform', 'processor', 'python_branch',
           'python_build', 'python_compiler', 'python_implementation', 'python_revision',
           'python_version', 'python_version_tuple', 'release', 'system', 'uname', 'version',
           'libc_ver', 'mac_ver', 'win32_ver', 'win32_edition', 'win32_is_iot', 'java_ver',
           'freedesktop_os_release', 'uname_result']

_SYSTEMS = {'linux': 'Linux', 'darwin': 'Darwin', 'win32': 'Windows'}


def _machine():
    # replaced from Java by the JVM's architecture (x86_64, aarch64, ...)
    return ''


class uname_result(namedtuple('uname_result_base', 'system node release version machine')):
    """uname(): (system, node, release, version, machine, processor), as CPython 3.11's."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


def uname():
    return uname_result(system(), node(), release(), version(), machine())


def system():
    return _SYSTEMS.get(sys.platform, sys.platform.capitalize())


def node():
    return ''


def release():
    return ''


def version():
    return ''


def machine():
    return _machine()


def processor():
    return ''


def architecture(executable=None, bits='', linkage=''):
    return (bits or '64bit', linkage or ('ELF' if system() == 'Linux' else ''))


def platform(aliased=False, terse=False):
    parts = [system()]
    if not terse and machine():
        parts.append(machine())
    return '-'.join(parts)


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    return 'Fora'


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('fora', '')


def python_compiler():
    return 'Fora'


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return (release, versioninfo, machine)


def win32_ver(release='', version='', csd='', ptype=''):
    return (release, version, csd, ptype)


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return (release, vendor, vminfo, osinfo)


def freedesktop_os_release():
    raise OSError('Unable to read files /etc/os-release, /usr/lib/os-release')
