#!/usr/bin/env bash
# Builds grader/target/gradescope-autograder.zip: setup.sh and run_autograder at the top, the
# course's committed files (tests, kit, poms; no build outputs) in course/. Upload it as the
# assignment's autograder. Uses git, so it packs what is committed, not what is lying around.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
course="$(cd "$here/../.." && pwd)"
out="$course/grader/target/gradescope"
rm -rf "$out" && mkdir -p "$out/course"
git -C "$course" archive --format=tar HEAD | tar -x -C "$out/course"
cp "$here/setup.sh" "$here/run_autograder" "$out/"
chmod +x "$out/setup.sh" "$out/run_autograder" "$out/course/mvnw" "$out/course/grade"
rm -f "$course/grader/target/gradescope-autograder.zip"
(cd "$out" && python3 -c 'import shutil; shutil.make_archive("../gradescope-autograder", "zip", ".")')
echo "$course/grader/target/gradescope-autograder.zip"
