# SPDX-License-Identifier: Apache-2.0
# The start of `fora run --cluster http://HOST:PORT FILE.py`, in the shell, with no JVM, for a
# server on this machine's loopback (sourced by the fora script; bash only, no other process but
# `head` for the answer). The source goes to the server as text/x-python; an answer within a second
# comes back as the text fora run prints (text/plain, with the Fora-Status header "done"), so a
# short computation on a warm local grid takes ~10 ms of client instead of the JVM client's ~80.
# Anything else (a failure, a computation still running after a second, a refusal, a file the
# shell cannot send as it is, another URL) goes to the JVM client, which follows the computation
# already submitted (--follow ID) or, when nothing was submitted, starts over. Ctrl-C (or SIGTERM)
# before the hand-over cancels the computation, as the JVM client's does.
#
# quick_run run ARGS...: exits with the answer when the computation is done within a second;
# otherwise returns, with quick_url, quick_opts and quick_id set when it was submitted (the caller
# then follows it with the JVM client), quick_id empty when nothing was submitted.
quick_url= quick_opts=() quick_id=
quick_run() {
  local url= file=
  shift
  while [ $# -gt 0 ]; do
    case "$1" in
      --cluster) [ $# -ge 2 ] || return 0; url=$2; shift 2 ;;
      --progress|--no-progress) quick_opts+=("$1"); shift ;;
      -*) return 0 ;;
      *) if [ -n "$file" ] || [ $# -ne 1 ]; then return 0; fi; file=$1; shift ;;
    esac
  done
  [[ $url =~ ^http://(localhost|127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3})(:([0-9]{1,5}))?/?$ ]] || return 0
  local host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-80}
  [ -n "$file" ] && [ -f "$file" ] && [ -r "$file" ] || return 0
  local LC_ALL=C src rc=0
  IFS= read -r -d '' src <"$file" || rc=$?
  [ "$rc" -eq 1 ] || return 0 # 0: the file holds a NUL byte
  # the path the JVM client names the module by: the physical working directory's, as given
  local path dir enc= i c
  cd -P . 2>/dev/null || return 0
  dir=$PWD
  case $file in /*) path=$file ;; *) path=$dir/$file ;; esac
  while [[ $path == *//* ]]; do path=${path//\/\//\/}; done
  for ((i = 0; i < ${#path}; i++)); do
    c=${path:i:1}
    case $c in [A-Za-z0-9/._~-]) enc+=$c ;; *) printf -v c '%%%02X' "'$c"; enc+=$c ;; esac
  done
  trap '' PIPE
  rc=0
  exec 9>&2 2>/dev/null
  exec 3<>"/dev/tcp/$host/$port" || rc=$?
  exec 2>&9 9>&-
  [ "$rc" -eq 0 ] || return 0
  local code status length id=
  # from here a Ctrl-C cancels what was submitted (once the server has said its id)
  trap 'quick_cancel "$host" "$port" 130' INT
  trap 'quick_cancel "$host" "$port" 143' TERM
  printf 'POST /api/v1/computations?wait=0&path=%s HTTP/1.1\r\nHost: %s:%s\r\nUser-Agent: fora-run\r\nAccept: text/plain\r\nContent-Type: text/x-python; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s' \
    "$enc" "$host" "$port" "${#src}" "$src" >&3 2>/dev/null || { quick_done; return 0; }
  quick_head 30 || { quick_done; return 0; }
  [[ $id =~ ^[A-Za-z0-9._~-]{1,100}$ ]] || { quick_done; return 0; }
  if [ "$code" = 202 ] && [ "$status" = running ] && [ "${length:-0}" = 0 ]; then
    quick_url=$url quick_id=$id
    printf 'GET /api/v1/computations/%s?wait=1 HTTP/1.1\r\nHost: %s:%s\r\nUser-Agent: fora-run\r\nAccept: text/plain\r\nConnection: close\r\n\r\n' \
      "$id" "$host" "$port" >&3 2>/dev/null || { quick_done; return 0; }
    quick_head 40 || { quick_done; return 0; }
  fi
  quick_url=$url quick_id=$id
  if [ "$code" = 200 ] && [ "$status" = done ] && [[ $length =~ ^[0-9]+$ ]]; then
    if [ "$length" -gt 0 ]; then head -c "$length" <&3; fi
    exit 0
  fi
  quick_done
}
# The connection closed and Ctrl-C back to the caller's (the JVM client's, once it takes over).
quick_done() {
  exec 3>&-
  trap - INT TERM
}
# Reads an answer's status line and headers from fd 3 (waiting up to $1 s for each line): sets
# code, status (Fora-Status), id (Fora-Computation) and length; fails on anything unexpected.
quick_head() {
  local line v
  IFS= read -r -t "$1" line <&3 || return 1
  [[ ${line%$'\r'} =~ ^HTTP/1\.[01]\ ([0-9]{3})\  ]] || return 1
  code=${BASH_REMATCH[1]} status= length=
  while IFS= read -r -t "$1" line <&3; do
    line=${line%$'\r'}
    [ -z "$line" ] && return 0
    v=${line#*:}
    v=${v#"${v%%[! ]*}"}
    case ${line%%:*} in
      [Cc]ontent-[Ll]ength) length=$v ;;
      [Ff]ora-[Ss]tatus) status=$v ;;
      [Ff]ora-[Cc]omputation) id=$v ;;
      [Tt]ransfer-[Ee]ncoding) return 1 ;;
    esac
  done
  return 1
}
# Ctrl-C (or SIGTERM) while the shell waits: the computation is cancelled on the server.
quick_cancel() {
  local line
  echo "fora: cancelled; asking the server to stop the computation" >&2
  exec 3>&- 9>&2 2>/dev/null
  if [ -n "$quick_id" ] && exec 4<>"/dev/tcp/$1/$2"; then
    printf 'DELETE /api/v1/computations/%s HTTP/1.1\r\nHost: %s:%s\r\nUser-Agent: fora-run\r\nConnection: close\r\n\r\n' "$quick_id" "$1" "$2" >&4
    IFS= read -r -t 5 line <&4 || true
  fi
  exit "$3"
}
