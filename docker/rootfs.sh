#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The base root file system of the Fora image, from Debian's packages: glibc (libc6), libgcc-s1
# (glibc needs it to unwind threads) and busybox-static (the shell of the entrypoint and the
# health check's wget), plus the fora user (uid 10001), /tmp and the name-service files.
# Used by docker/build-image.sh and by docker/Dockerfile, so both images have the same base.
#
# usage: docker/rootfs.sh DEBS_DIR OUT_DIR
#   DEBS_DIR holds the three packages' .deb files; when it has none, they are fetched with
#   `apt-get download` (Debian's package repositories), or else taken from this machine's
#   installed packages (dpkg -L), which are the same files.
set -eu
debs="$1"
out="$2"
packages="libc6 libgcc-s1 busybox-static"
mkdir -p "$debs" "$out"
have_all=yes
for p in $packages; do
  ls "$debs"/${p}_*.deb >/dev/null 2>&1 || have_all=no
done
if [ "$have_all" = no ]; then
  # (a machine whose package lists were never fetched: fetch them, where this user may)
  (cd "$debs" && apt-get download $packages >/dev/null 2>&1) \
    || { apt-get update -qq >/dev/null 2>&1 && (cd "$debs" && apt-get download $packages >/dev/null 2>&1); } || true
fi
for p in $packages; do
  deb=$(ls "$debs"/${p}_*.deb 2>/dev/null | head -n 1 || true)
  if [ -n "$deb" ]; then
    dpkg-deb -x "$deb" "$out"
  elif dpkg -s "$p" >/dev/null 2>&1; then
    echo "rootfs: $p: apt-get download failed; using this machine's installed copy" >&2
    dpkg -L "$p" | while read -r f; do
      if [ -f "$f" ] || [ -L "$f" ]; then
        mkdir -p "$out$(dirname "$f")"
        cp -a "$f" "$out$f"
      fi
    done
  else
    echo "rootfs: cannot get Debian's $p: apt-get download failed (no package repository?) and it is not installed here" >&2
    exit 4
  fi
done
# manuals and the package's own bookkeeping are not needed at run time; the copyright files stay
rm -rf "$out/usr/share/man" "$out/usr/share/lintian" "$out/usr/share/locale" "$out/usr/share/bug"
mkdir -p "$out/bin" "$out/usr/bin" "$out/etc" "$out/tmp" "$out/proc" "$out/dev" "$out/sys"
chmod 1777 "$out/tmp"
# busybox's commands (sh, wget for the health check, sed, ps, ...) as links to it, so that a shell
# in the container (kubectl exec) has the usual tools; a file a package put there is kept
"$out/bin/busybox" --list-full | while read -r applet; do
  mkdir -p "$out/$(dirname "$applet")"
  [ -e "$out/$applet" ] || [ -L "$out/$applet" ] || ln -s /bin/busybox "$out/$applet"
done
cat > "$out/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
fora:x:10001:10001:Fora:/tmp:/bin/sh
nobody:x:65534:65534:nobody:/nonexistent:/bin/false
EOF
cat > "$out/etc/group" <<'EOF'
root:x:0:
fora:x:10001:
nogroup:x:65534:
EOF
printf 'hosts: files dns\npasswd: files\ngroup: files\n' > "$out/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$out/etc/hosts"
