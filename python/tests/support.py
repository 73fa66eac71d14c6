# SPDX-License-Identifier: Apache-2.0
"""The server the tests use: FORA_URL, or one started from FORA_LAUNCHER (stopped at exit)."""
import atexit
import os
import re
import subprocess
import threading
import unittest

_lock = threading.Lock()
_url = None
_proc = None


def server_url():
    """The URL of a Fora server, or None (tests skip)."""
    global _url, _proc
    with _lock:
        if _url is not None:
            return _url
        url = os.environ.get("FORA_URL")
        if url:
            _url = url
            return _url
        launcher = os.environ.get("FORA_LAUNCHER")
        if not launcher:
            return None
        _proc = subprocess.Popen([launcher, "local", "--port", "0", "--cores", "2"],
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        atexit.register(_stop)
        for line in _proc.stdout:
            m = re.search(r"serving (http://\S+)", line)
            if m:
                _url = m.group(1)
                threading.Thread(target=_drain, args=(_proc,), daemon=True).start()
                return _url
        raise RuntimeError("the launcher %s ended without printing its URL" % launcher)


def _drain(proc):
    for _ in proc.stdout:
        pass


def _stop():
    if _proc is not None and _proc.poll() is None:
        _proc.terminate()
        try:
            _proc.wait(10)
        except subprocess.TimeoutExpired:
            _proc.kill()


_executor = None


def executor():
    """One shared executor for the tests of a run (skips the test when there is no server)."""
    global _executor
    url = server_url()
    if url is None:
        raise unittest.SkipTest("set FORA_URL (or FORA_LAUNCHER) to run the tests against a Fora server")
    if _executor is None:
        import fora
        _executor = fora.connect(url)
    return _executor
