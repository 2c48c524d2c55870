#!/bin/sh
# Starts Demarc on Linux as the launcher jpackage makes would, from lib/app/NAME.cfg (NAME: this file's name,
# Demarc or demarc-cli), but without asking rpm and dpkg at every start which package it came from, which
# jpackage's own Linux launcher does and which cost each start about a tenth of a second here
# (docs/performance.md, ADR 11). Options in the .cfg are split on spaces, so none may contain one.
set -e
self=$(readlink -f "$0")
root=$(dirname "$(dirname "$self")")
cfg="$root/lib/app/$(basename "$self").cfg"
value() {
    sed -n "s/^$1=//p" "$cfg"
}
classpath=$(value app.classpath)
appdir='$APPDIR'
case "$classpath" in
    "$appdir"*) classpath="$root/lib/app${classpath#"$appdir"}" ;;
esac
# shellcheck disable=SC2046 # one option per line, each a single word
exec "$root/lib/runtime/bin/java" $(value java-options) -Djpackage.app-path="$self" -cp "$classpath" \
    "$(value app.mainclass)" "$@"
