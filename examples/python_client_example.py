# SPDX-License-Identifier: Apache-2.0
# %% [markdown]
# # Fora from Python, the way pyfora users wrote it
#
# Start a server (`fora local` prints its URL), then run this file, or paste its cells into a
# notebook:
#
#     fora local &
#     PYTHONPATH=python FORA_URL=http://127.0.0.1:30000 python3 examples/python_client_example.py

# %%
import os

import fora

executor = fora.connect(os.environ.get("FORA_URL", "http://localhost:30000"))


def isPrime(p):
    if p < 2:
        return 0
    x = 2
    while x * x <= p:
        if p % x == 0:
            return 0
        x = x + 1
    return 1


# %% [markdown]
# The block below runs on Fora, not here: `isPrime` travels as source, and `n` comes back.

# %%
with executor.remotely.downloadAll():
    n = sum(isPrime(x) for x in range(10 ** 6))
print(n)  # 78498

# %% [markdown]
# Without `downloadAll()`, results stay on the server as remote objects, usable in later blocks.

# %%
with executor.remotely:
    primes = [x for x in range(10 ** 5) if isPrime(x)]
print(primes)  # <fora.RemoteObject o-...>

with executor.remotely.downloadAll():
    twin_pairs = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
print(twin_pairs)  # 1224

# %% [markdown]
# `submit` returns a `concurrent.futures`-compatible Future of a remote object.

# %%
future = executor.submit(isPrime, 97)
print(future.result().toLocal().result())  # 1

# %% [markdown]
# Exceptions raised remotely come back as the same type, with the remote traceback attached.

# %%
try:
    with executor.remotely.downloadAll():
        ratio = n / (n - n)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    print(e.remote_traceback)

executor.close()
