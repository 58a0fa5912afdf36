#!/usr/bin/env bash
# Runs the Gradescope bundle on this machine with Gradescope's layout under a temporary root:
#   grader/gradescope/test-locally.sh SUBMISSION [CHAPTERS]
# It builds the bundle, unpacks it into ROOT/source, copies SUBMISSION (a directory or an
# archive) into ROOT/submission, runs setup.sh and run_autograder, and prints results.json.
# CHAPTERS (for example 01-mutex) limits both the setup check and the grading, to save time.
# The setup check runs Maven offline here (GRADER_SETUP_OFFLINE=true): this machine has the
# dependencies already, and Gradescope's image, which has not, goes online.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
submission="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(mktemp -d "${TMPDIR:-/tmp}/autograder.XXXXXX")"
bundle="$("$here/make-bundle.sh")"
mkdir -p "$root/source" "$root/submission" "$root/results"
(cd "$root/source" && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(".")' "$bundle")
chmod +x "$root/source/setup.sh" "$root/source/run_autograder" "$root/source/course/mvnw" "$root/source/course/grade"
if [[ -d "$submission" ]]; then cp -r "$submission/." "$root/submission/"; else cp "$submission" "$root/submission/"; fi
export AUTOGRADER_ROOT="$root" GRADER_SETUP_OFFLINE="${GRADER_SETUP_OFFLINE:-true}"
if [[ -n "${2:-}" ]]; then
  export GRADER_CHAPTERS="$2" GRADER_SETUP_CHAPTERS="${2%%,*}"
fi
"$root/source/setup.sh"
"$root/source/run_autograder"
echo "--- $root/results/results.json"
cat "$root/results/results.json"
