#!/usr/bin/env bash
# Installs what newsgraph needs on Debian 12, only what is missing.
#   scripts/setup.sh          build dependencies
#   scripts/setup.sh --test   also what the test suite uses (Graphviz, NetworkX,
#                             Node.js + Neo4j's Cypher parser from npm)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config libboost-graph-dev rapidjson-dev libxml2-dev
          libfmt-dev zlib1g-dev)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(catch2 graphviz python3 python3-networkx)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ "${1:-}" == "--test" && ! -d tests/cypher/node_modules/@neo4j-cypher ]]; then
  echo "setup: installing Neo4j's Cypher parser for the tests (npm ci)"
  npm ci --prefix tests/cypher --no-audit --no-fund --loglevel=error >/dev/null
fi
