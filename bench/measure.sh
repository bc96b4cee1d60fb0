# The measurements bench/run.sh and bench/cross.sh share (sourced, not run).
# Memory: peak RSS of the whole process (/usr/bin/time -v), KB.
peak_rss_kb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/ {print $2}'; }
# Speed: median wall seconds of N runs.
median_of() {  # N command...
  local n=$1; shift
  for _ in $(seq "$n"); do /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -n 1; done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
