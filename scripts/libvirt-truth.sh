#!/bin/sh
# Records what libvirt itself says about every libvirt fixture: libxml2's RelaxNG check against
# libvirt's installed domain.rng, and `virsh define` on the in-process test driver (libvirt's generic
# XML parser and validation, no daemon, no QEMU). Bare <interface> fragments are wrapped in a
# minimal <domain type='kvm'> on the fragment's first line, so line numbers stay the fragment's.
#   scripts/libvirt-truth.sh            # writes test/fixtures/libvirt/truth/verdicts.tsv
#   scripts/libvirt-truth.sh --install  # first installs libvirt-clients libxml2-utils libvirt0 (Debian)
set -eu
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--install" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libvirt-clients libxml2-utils libvirt0 >/dev/null
fi
RNG=/usr/share/libvirt/schemas/domain.rng
OUT=${LIBVIRT_TRUTH_OUT:-test/fixtures/libvirt/truth/verdicts.tsv}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
HEAD="<domain type='kvm'><name>truth</name><memory unit='KiB'>131072</memory><os><type arch='x86_64'>hvm</type></os><devices>"
printf 'file\txmllint\tvirsh\tmessage\n' >"$OUT.tmp"
for file in test/fixtures/libvirt/rules/*.xml test/fixtures/libvirt/paper/*.xml test/fixtures/libvirt/cases/*.xml test/fixtures/libvirt/corpus/*.xml; do
  name=${file#test/fixtures/libvirt/}
  wrapped="$WORK/input.xml"
  if grep -q '^<interface' "$file"; then
    { printf '%s' "$HEAD"; cat "$file"; printf '</devices></domain>\n'; } >"$wrapped"
  else
    cp "$file" "$wrapped"
  fi
  # The test driver already has a domain called "test"; several corpus files use that name too.
  sed -i "s#<name>test</name>#<name>truth-test</name>#" "$wrapped"
  if xmllint --noout --relaxng "$RNG" "$wrapped" >"$WORK/x.out" 2>&1; then x=valid; else x=invalid; fi
  if virsh -q -c test:///default define "$wrapped" >"$WORK/v.out" 2>&1; then v=defined; else v=rejected; fi
  # The first libvirt error (or the first RelaxNG complaint) is the message worth keeping.
  message=$( (grep -h '^error: ' "$WORK/v.out" | grep -v 'Failed to define' | head -n 1; grep -h 'Relax-NG validity error' "$WORK/x.out" | head -n 1) | sed "s#$WORK/input.xml#$name#g" | tr '\t\n' '  ')
  printf '%s\t%s\t%s\t%s\n' "$name" "$x" "$v" "$message" >>"$OUT.tmp"
done
mv "$OUT.tmp" "$OUT"
{ virsh --version; xmllint --version 2>&1 | head -n 1; } >"$(dirname "$OUT")/versions.txt"
echo "wrote $OUT"
