#!/usr/bin/env bash
# The same as parallel.sh where GNU parallel is not installed: xargs -P runs the shards side by side.
#   COUNT=4 OUT=results docs/batch/xargs.sh preset:abm-private-debt --vary policyRate=0:0.05:50 --runs 4
set -euo pipefail
COUNT=${COUNT:-$(nproc)}
OUT=${OUT:-sweep-results}
MONEY_LAB=${MONEY_LAB:-money-lab}
seq 1 "$COUNT" | xargs -P "$COUNT" -I{} "$MONEY_LAB" sweep "$@" --shard "{}/$COUNT" --workers 1 --out "$OUT/shard-{}"
"$MONEY_LAB" merge "$OUT"/shard-* --out "$OUT"
