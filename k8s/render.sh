#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Prints the manifests of the Helm chart k8s/fora on a machine with no helm binary, through the
# Helm library packaged for Java (helm-java): k8s/render.sh [--set KEY=VALUE ...] [--lint] [--help]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bin/jdk25.sh"
cp_file="$here/deploy/target/render.classpath"
if [ ! -s "$cp_file" ] || [ "$here/deploy/pom.xml" -nt "$cp_file" ]; then
  mkdir -p "$here/deploy/target"
  (cd "$here" && ./mvnw -q -B dependency:build-classpath -pl deploy -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$cp_file" >&2) || { echo "render: could not fetch helm-java (Maven)" >&2; exit 3; }
fi
cd "$here"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$(cat "$cp_file")" \
  deploy/src/main/java/io/fora/deploy/RenderChart.java "$@"
