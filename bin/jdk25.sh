# SPDX-License-Identifier: Apache-2.0
# Sourced by ./mvnw and ./fora: points JAVA_HOME at a JDK 25 if the current one is not.
# The JDK's release file says its version without starting a JVM (two probes cost ~0.25 s a
# command), read with shell builtins only (forking sed per candidate cost ~25 ms a command).
# POSIX sh: ./mvnw sources this under /bin/sh.
fora_java_major() {
  fora_major=
  if [ -f "$1/release" ]; then
    while IFS= read -r fora_line; do
      case "$fora_line" in
        JAVA_VERSION=\"*) fora_major="${fora_line#JAVA_VERSION=\"}"; fora_major="${fora_major%%[!0-9]*}"; return 0 ;;
      esac
    done < "$1/release"
  elif [ -x "$1/bin/java" ]; then
    fora_major="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  fi
}
fora_major=
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then fora_java_major "$JAVA_HOME"; fi
if [ "$fora_major" != "25" ]; then
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /opt/java/openjdk /opt/jdk-25* "$HOME"/.sdkman/candidates/java/25*; do
    if [ -x "$candidate/bin/java" ]; then
      fora_java_major "$candidate"
      if [ "$fora_major" = "25" ]; then
        export JAVA_HOME="$candidate"; break
      fi
    fi
  done
fi
if [ "$fora_major" != "25" ]; then
  echo "fora: a JDK 25 is required; set JAVA_HOME to one" >&2
  return 3 2>/dev/null || exit 3
fi
