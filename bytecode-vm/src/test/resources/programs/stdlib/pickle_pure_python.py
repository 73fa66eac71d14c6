# A program that asks for the pure-Python pickle (as benchmark suites do) gets pickle's own
# classes; pickling works the same.
import sys
sys.modules['_pickle'] = None
import pickle

print(pickle.Pickler.__module__, pickle.Unpickler.__module__, pickle.PickleError.__module__)
print(pickle.dumps.__module__, pickle.loads.__module__)
data = {'a': [1, 2.5, 'x'], 'b': (None, True), 'c': {3, 4}}
blob = pickle.dumps(data, 2)
print(len(blob), pickle.loads(blob) == data)
