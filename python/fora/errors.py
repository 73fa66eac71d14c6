# SPDX-License-Identifier: Apache-2.0
"""Fora's error model, with pyfora's class names.

Every error the client raises is a :class:`ForaError` (also reachable as ``PyforaError``).
"""
import builtins


class ForaError(Exception):
    """Base class of every error of Fora's error model."""

    def __init__(self, message="", *args):
        super().__init__(message, *args)
        self.message = message

    def __str__(self):
        return str(self.message)


PyforaError = ForaError


class ConnectionError(ForaError, builtins.ConnectionError):  # noqa: A001 - pyfora's name
    """The server cannot be reached, or the executor is closed."""


class ComputationError(ForaError):
    """A computation raised an exception of a type that has no local equivalent.

    ``remoteException`` is the remote exception's type name and message, ``trace`` the remote
    traceback as a list of ``{'path', 'line', 'function'}`` (outermost first), and
    ``remote_traceback`` the traceback text as Python printed it on the server.
    """

    def __init__(self, remoteException, trace=None, remote_traceback=None, remote_type=None):
        super().__init__(remoteException)
        self.remoteException = remoteException
        self.trace = trace or []
        self.remote_traceback = remote_traceback
        self.remote_type = remote_type

    def __str__(self):
        if self.remote_traceback:
            return "%s\nRemote traceback:\n%s" % (self.remoteException, self.remote_traceback.rstrip())
        return str(self.remoteException)


class PythonToForaConversionError(ForaError):
    """A Python value or code cannot be sent to Fora (unsendable object, syntax or purity error)."""

    def __init__(self, message, trace=None):
        super().__init__(message)
        self.trace = trace or []


class ForaToPythonConversionError(ForaError):
    """A result cannot be turned into a Python value."""


class PyforaNotImplementedError(ForaError):
    """Something Fora does not implement."""


ForaNotImplementedError = PyforaNotImplementedError


class InvalidPyforaOperation(ForaError):
    """The computation did something Fora refuses (open a file, eval, ...)."""

    def __init__(self, message, trace=None, remote_traceback=None):
        super().__init__(message)
        self.trace = trace or []
        self.remote_traceback = remote_traceback

    def __str__(self):
        if self.remote_traceback:
            return "%s\nRemote traceback:\n%s" % (self.message, self.remote_traceback.rstrip())
        return str(self.message)


class NotCallableError(ForaError):
    """The object submitted as a function is not callable."""


class ResultExceededBytecountThreshold(ForaError):
    """A download is larger than the byte count it was allowed."""

    def __init__(self, message, maxBytes=None):
        super().__init__(message)
        self.maxBytes = maxBytes


class BadRequest(ForaError):
    """The server refused a request as malformed (a client bug)."""


class NotFound(ForaError):
    """Unknown computation or object id."""


class ServerError(ForaError):
    """Any other problem answered by the server."""


PROBLEM_CLASSES = {
    "ForaError": ForaError,
    "ConnectionError": ConnectionError,
    "ComputationError": ComputationError,
    "PythonToForaConversionError": PythonToForaConversionError,
    "ForaToPythonConversionError": ForaToPythonConversionError,
    "ForaNotImplementedError": PyforaNotImplementedError,
    "InvalidPyforaOperation": InvalidPyforaOperation,
    "ResultExceededBytecountThreshold": ResultExceededBytecountThreshold,
    "NotCallableError": NotCallableError,
    "BadRequest": BadRequest,
    "NotFound": NotFound,
    "PayloadTooLarge": BadRequest,
    "MethodNotAllowed": BadRequest,
}
