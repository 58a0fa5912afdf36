#!/usr/bin/env bash
# Packs what run.sh needs on a machine without Java or Maven into target/device (ignored by
# git; the device tool carries it): a jlink-ed JDK as runtime.tar.xz, each chapter's and each
# solution's class folders, the jars, and each side's test class path as Maven resolves it.
#
#   docs/reliability/device/pack.sh      (from anywhere; JDK=... to use another JDK 25)
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
jdk=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
pack=target/device
chapters=(01-mutex 02-false-sharing 03-pooling 04-pitfalls 05-decision-matrix)
# What the tests use of the JDK: jdeps on every jar and class folder, less jdk.compiler
# (only the annotation processors need it), then tried on every chapter. java.desktop stays:
# jcstress's report needs java.awt.Color, and without it every jcstress check fails.
modules=java.base,java.desktop,java.instrument,java.logging,java.management,jdk.jfr,jdk.management,jdk.unsupported

./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test

rm -rf "$pack"
mkdir -p "$pack/lib" "$pack/classpath"

# Copies a module's class folder into the pack once, and prints its path inside the pack.
class_folder() { # MODULE FOLDER
    if [ ! -d "$pack/$1/$2" ]; then
        mkdir -p "$pack/$1"
        cp -r "$1/target/$2" "$pack/$1/$2"
    fi
    echo "$1/$2"
}

# Each side's test class path as surefire builds it: test classes, classes, dependencies.
for module in "${chapters[@]}" "${chapters[@]/#/solutions/}"; do
    for folder in test-classes classes; do
        if [ -d "$module/target/$folder" ]; then class_folder "$module" "$folder"; fi
    done >"$pack/classpath/${module//\//-}"
    tr ':' '\n' <"$module/target/test.classpath" | while read -r entry || [ -n "$entry" ]; do
        case $entry in
        "$root"/*/target/classes | "$root"/*/target/test-classes)
            relative=${entry#"$root"/}
            class_folder "${relative%/target/*}" "${relative##*/}" ;;
        *.jar)
            cp -n "$entry" "$pack/lib/"
            echo "lib/${entry##*/}" ;;
        *) echo "pack: unexpected class path entry $entry" >&2; exit 1 ;;
        esac
    done >>"$pack/classpath/${module//\//-}"
done

"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --output "$pack/jdk"
tar -C "$pack" -cJf "$pack/runtime.tar.xz" jdk
rm -rf "$pack/jdk"
git rev-parse --short HEAD >"$pack/commit" 2>/dev/null || echo unknown >"$pack/commit"
echo "pack: $(du -sh "$pack" | cut -f1) in $pack (the device tool carries at most 64 MiB with the working tree)"
