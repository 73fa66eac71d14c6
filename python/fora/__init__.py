# SPDX-License-Identifier: Apache-2.0
"""Fora's Python client, with pyfora's API.

    import fora
    executor = fora.connect("http://localhost:30000")
    with executor.remotely.downloadAll():
        n = sum(isPrime(x) for x in range(10**6))
"""
from .errors import (BadRequest, ComputationError, ConnectionError, ForaError, ForaNotImplementedError,
                     ForaToPythonConversionError, InvalidPyforaOperation, NotCallableError, NotFound,
                     PyforaError, PyforaNotImplementedError, PythonToForaConversionError,
                     ResultExceededBytecountThreshold)
from .encoding import Opaque, RemoteInstance
from .executor import Executor, RemoteObject, connect
from .futures import Future

__version__ = "0.1.0"

RemotePythonObject = RemoteObject

__all__ = [
    "connect", "Executor", "RemoteObject", "RemotePythonObject", "Future", "Opaque", "RemoteInstance",
    "ForaError", "PyforaError", "ConnectionError", "ComputationError", "PythonToForaConversionError",
    "ForaToPythonConversionError", "ForaNotImplementedError", "PyforaNotImplementedError",
    "InvalidPyforaOperation", "NotCallableError", "ResultExceededBytecountThreshold", "BadRequest", "NotFound",
]
