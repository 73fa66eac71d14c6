# SPDX-License-Identifier: Apache-2.0
"""Futures of remote work, compatible with ``concurrent.futures``."""
import concurrent.futures
import threading


class Future(concurrent.futures.Future):
    """A ``concurrent.futures.Future`` whose ``cancel()`` stops the remote computation.

    ``computation_id`` is the server's id of the computation once it is known; ``output`` holds
    what the computation printed once it ended.
    """

    def __init__(self, executor=None):
        super().__init__()
        self._fora_executor = executor
        self._fora_lock = threading.Lock()
        self.computation_id = None
        self.output = []
        self._cancel_requested = False

    def running(self):
        return self.computation_id is not None and not self.done()

    def _fora_started(self, cid):
        """Records the server's id; returns False when a cancel was asked meanwhile."""
        with self._fora_lock:
            self.computation_id = cid
            return not self._cancel_requested

    def cancel(self):
        """Cancels the computation on the server (its CPU use stops). False if it already ended."""
        if self.done():
            return self.cancelled()
        with self._fora_lock:
            self._cancel_requested = True
            cid = self.computation_id
        if cid is not None and self._fora_executor is not None:
            try:
                state = self._fora_executor._cancel_computation(cid)
            except Exception:
                state = None
            if state in ("done", "failed"):
                return False  # it ended first; its result is on its way
        return self._fora_mark_cancelled()

    def _fora_set_result(self, value):
        try:
            if not self.done():
                self.set_result(value)
        except concurrent.futures.InvalidStateError:  # pragma: no cover - cancelled meanwhile
            pass

    def _fora_set_exception(self, exc):
        try:
            if not self.done():
                self.set_exception(exc)
        except concurrent.futures.InvalidStateError:  # pragma: no cover
            pass

    def _fora_mark_cancelled(self):
        with self._condition:
            if self._state == "FINISHED":
                return False
            if self._state in ("CANCELLED", "CANCELLED_AND_NOTIFIED"):
                return True
            self._state = "CANCELLED"
            self._condition.notify_all()
        self.set_running_or_notify_cancel()  # CANCELLED_AND_NOTIFIED: wakes wait() and as_completed()
        self._invoke_callbacks()
        return True


def completed(value):
    f = Future()
    f.set_result(value)
    return f


def failed(exc):
    f = Future()
    f.set_exception(exc)
    return f
