#!/usr/bin/env bash
# Rebuilds the pastel 4 probe the README's "commander instead of pastel" figures come from, and
# times `--help` of bare node, nls (build/ of this checkout) and the probe, interleaved.
# Usage: bash bench/pastel-probe.sh [runs]   (needs the npm registry; run `npm run build` first)
set -euo pipefail
runs=${1:-15}
root=$(cd "$(dirname "$0")/.." && pwd)
probe=$(mktemp -d /tmp/nls-pastel-probe.XXXXXX)
cd "$probe"
npm init -y >/dev/null && npm pkg set type=module
npm i pastel@4.0.1 ink@6.8.0 react@19.3.1 zod@4.6.7 --no-audit --no-fund >/dev/null
mkdir -p src/bodies
cat > src/cli.js <<'JS'
import Pastel from 'pastel';
await new Pastel({importMeta: import.meta, name: 'nls'}).run();
JS
echo 'export default {};' > src/no-devtools.js
echo 'export async function run(o) { console.log(o); }' > src/bodies/body.js
# nls's command tree, one module per command: a zod schema and a component that loads its body lazily.
for c in index demo db/index db/migrate db/status db/backup db/restore sync/index sync/notion \
  sync/all sync/anki/index sync/anki/push sync/anki/pull clean/index clean/leeches review/index \
  review/list review/approve review/reject quiz/index quiz/cram fsrs/index fsrs/optimize plan \
  concepts doctor keys; do
  mkdir -p "src/commands/$(dirname "$c")"
  depth=$(($(tr -cd / <<<"$c" | wc -c) + 1))
  up=$(printf '../%.0s' $(seq 1 "$depth"))
  cat > "src/commands/$c.js" <<JS
import React, {useEffect} from 'react';
import zod from 'zod';
export const description = '$c';
export const options = zod.object({
  json: zod.boolean().default(false).describe('Print one JSON document'),
  limit: zod.number().optional().describe('At most this many'),
});
export default function Command({options}) {
  useEffect(() => { import('${up}bodies/body.js').then((m) => m.run(options)); }, []);
  return null;
}
JS
done
"$root/node_modules/.bin/esbuild" src/cli.js --bundle --platform=node --format=esm \
  --outfile=dist/cli.js --alias:react-devtools-core=./src/no-devtools.js --external:zod \
  --external:react --log-level=warning \
  --banner:js="import{createRequire}from'module';const require=createRequire(import.meta.url);"
cp -r src/commands src/bodies dist/
for name in node nls pastel; do : >"$probe/times-$name"; done
for _ in $(seq 1 "$runs"); do
  for name in node nls pastel; do
    case $name in
      node) cmd=(node -e '') ;;
      nls) cmd=(node "$root/bin/nls.js" --help) ;;
      pastel) cmd=(node "$probe/dist/cli.js" --help) ;;
    esac
    start=$(date +%s%N)
    /usr/bin/time -f '%U %S' -o "$probe/t" "${cmd[@]}" >/dev/null 2>&1
    end=$(date +%s%N)
    read -r user sys <"$probe/t"
    echo "$(((end - start) / 1000000)) $(echo "($user+$sys)*1000/1" | bc)" >>"$probe/times-$name"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for name in node nls pastel; do
  echo "$name: wall median $(cut -d' ' -f1 "$probe/times-$name" | median) ms," \
    "CPU median $(cut -d' ' -f2 "$probe/times-$name" | median) ms"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
