#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image. The bundle holds the
# pristine course in course/ (see make-bundle.sh). It installs a JDK, then grades the course's own
# starters for one chapter: that downloads every plugin and library the grader needs, so that
# grading a submission later runs offline, and proves the image can grade.
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
course="$root/source/course"

# A JDK 21+ is one whose release file says so (a folder name such as java-17-openjdk-amd64 holds
# digits that are no version).
has_jdk_21() {
  local release major
  for release in /usr/lib/jvm/*/release; do
    [[ -f "$release" && -x "$(dirname "$release")/bin/javac" ]] || continue
    major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")"
    [[ -n "$major" && "$major" -ge 21 ]] && return 0
  done
  return 1
}
if ! has_jdk_21; then
  apt-get update -qq
  apt-get install -y -qq openjdk-21-jdk-headless
fi
# The grader runs each test JVM in a bubblewrap sandbox when it can (README, "Grading submissions");
# a container that forbids namespaces makes it say so in each report and grade without one.
if ! command -v bwrap >/dev/null; then
  apt-get install -y -qq bubblewrap || echo "setup.sh: bubblewrap could not be installed; grading goes on without its sandbox"
fi
chmod +x "$course/mvnw" "$course/grade" "$root/source/run_autograder"
cd "$course"
./grade "$course" --chapters="${GRADER_SETUP_CHAPTERS:-01-mutex}" --offline="${GRADER_SETUP_OFFLINE:-false}" --retries=0 --report="$root/source/setup-check"
grep -q '"score"' "$root/source/setup-check/results.json"
echo "setup.sh: the grader works in this image"
