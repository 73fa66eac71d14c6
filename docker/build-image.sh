#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Fora container image without a Docker daemon and without any image registry, as an
# OCI archive (`podman load -i`, `docker load -i`, `skopeo copy oci-archive:...`). The image is
# the one docker/Dockerfile builds:
#   layer 1  a base root file system from Debian's packages (docker/rootfs.sh)
#   layer 2  a Java 25 runtime made with jlink from the JDK on this machine (docker/jlink-modules)
#   layer 3  /opt/fora: fora.jar, the entrypoint, the health check and the examples
# run as user 10001, entrypoint the fora command (default: fora local).
#
# usage: docker/build-image.sh [--jar PATH] [--tag NAME:VERSION] [--out FILE]
#   --jar PATH   the fora.jar to put in the image (default: launcher/target/fora.jar, built if
#                missing or older than the sources; or FORA_JAR)
#   --tag T      the image's name (default fora:VERSION, VERSION from the pom)
#   --out FILE   the archive (default docker/target/fora-VERSION.oci.tar)
# The last line printed is the archive's path.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
. "$here/bin/jdk25.sh"
version="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$here/pom.xml" | head -n 1)"
version="${version%-SNAPSHOT}"
jar="${FORA_JAR:-}"
tag="fora:$version"
out="$here/docker/target/fora-$version.oci.tar"
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="${2:?--jar needs a path}"; shift 2 ;;
    --tag) tag="${2:?--tag needs NAME:VERSION}"; shift 2 ;;
    --out) out="${2:?--out needs a file}"; shift 2 ;;
    -h|--help) sed -n '3,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-image: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
case "$tag" in
  *:*) ;;
  *) echo "build-image: --tag must be NAME:VERSION, not '$tag'" >&2; exit 2 ;;
esac
if [[ ! "$tag" =~ ^[a-z0-9][a-z0-9._/-]*:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]]; then
  echo "build-image: '$tag' is not an image name (lower-case name, then :version)" >&2; exit 2
fi
for tool in tar gzip sha256sum dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "build-image: needs $tool" >&2; exit 4; }
done

if [ -z "$jar" ]; then
  jar="$here/launcher/target/fora.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "$here"/*/src/main "$here"/pom.xml "$here"/*/pom.xml -newer "$jar" -print -quit 2>/dev/null)" ]; then
    echo "build-image: building fora.jar..." >&2
    (cd "$here" && ./mvnw -q -B -DskipTests package -pl launcher -am >&2)
  fi
fi
[ -f "$jar" ] || { echo "build-image: no jar at $jar" >&2; exit 2; }

work="$here/docker/target/image-build"
rm -rf "$work"
mkdir -p "$work/base" "$work/runtime/opt" "$work/app/opt/fora/bin" "$work/blobs/sha256" "$here/docker/target/debs"

echo "build-image: base root file system from Debian's packages..." >&2
sh "$here/docker/rootfs.sh" "$here/docker/target/debs" "$work/base"

echo "build-image: Java runtime (jlink)..." >&2
modules="$(grep -v '^#' "$here/docker/jlink-modules" | tr -d ' \n')"
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --generate-cds-archive --output "$work/runtime/opt/java" >/dev/null

cp "$jar" "$work/app/opt/fora/fora.jar"
cp "$here/docker/fora" "$here/docker/fora-health" "$work/app/opt/fora/bin/"
cp -r "$here/examples" "$work/app/opt/fora/examples"
chmod -R a+rX "$work/base" "$work/runtime" "$work/app"
chmod 755 "$work/app/opt/fora/bin/fora" "$work/app/opt/fora/bin/fora-health"

# a layer: a reproducible tar (sorted, owned by root, no times), gzipped; its blob digest and the
# digest of its uncompressed contents (the config's diff_id)
layer_digests=()
diff_ids=()
layer_sizes=()
layer() {
  local dir="$1" tarf="$work/layer.tar"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=posix \
      --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime -C "$dir" -cf "$tarf" .
  diff_ids+=("sha256:$(sha256sum "$tarf" | cut -d' ' -f1)")
  gzip -n -6 "$tarf"
  local d
  d="$(sha256sum "$tarf.gz" | cut -d' ' -f1)"
  mv "$tarf.gz" "$work/blobs/sha256/$d"
  layer_digests+=("$d")
  layer_sizes+=("$(stat -c %s "$work/blobs/sha256/$d")")
}
echo "build-image: layers..." >&2
layer "$work/base"
layer "$work/runtime"
layer "$work/app"

blob() { # stdin -> blob; prints its digest
  local tmp="$work/blob.tmp" d
  cat > "$tmp"
  d="$(sha256sum "$tmp" | cut -d' ' -f1)"
  mv "$tmp" "$work/blobs/sha256/$d"
  echo "$d"
}
size_of() { stat -c %s "$work/blobs/sha256/$1"; }
join() { local IFS=,; echo "$*"; }

created="1970-01-01T00:00:00Z"
ids=()
for i in "${diff_ids[@]}"; do ids+=("\"$i\""); done
config_digest="$(blob <<EOF
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"User":"10001:10001",
  "Env":["PATH=/opt/fora/bin:/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","HOME=/tmp","FORA_HTTP_HOST=0.0.0.0","FORA_HEALTH_PORT=30010"],
  "Entrypoint":["/opt/fora/bin/fora"],"Cmd":["local"],"WorkingDir":"/opt/fora",
  "ExposedPorts":{"30000/tcp":{},"30002/tcp":{},"30009/tcp":{},"30010/tcp":{}},
  "StopSignal":"SIGTERM",
  "Healthcheck":{"Test":["CMD","/opt/fora/bin/fora-health"],"Interval":30000000000,"Timeout":10000000000,"StartPeriod":30000000000,"Retries":3},
  "Labels":{"org.opencontainers.image.title":"fora","org.opencontainers.image.version":"$version",
   "org.opencontainers.image.description":"Fora: Python 3 on a grid of JVMs, compiled and automatically parallel",
   "org.opencontainers.image.licenses":"Apache-2.0"}},
 "rootfs":{"type":"layers","diff_ids":[$(join "${ids[@]}")]},
 "history":[{"created":"$created","created_by":"docker/rootfs.sh (Debian: libc6, libgcc-s1, busybox-static)"},
  {"created":"$created","created_by":"jlink (docker/jlink-modules)"},
  {"created":"$created","created_by":"fora.jar, entrypoint, health check, examples"}]}
EOF
)"
layers=()
for i in 0 1 2; do
  layers+=("{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"sha256:${layer_digests[$i]}\",\"size\":${layer_sizes[$i]}}")
done
manifest_digest="$(blob <<EOF
{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
 "config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:$config_digest","size":$(size_of "$config_digest")},
 "layers":[$(join "${layers[@]}")]}
EOF
)"
name="${tag%:*}"
ref="${tag##*:}"
cat > "$work/index.json" <<EOF
{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json",
 "manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:$manifest_digest","size":$(size_of "$manifest_digest"),
  "annotations":{"org.opencontainers.image.ref.name":"$ref","io.containerd.image.name":"docker.io/library/$name:$ref"}}]}
EOF
printf '{"imageLayoutVersion":"1.0.0"}' > "$work/oci-layout"
# docker load of older engines reads manifest.json (the docker-archive format) from the same archive
blayers=()
for d in "${layer_digests[@]}"; do blayers+=("\"blobs/sha256/$d\""); done
printf '[{"Config":"blobs/sha256/%s","RepoTags":["%s"],"Layers":[%s]}]' "$config_digest" "$tag" "$(join "${blayers[@]}")" > "$work/manifest.json"

mkdir -p "$(dirname "$out")"
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work" -cf "$out.tmp" oci-layout index.json manifest.json blobs
mv "$out.tmp" "$out"
rm -rf "$work"
echo "build-image: $tag, $(du -h "$out" | cut -f1), manifest sha256:$manifest_digest" >&2
echo "$out"
