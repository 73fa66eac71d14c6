# gc: which objects CPython tracks, and the introspection functions programs that tune the collector call
import gc
class C: pass
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked({}), gc.is_tracked("s"), gc.is_tracked(None))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(3.5), gc.is_tracked(b"x"))
print(type(gc.get_count()).__name__, len(gc.get_count()), type(gc.collect(0)).__name__, type(gc.get_stats()).__name__, len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(callable(gc.get_objects), callable(gc.get_referrers), gc.garbage, gc.callbacks, gc.is_finalized(C()))
print(gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
