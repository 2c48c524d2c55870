#!/bin/sh
# Starts Demarc on Linux as the launcher jpackage makes would, from lib/app/NAME.cfg (NAME: this file's name,
# Demarc or demarc-cli), but without asking rpm and dpkg at every start which package it came from, which
# jpackage's own Linux launcher does and which cost each start about a tenth of a second here
# (docs/performance.md, ADR 11). What it reads of the .cfg: app.classpath (one or more lines), app.mainclass
# and java-options (one option a line, as jpackage writes them), with $APPDIR, $BINDIR and $ROOTDIR replaced as
# jpackage does. [ArgOptions] is not read: Demarc's launchers have none.
# A class path of one jar is run with -jar, so that the jar's manifest applies whole: its Add-Exports give
# Monocle, beside it, the JavaFX internals it needs for `render` without a display.
set -ef
self=$(readlink -f "$0")
root=$(dirname "$(dirname "$self")")
cfg="$root/lib/app/$(basename "$self").cfg"
if [ ! -r "$cfg" ]; then
    echo "$(basename "$self"): cannot read $cfg, which says how to start Demarc; reinstall Demarc" >&2
    exit 2
fi
# The folders, escaped for the right-hand side of sed's s command.
escape() {
    printf '%s\n' "$1" | sed 's/[&|\\]/\\&/g'
}
appdir=$(escape "$root/lib/app")
bindir=$(escape "$root/bin")
rootdir=$(escape "$root")
value() {
    sed -n "s/^$1=//p" "$cfg" \
        | sed "s|\\\$APPDIR|$appdir|g; s|\\\$BINDIR|$bindir|g; s|\\\$ROOTDIR|$rootdir|g"
}
classpath=$(value app.classpath | paste -s -d :)
main=$(value app.mainclass)
# The options are split at line ends only, and globbing is off (set -f), so each line is one option as written.
IFS='
'
case "$classpath" in
    *:*)
        # shellcheck disable=SC2046
        exec "$root/lib/runtime/bin/java" $(value java-options) -Djpackage.app-path="$self" -cp "$classpath" \
            "$main" "$@" ;;
    *)
        # shellcheck disable=SC2046
        exec "$root/lib/runtime/bin/java" $(value java-options) -Djpackage.app-path="$self" -jar "$classpath" \
            "$@" ;;
esac
