#!/usr/bin/env bash
# A sweep split into COUNT shards run side by side on one machine by GNU parallel, then merged.
#   COUNT=4 OUT=results docs/batch/parallel.sh preset:abm-private-debt --vary policyRate=0:0.05:50 --runs 4
# Every argument is passed to `money-lab sweep` unchanged; each shard uses one worker thread, so
# COUNT shards keep COUNT cores busy. The merged results/sweep.csv is byte for byte the file one
# unsharded run writes. MONEY_LAB names the command (default: money-lab).
set -euo pipefail
COUNT=${COUNT:-$(nproc)}
OUT=${OUT:-sweep-results}
MONEY_LAB=${MONEY_LAB:-money-lab}
parallel --will-cite --halt now,fail=1 -q "$MONEY_LAB" sweep "$@" --shard "{}/$COUNT" --workers 1 --out "$OUT/shard-{}" \
  ::: $(seq 1 "$COUNT")
"$MONEY_LAB" merge "$OUT"/shard-* --out "$OUT"
