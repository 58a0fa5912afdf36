#!/usr/bin/env bash
# Runs the grading steps of .github/workflows/grade.yml on this machine, in the layout its two
# checkouts make, under a temporary root:
#   grader/github/test-locally.sh SUBMISSION_DIR [CHAPTERS]
# ROOT/course is a clean clone of this course (its committed HEAD, as the pristine checkout),
# ROOT/submission a copy of SUBMISSION_DIR (a student's repository is a directory). The commands
# are the workflow's own "Grade", "Summary" and "Points for Classroom" run: lines, read from the
# file, so this tests what GitHub would run. CHAPTERS (for example 04-pitfalls) adds --chapters to save time. The
# actions themselves (checkout, setup-java, upload-artifact) are GitHub's and are not run here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
course="$(cd "$here/../.." && pwd)"
workflow="$course/.github/workflows/grade.yml"
submission="$(cd "$1" && pwd)"
grade_step="$(sed -n 's/^ *run: \(\.\/grade .*\)$/\1/p' "$workflow")"
summary_step="$(sed -n 's/^ *run: \(test -f report\/grade\.md .*\)$/\1/p' "$workflow")"
points_step="$(sed -n 's/^ *run: \(echo "GRADE_RESULTS=.*\)$/\1/p' "$workflow")"
if [[ -z "$grade_step" || -z "$summary_step" || -z "$points_step" ]]; then
  echo "No 'run: ./grade ...', 'run: test -f report/grade.md ...' or 'run: echo \"GRADE_RESULTS=...' step in $workflow:" \
    "update this script with it." >&2
  exit 1
fi
[[ -z "${2:-}" ]] || grade_step="$grade_step --chapters=$2"

root="$(mktemp -d "${TMPDIR:-/tmp}/actions.XXXXXX")"
git clone -q "$course" "$root/course"
mkdir -p "$root/submission"
cp -r "$submission/." "$root/submission/"
echo "layout: $root/{course,submission}; Grade step: $grade_step"
(cd "$root/course" && bash -e -c "$grade_step")
(cd "$root" && GITHUB_STEP_SUMMARY="$root/summary.md" bash -e -c "$summary_step")
(cd "$root" && GITHUB_ENV="$root/env" bash -e -c "$points_step")
echo "--- what the Autograding Reporter would read from GRADE_RESULTS (decoded)"
sed -n 's/^GRADE_RESULTS=//p' "$root/env" | base64 -d
echo
echo "--- step summary ($root/summary.md)"
cat "$root/summary.md"
echo "--- uploaded as grade-report:"
find "$root/report" -maxdepth 1 -mindepth 1 -printf "  %f\n"
