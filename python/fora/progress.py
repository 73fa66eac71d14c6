# SPDX-License-Identifier: Apache-2.0
"""Progress of long computations, read from the server's events WebSocket.

Shown on a terminal (or in a Jupyter notebook) while a ``remotely`` block waits; off when stdout
is not a TTY, or when ``FORA_PROGRESS=0``. ``withStatusCallback(cb)`` receives the events instead.
"""
import base64
import json
import os
import socket
import struct
import sys
import threading
import time


class EventStream(object):
    """A minimal WebSocket client (RFC 6455) for ``GET /api/v1/events``: text frames only."""

    def __init__(self, host, port, path, timeout=10.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode("ascii")
        req = ("GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (path, host, port, key))
        self.sock.sendall(req.encode("ascii"))
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise OSError("the events stream closed during the handshake")
            self.buf += chunk
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        status = head.split(b"\r\n", 1)[0]
        if b" 101 " not in status + b" ":
            raise OSError("the events stream refused the upgrade: %r" % status)
        self.sock.settimeout(None)

    def _read(self, n):
        while len(self.buf) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError()
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def _send(self, opcode, payload=b""):
        mask = os.urandom(4)
        head = bytes([0x80 | opcode, 0x80 | len(payload)])
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def messages(self):
        """Yields each text message (a str) until the stream ends."""
        parts = []
        while True:
            b0, b1 = self._read(2)
            opcode, n = b0 & 0x0F, b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self._read(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self._read(8))[0]
            mask = self._read(4) if b1 & 0x80 else None
            data = self._read(n)
            if mask:
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
            if opcode == 8:
                return
            if opcode == 9:
                self._send(10, data[:125])
                continue
            if opcode in (0, 1, 2):
                parts.append(data)
                if b0 & 0x80:
                    msg = b"".join(parts)
                    parts = []
                    yield msg.decode("utf-8", "replace")

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def _in_notebook():
    shell = sys.modules.get("IPython")
    try:
        return shell is not None and type(shell.get_ipython()).__name__ == "ZMQInteractiveShell"
    except Exception:
        return False


class Progress(object):
    """Follows one computation's events; prints a status line or feeds a callback."""

    SHOW_AFTER = 1.0

    def __init__(self, executor, callback, display):
        self.executor = executor
        self.callback = callback
        self.display = display
        self.stream = None
        self.shown = False
        self.stopped = False
        self.lock = threading.Lock()
        self.started_at = time.time()
        self.thread = None

    @staticmethod
    def maybe(executor, callback=None):
        if callback is not None:
            return Progress(executor, callback, False)
        if os.environ.get("FORA_PROGRESS", "1") in ("0", "false", "no", "off"):
            return None
        try:
            tty = sys.stdout.isatty()
        except Exception:
            tty = False
        if tty or _in_notebook():
            return Progress(executor, None, True)
        return None

    def on_status(self, status):
        kind, cid = status
        if cid and (kind == "started" or (kind == "answered" and self.callback is not None)):
            self.thread = threading.Thread(target=self._follow, args=(cid,), name="fora-progress", daemon=True)
            self.thread.start()

    def _follow(self, cid):
        t = self.executor._transport
        try:
            stream = EventStream(t.host, t.port, t.prefix + "/events?computation=%s" % cid)
        except Exception:
            return
        with self.lock:
            if self.stopped:
                stream.close()
                return
            self.stream = stream
        cores = None
        if self.display:
            try:
                cores = self.executor._cluster().get("cores")
            except Exception:
                cores = None
        try:
            for text in stream.messages():
                try:
                    ev = json.loads(text)
                except ValueError:
                    continue
                if self.callback is not None:
                    try:
                        self.callback(ev)
                    except Exception:
                        pass
                if self.display and ev.get("event") in ("progress", "started"):
                    self._show(ev, cores)
                if ev.get("event") in ("ended", "unknown"):
                    break
        except Exception:
            pass
        finally:
            stream.close()

    def _show(self, ev, cores):
        elapsed = ev.get("elapsedMs", 0) / 1000.0
        if elapsed < self.SHOW_AFTER:
            return
        busy = ev.get("coresBusy")
        line = "[fora] running %.1f s" % elapsed
        if busy is not None:
            line += ", %s%s cores busy" % (busy, "/%s" % cores if cores else "")
        if ev.get("tasks"):
            line += ", %d tasks" % ev["tasks"]
        with self.lock:
            if self.stopped:
                return
            sys.stdout.write("\r" + line.ljust(60))
            sys.stdout.flush()
            self.shown = True

    def stop(self):
        if self.callback is not None and self.thread is not None:
            self.thread.join(2.0)  # lets the callback see the stream's last events
        with self.lock:
            self.stopped = True
            if self.stream is not None:
                self.stream.close()
            if self.shown:
                sys.stdout.write("\r" + " " * 60 + "\r")
                sys.stdout.flush()
