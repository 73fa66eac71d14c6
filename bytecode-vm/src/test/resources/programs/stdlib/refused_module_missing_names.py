# A standard module Fora does not provide: the names CPython's module has are refused where they
# are used; a name it lacks is an AttributeError, as in CPython (hasattr, getattr's default).
import socket, os, time, sys
for mod, name in ((socket, 'this_doesnt_exist'), (socket, 'socket'), (os, 'getcwd'), (os, 'nope'),
                  (time, 'perf_counter'), (time, 'perf_counterz'), (os.path, 'join'), (os.path, 'nothing')):
    print(name, hasattr(mod, name), getattr(mod, name, 'default') == 'default')
try:
    socket.this_doesnt_exist
except AttributeError as e:
    print('AttributeError:', e)
try:
    from socket import not_there
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
