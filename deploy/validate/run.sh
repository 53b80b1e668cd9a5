#!/usr/bin/env bash
# Validates the deployment files offline: docker-compose.yml against the Compose schema (dclint, style rules
# off), and every kustomize overlay rendered with kubectl and checked against the Kubernetes schemas.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
if ! command -v kubectl >/dev/null; then
  echo "validate: kubectl (with kustomize v4 or later) is needed to render deploy/k8s" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error >/dev/null
echo "validate: docker-compose.yml"
npx dclint ../../docker-compose.yml -c .dclintrc.json --max-warnings 0
for overlay in ../k8s/overlays/*/; do
  echo "validate: deploy/k8s/overlays/$(basename "$overlay")"
  kubectl kustomize "$overlay" | node validate-k8s.mjs
done
