#!/usr/bin/env bash
# Fuzz the case loader and the recognizer with libFuzzer + AddressSanitizer.
#   scripts/fuzz.sh [seconds-per-target]     (default 60)
# Builds each target from Fuzz/<Name>Fuzz.swift compiled into one module with Sources/IPTSimCore
# (swiftc -sanitize=fuzzer,address -parse-as-library). Output goes to fuzz-out/ (gitignored):
# binaries, corpora (seeded from Scenarios/ and the scripted transcripts) and crash-* files.
# Not part of `swift test` or CI: crashing inputs found here become regression tests in
# Tests/IPTSimCoreTests/Robustness/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
out=fuzz-out
mkdir -p "$out"
core=$(find Sources/IPTSimCore -name '*.swift' | sort)

seed_loader="$out/corpus-loader"
seed_recognizer="$out/corpus-recognizer"
mkdir -p "$seed_loader" "$seed_recognizer"
cp Scenarios/*.json "$seed_loader/" 2>/dev/null || true
cp Tests/IPTSimCoreTests/Fixtures/*.json "$seed_loader/" 2>/dev/null || true
# One recognizer seed per scripted trainee line and per catalogue example.
i=0
for f in Tests/IPTSimCoreTests/Fixtures/transcripts/*/*.txt; do
  while IFS= read -r line; do
    case "$line" in '#'*|'') continue ;; esac
    i=$((i + 1)); printf '%s' "$line" > "$seed_recognizer/line-$i"
  done < "$f"
done

status=0
for target in CaseLoader Recognizer; do
  bin="$out/fuzz-$target"
  if [ ! -x "$bin" ] || [ -n "$(find Fuzz/${target}Fuzz.swift $core -newer "$bin" | head -1)" ]; then
    echo "building $bin"
    swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name IPTSimCore \
      $core "Fuzz/${target}Fuzz.swift" -o "$bin" 2>&1 | grep -v "Cannot export local symbol" || true
  fi
  if [ ! -x "$bin" ]; then echo "  $target: build failed"; status=2; continue; fi
  case "$target" in
    CaseLoader) corpus="$seed_loader"; extra=(-max_len=200000 -dict=Fuzz/json.dict) ;;
    Recognizer) corpus="$seed_recognizer"; extra=(-max_len=4096) ;;
  esac
  echo "fuzzing $target for ${seconds}s"
  mkdir -p "$out/$target"
  # detect_leaks=0: LeakSanitizer reports the one-time static tables (TechniqueRules.index) as
  # leaked at exit, a false positive (Swift enum payload pointers are not seen as references).
  if ! ASAN_OPTIONS=detect_leaks=0 "$bin" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -detect_leaks=0 \
      -artifact_prefix="$out/$target/" "${extra[@]}" 2>"$out/$target.log"; then
    echo "  $target: FOUND A PROBLEM; see $out/$target.log and $out/$target/crash-*"
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|^Done" "$out/$target.log" | sed "s/^/  $target: /" || true
done
exit $status
