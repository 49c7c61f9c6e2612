#!/usr/bin/env bash
# Validates the deployment files without Docker or a cluster (for .ci/run):
#  - docker-compose.yml by `docker-compose config` (Debian's docker-compose),
#  - the Kubernetes manifests against the Kubernetes API schemas (npm kubernetes-models, validate-k8s.mjs),
#  - the Prometheus configurations and alerting rules by promtool (Debian's prometheus).
# Installs the Debian packages it needs when missing (CI runs as root).
set -euo pipefail
cd "$(dirname "$0")"

install_missing() {
  local missing=()
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  command -v promtool >/dev/null || missing+=(prometheus)
  command -v npm >/dev/null || missing+=(nodejs npm)
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

install_missing
echo "== docker-compose config"
docker-compose -f ../docker-compose.yml config -q
echo "valid   ../docker-compose.yml"

echo "== Kubernetes manifests"
npm ci --no-audit --no-fund --loglevel=error
node validate-k8s.mjs ../k8s

echo "== Prometheus"
promtool check config ../prometheus/prometheus.yml
promtool check rules ../prometheus/ledger-alerts.yml
# Debian's promtool is built without Kubernetes service discovery: check the rest of the Kubernetes
# configuration (relabelling, rule files) with the discovery swapped for an empty static list.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp ../prometheus/ledger-alerts.yml "$scratch/"
sed -e 's/^\(\s*\)kubernetes_sd_configs:/\1static_configs:/' -e 's/^\(\s*\)- role: pod$/\1- targets: []/' \
  ../prometheus/prometheus-kubernetes.yml > "$scratch/prometheus-kubernetes.yml"
promtool check config "$scratch/prometheus-kubernetes.yml"
echo "deployment files: all valid"
