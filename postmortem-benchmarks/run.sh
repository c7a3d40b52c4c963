#!/usr/bin/env bash
# Builds and runs every benchmark with fixed JMH settings, then prints the table of ratios, each
# measured against a baseline in the same run. The last lines have the form
#   ratio <name> <measured> target <target>
# Takes about 9 minutes on 2 cores. Run from anywhere: ./postmortem-benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=postmortem-benchmarks/target
./mvnw -B -q -pl postmortem-benchmarks -am package -DskipTests -Dspotless.check.skip=true
jar="$out/benchmarks.jar"
# Fixed settings: one fork, 5 warm-up and 5 measured iterations of 2 s each, average time. Five
# warm-ups: with three, the full check's first measured iterations were still falling (JIT).
java -jar "$jar" -f 1 -wi 5 -w 2s -i 5 -r 2s -bm avgt -rf json -rff "$out/jmh-results.json" \
  'MarkdownReadBenchmark|JsonBenchmark|LanguageBenchmark|CheckBenchmark|ScalingBenchmark' > "$out/jmh-output.txt"
: > "$out/liveheap.txt"
for n in 10000 100000; do
  java -Xmx512m -XX:+UseSerialGC -cp "$jar" dev.postmortem.benchmarks.LiveHeap "$n" >> "$out/liveheap.txt"
done
java -cp "$jar" dev.postmortem.benchmarks.Ratios "$out/jmh-results.json" "$out/liveheap.txt"
