# platform: the interpreter's version and the machine's kind; what varies between hosts
# (node, release, version) is only checked for its type here
import platform
import sys

print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple()[:2])
print(platform.system(), platform.machine() in ('x86_64', 'aarch64', 'arm64', 'i686', 'AMD64'))
u = platform.uname()
print(type(u).__name__, u.system, len(u), u[0] == platform.system(), u.machine == platform.machine())
print(all(isinstance(x, str) for x in (platform.node(), platform.release(), platform.version(), platform.processor())))
print(platform.architecture()[0])
print(platform.platform().startswith(platform.system()))
print(isinstance(platform.python_implementation(), str), isinstance(platform.python_compiler(), str))
print(platform.mac_ver(), platform.win32_ver())
print('Python: {}.{}'.format(*platform.python_version_tuple()[:2]))
print(list(u)[0], u[-1] == u.processor, u[:1], u._fields)
print(repr(u).startswith("uname_result(system='%s', node=" % u.system), repr(u).count('='))
