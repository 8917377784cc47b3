#!/bin/sh
# Mutation testing in chunks (CONTRIBUTING.md, "Mutation testing"): runs PIT over one group of
# classes at a time, each chunk with the module's full test set, and adds the chunks' counts up.
# A chunk that finishes keeps its report even when a later one is stopped.
#
#   src/test/sh/pit-chunks.sh core|json [chunk-name ...]     (no chunk names: every chunk)
#
# Extra Maven arguments come from MVN_ARGS, e.g. MVN_ARGS=-Dmaven.repo.local=/path/to/repo; PIT_NICE (5)
# and PIT_THREADS (2) set the niceness and PIT's worker count. (No incremental analysis: PIT 1.30
# has no built-in history store; see CONTRIBUTING.md.)
# Reports: testing/target/pit-chunks/<chunk>/ (core) and json/target/pit-chunks/<chunk>/ (json),
# each with mutations.xml and index.html (a name starting with ~ is a regular expression, PIT's
# syntax); `pit-chunks.sh sum core|json` prints the totals again.
set -eu
cd "$(dirname "$0")/../../.."
root=$(pwd)
module=${1:?usage: pit-chunks.sh core|json|sum [chunk ...]}
shift

core_chunks='model-a-h=~io\.github\.newsclaims\.core\.[A-H].*
model-i-z=~io\.github\.newsclaims\.core\.[I-Z].*
authoring=io.github.newsclaims.core.authoring.*
validation=io.github.newsclaims.core.validation.*
quantity-reading=io.github.newsclaims.core.quantity.Q*,io.github.newsclaims.core.quantity.C*,io.github.newsclaims.core.quantity.T*,io.github.newsclaims.core.quantity.F*,io.github.newsclaims.core.quantity.U*,io.github.newsclaims.core.quantity.L*,io.github.newsclaims.core.quantity.W*
quantity-numbers=io.github.newsclaims.core.quantity.N*,io.github.newsclaims.core.quantity.D*,io.github.newsclaims.core.quantity.V*'
json_chunks='reading=io.github.newsclaims.json.*Reader*,io.github.newsclaims.json.Utf8Input*,io.github.newsclaims.json.Problems*,io.github.newsclaims.json.Pointer*,io.github.newsclaims.json.DocumentRules*,io.github.newsclaims.json.Text,io.github.newsclaims.json.Text$*,io.github.newsclaims.json.NewsClaimsJsonException*
facade=io.github.newsclaims.json.NewsClaimsJson,io.github.newsclaims.json.NewsClaimsJson$*,io.github.newsclaims.json.NewsClaimsJsonWriter*,io.github.newsclaims.json.StringWriting*,io.github.newsclaims.json.NewsClaimsModule*,io.github.newsclaims.json.Model*,io.github.newsclaims.json.Mappers*
values=io.github.newsclaims.json.Values*,io.github.newsclaims.json.Slots*,io.github.newsclaims.json.Property*,io.github.newsclaims.json.ObjectType*,io.github.newsclaims.json.ValueType*,io.github.newsclaims.json.DraftValues*,io.github.newsclaims.json.Member*
mappings=io.github.newsclaims.json.*Mapping*'

sum() { # totals over the chunks' mutations.xml files
  dir=$1
  find "$dir" -name mutations.xml | sort | while read -r f; do
    printf '%-60s' "${f#"$root"/}"
    grep -o "status='[A-Z_]*'" "$f" | sort | uniq -c | awk '{printf " %s", $0}'
    echo
  done
  find "$dir" -name mutations.xml -exec grep -o "status='[A-Z_]*'" {} + | sed "s/.*status='//; s/'//" | sort | uniq -c |
    awk '{n[$2] = $1; total += $1}
      END {
        k = n["KILLED"] + 0; s = n["SURVIVED"] + 0; nc = n["NO_COVERAGE"] + 0; t = n["TIMED_OUT"] + 0
        other = total - k - s - nc - t
        printf "mutants %d: KILLED %d, SURVIVED %d, NO_COVERAGE %d, TIMED_OUT %d, other (memory error, run error) %d\n", total, k, s, nc, t, other
        if (total > 0) {
          printf "score, PIT (timed out and other errors count as killed): %.1f %%\n", 100 * (total - s - nc) / total
          printf "score, only KILLED counted as killed (timed out and errors not): %.1f %%\n", 100 * k / total
          if (total - nc > 0) printf "test strength (PIT, covered mutants only): %.1f %%\n", 100 * (total - s - nc) / (total - nc)
        }
      }'
}

case $module in
  core) chunks=$core_chunks; reports=$root/testing/target/pit-chunks ;;
  json) chunks=$json_chunks; reports=$root/json/target/pit-chunks ;;
  sum)
    target=${1:?usage: pit-chunks.sh sum core|json}
    case $target in core) sum "$root/testing/target/pit-chunks" ;; json) sum "$root/json/target/pit-chunks" ;; esac
    exit 0 ;;
  *) echo "unknown module $module: core, json or sum" >&2; exit 2 ;;
esac

echo "$chunks" | while IFS='=' read -r name classes; do
  if [ $# -gt 0 ]; then
    case " $* " in *" $name "*) ;; *) continue ;; esac
  fi
  echo "== $module chunk $name: $classes"
  start=$(date +%s)
  if [ "$module" = core ]; then
    nice -n "${PIT_NICE:-5}" mvn -B -ntp ${MVN_ARGS:-} -Pmutation -pl testing -am test-compile \
      -Dpit.threads="${PIT_THREADS:-2}" -Dpit.skipJson=true -Dpit.coreClasses="$classes" -Dpit.coreThreshold=0 -Dpit.coreReports="$reports/$name" ||
      echo "== $module chunk $name FAILED"
  else
    nice -n "${PIT_NICE:-5}" mvn -B -ntp ${MVN_ARGS:-} -Pmutation -pl json -am test-compile \
      -Dpit.threads="${PIT_THREADS:-2}" -Dpit.skipCore=true -Dpit.jsonClasses="$classes" -Dpit.jsonThreshold=0 -Dpit.jsonReports="$reports/$name" ||
      echo "== $module chunk $name FAILED"
  fi
  echo "== $module chunk $name took $(( $(date +%s) - start )) s"
done
sum "$reports"
