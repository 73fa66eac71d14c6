# SPDX-License-Identifier: Apache-2.0
"""HTTP to one Fora server: JSON requests, problem details turned into Fora's errors."""
import http.client
import json
import socket
import urllib.parse

from . import errors


class Transport(object):
    def __init__(self, url, timeout=30.0):
        url = url.strip()
        if "://" not in url:
            url = "http://" + url
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise errors.ConnectionError("unsupported URL scheme in %r (use http://host:port)" % url)
        path = parts.path.rstrip("/")
        if path.endswith("/api/v1"):
            path = path[: -len("/api/v1")]
        elif path.endswith("/docs"):
            path = path[: -len("/docs")]
        self.scheme = parts.scheme
        self.host = parts.hostname or "127.0.0.1"
        self.port = parts.port or (443 if parts.scheme == "https" else 80)
        self.prefix = path + "/api/v1"
        self.timeout = timeout
        self.url = "%s://%s:%d%s" % (self.scheme, self.host if ":" not in self.host else "[%s]" % self.host,
                                     self.port, path)

    def _connection(self, timeout):
        cls = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
        return cls(self.host, self.port, timeout=timeout)

    def request(self, method, path, body=None, held_for=0.0):
        """Sends a request; returns (status, text). Raises fora errors for >= 400 and network failures."""
        status, text = self.raw(method, path, body, held_for)
        if status >= 400:
            raise problem_to_error(status, text)
        return status, text

    def raw(self, method, path, body=None, held_for=0.0):
        conn = self._connection(self.timeout + held_for)
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = body.encode("utf-8") if isinstance(body, str) else body
            headers["Content-Type"] = "application/json"
        try:
            conn.request(method, self.prefix + path, body=data, headers=headers)
            resp = conn.getresponse()
            text = resp.read().decode("utf-8")
            return resp.status, text
        except (socket.timeout, TimeoutError) as e:
            raise errors.ConnectionError("no answer from the Fora server at %s within %.0f s: %s"
                                         % (self.url, self.timeout + held_for, e))
        except (OSError, http.client.HTTPException) as e:
            raise errors.ConnectionError("cannot reach the Fora server at %s: %s" % (self.url, e))
        finally:
            conn.close()


def problem_to_error(status, text):
    try:
        p = json.loads(text)
    except ValueError:
        p = None
    if not isinstance(p, dict):
        return errors.ServerError("HTTP %d from the Fora server: %s" % (status, text[:500]))
    name = p.get("error") or p.get("title") or ""
    detail = p.get("detail") or p.get("title") or ("HTTP %d" % status)
    if name == "ComputationError":
        return errors.ComputationError("%s: %s" % (p.get("remoteType", "Exception"), p.get("remoteMessage", detail)),
                                       p.get("traceback"), p.get("text"), p.get("remoteType"))
    if name == "ResultExceededBytecountThreshold":
        return errors.ResultExceededBytecountThreshold(detail, p.get("maxBytes"))
    if name == "PythonToForaConversionError":
        e = errors.PythonToForaConversionError(detail)
        e.problem = p
        return e
    cls = errors.PROBLEM_CLASSES.get(name, errors.ServerError)
    e = cls(detail)
    e.problem = p
    e.status = status
    return e
