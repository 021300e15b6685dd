#!/usr/bin/env bash
# Lands a helper's branch wave$WAVE-NAME on main, in a train with every other branch waiting to land
# (docs/CONTRIBUTING-helpers.md). The main checkout ($MAIN, default /work/main, with its .venv) must be
# a clean checkout of main; worktrees, the queue (ready/, landed/, logs/) and land.hold (names that
# ride no one's train) live in $WT (default /work/wt).
# usage: WAVE=18 bash scripts/land-train.sh NAME   (it takes the landing lock itself; may wait long)
# Exit 0: landed (by this or an earlier train). 1: tests failed (list printed). 2: usage. 3: refused.
set -uo pipefail
NAME=${1:?usage: WAVE=N land-train.sh NAME}
WAVE=${WAVE:?set WAVE to the wave number}
WT=${WT:-/work/wt}; MAIN=${MAIN:-/work/main}; PY=$MAIN/.venv/bin/python
READY=$WT/ready; LANDED=$WT/landed; LOGS=$WT/logs
mkdir -p "$READY" "$LANDED" "$LOGS"
git -C $MAIN rev-parse -q --verify "wave$WAVE-$NAME" >/dev/null || { echo "land: no branch wave$WAVE-$NAME"; exit 2; }
if [ -z "$(git -C $MAIN rev-list main..wave$WAVE-$NAME)" ]; then echo "land: wave$WAVE-$NAME has no commits beyond main"; exit 0; fi
touch "$READY/$NAME"
exec 9>/work/land.lock
echo "land: waiting for the landing lock ($(date -u +%H:%M:%S))"
flock 9
echo "land: got the lock ($(date -u +%H:%M:%S))"
if [ ! -e "$READY/$NAME" ]; then echo "LANDED by an earlier train: $(cat $LANDED/$NAME 2>/dev/null)"; exit 0; fi
if [ -n "$(git -C $MAIN status --porcelain --untracked-files=no)" ] || [ "$(git -C $MAIN branch --show-current)" != main ]; then
  echo "REFUSED: /work/main is not a clean checkout of main (tell the lead)"; exit 3; fi

build_train() {   # riders... -> sets RIDERS to those that applied cleanly
  rm -rf $WT/train; git -C $MAIN worktree prune
  git -C $MAIN worktree add -q --detach $WT/train main || return 1
  local applied=()
  for r in "$@"; do
    local before; before=$(git -C $WT/train rev-parse HEAD)
    if git -C $WT/train cherry-pick --allow-empty $(git -C $MAIN rev-list --reverse main..wave$WAVE-$r) >/dev/null 2>&1; then
      applied+=("$r")
    else
      git -C $WT/train cherry-pick --abort >/dev/null 2>&1; git -C $WT/train reset -q --hard "$before"
      echo "land: wave$WAVE-$r does not apply on main + the train: it waits (its owner should rebase on main)"
      if [ "$r" = "$NAME" ]; then echo "CONFLICT: rebase wave$WAVE-$NAME on main (git rebase main in your worktree) and run land-train.sh again"; rm -f "$READY/$NAME"; fi
    fi
  done
  RIDERS=("${applied[@]}")
}

run_tests() {   # -> sets FAILED_FILES, returns pytest's status
  local log=$LOGS/train-$(date -u +%H%M%S)-$NAME.log
  echo "land: testing train [${RIDERS[*]}] on main $(git -C $MAIN rev-parse --short main), log $log"
  (cd $WT/train && PYTHONPATH=$WT/train/src timeout 2700 $PY -m pytest -n 3 -q -p no:cacheprovider >"$log" 2>&1)
  local rc=$?
  FAILED_FILES=$(grep -E "^(FAILED|ERROR) " "$log" | sed -E 's/^(FAILED|ERROR) ([^:]+).*/\2/' | sort -u)
  tail -3 "$log"
  grep -E "^(FAILED|ERROR) " "$log" | head -30
  return $rc
}

land_train() {
  git -C $MAIN merge -q --ff-only "$(git -C $WT/train rev-parse HEAD)" || { echo "REFUSED: main moved"; exit 3; }
  local head; head=$(git -C $MAIN rev-parse --short main)
  for r in "${RIDERS[@]}"; do echo "$head ($(date -u +%H:%M))" > "$LANDED/$r"; rm -f "$READY/$r"; done
  echo "LANDED [${RIDERS[*]}]: main is now $head"
  rm -rf $WT/train; git -C $MAIN worktree prune
}

hold=$(cat $WT/land.hold 2>/dev/null)
riders=("$NAME")
for f in $(ls $READY | sort); do
  [ "$f" = "$NAME" ] && continue
  echo " $hold " | tr '\n' ' ' | grep -q " $f " && continue
  echo " $hold " | tr '\n' ' ' | grep -q " $NAME " && continue
  riders+=("$f")
done
build_train "${riders[@]}"
echo " ${RIDERS[*]} " | grep -q " $NAME " || exit 1
if run_tests; then land_train; exit 0; fi
if [ ${#RIDERS[@]} -gt 1 ]; then
  keep=()
  for r in "${RIDERS[@]}"; do
    touched=$(git -C $MAIN diff --name-only main...wave$WAVE-$r)
    hit=0; for f in $FAILED_FILES; do echo "$touched" | grep -qx "$f" && hit=1; done
    [ $hit = 0 ] && keep+=("$r")
  done
  if [ ${#keep[@]} -eq 0 ] || [ ${#keep[@]} -eq ${#RIDERS[@]} ] || ! echo " ${keep[*]} " | grep -q " $NAME "; then keep=("$NAME"); fi
  echo "land: train failed; retrying with [${keep[*]}]"
  build_train "${keep[@]}"
  if run_tests; then land_train; exit 0; fi
fi
echo "FAILED: wave$WAVE-$NAME did not land; fix the tests above (rebase on main first), then run land.sh again"
rm -f "$READY/$NAME"; rm -rf $WT/train; git -C $MAIN worktree prune
exit 1
