#!/usr/bin/env bash
# Makes one PKCS#12 keystore per service with its Ed25519 ledger signing key (alias "ledger"), for the
# compose file (mounted as a secret) or for Kubernetes:
#   kubectl create secret generic audit-service-ledger-key --from-file=ledger.p12=<dir>/audit-service-ledger.p12
# Every replica of a service must use that service's one keystore: digests signed by one replica are verified
# with the same public key by the others and by the offline verifier. Keep the keystores (and their password)
# safe: a lost key cannot sign on, and anyone holding it can sign in the service's name.
# Usage: make-ledger-keystores.sh [directory]   (password from QAL_LEDGER_KEYSTORE_PASSWORD, default change-me)
set -euo pipefail
dir="${1:-$(dirname "$0")/secrets}"
password="${QAL_LEDGER_KEYSTORE_PASSWORD:-change-me}"
mkdir -p "$dir"
for service in audit-service dialogue-service validation-service; do
  keystore="$dir/$service-ledger.p12"
  if [ -e "$keystore" ]; then
    echo "kept $keystore (delete it to make a new key; the old key's signatures then need its public key)"
    continue
  fi
  if ! output=$(keytool -genkeypair -alias ledger -keyalg Ed25519 -dname "CN=$service-ledger" -validity 3650 \
      -storetype PKCS12 -keystore "$keystore" -storepass "$password" 2>&1); then
    echo "$output" >&2
    exit 1
  fi
  # readable by the service's user (uid 10001) in the container; the keystore itself is password-protected
  chmod 0644 "$keystore"
  echo "made $keystore"
done
