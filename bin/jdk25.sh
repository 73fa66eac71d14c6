# SPDX-License-Identifier: Apache-2.0
# Sourced by ./mvnw and ./fora: points JAVA_HOME at a JDK 25 if the current one is not.
# The JDK's release file says its version without starting a JVM (two probes cost ~0.25 s a command).
fora_java_major() {
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
  fi
}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(fora_java_major "$JAVA_HOME")" != "25" ]; then
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /opt/java/openjdk /opt/jdk-25* "$HOME"/.sdkman/candidates/java/25*; do
    if [ -x "$candidate/bin/java" ] && [ "$(fora_java_major "$candidate")" = "25" ]; then
      export JAVA_HOME="$candidate"; break
    fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(fora_java_major "$JAVA_HOME")" != "25" ]; then
  echo "fora: a JDK 25 is required; set JAVA_HOME to one" >&2
  return 3 2>/dev/null || exit 3
fi
