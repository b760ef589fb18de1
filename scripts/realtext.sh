#!/usr/bin/env bash
# A real-world precision check on text nobody attacked (a developer's
# yardstick, not needed to build or test): man pages in every language
# Debian's manpages-l10n packs carry, rendered by man/groff both with
# overstrike (nroff's backspace bold and underline) and plain (col -bx), and
# the UI strings of every translation catalogue under /usr/share/locale
# (msgunfmt), the READMEs, changelogs and NEWS of /usr/share/doc, and
# program source (Python and Perl modules, C headers, licences), and
# Debian's package descriptions in 33 languages (fetched from the archive),
# long-lived plain-text manuals (info, the Jargon File, Vim, perl, Python's
# reST sources, Debian's policy, FAQ and Developer's Reference), and the READMEs and changelogs of npm packages (the registry).
# Installs the packages with apt-get, builds the corpora once in
# $CORPORA (default /work/corpora; delete it to rebuild), runs
# `unspin clean --jsonl --explain` over them and writes every changed
# document with its edits, classified, to $CORPORA/changes.txt.
# MAN_PER_LANG (default 120) caps the man pages rendered per language.
# Usage: scripts/realtext.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${CORPORA:-/work/corpora}; mkdir -p "$corpora"
if [ ! -s "$corpora/catalogues.jsonl" ] || [ ! -s "$corpora/man-plain.jsonl" ] || [ ! -s "$corpora/legacy.jsonl" ]; then
  # manpages-l10n's language packs, the English Linux man-pages, and
  # packages whose catalogues are translated into many languages.
  apt-get -o DPkg::Lock::Timeout=600 install -y --no-upgrade --no-install-recommends man-db groff-base bsdextrautils gettext \
    manpages manpages-cs manpages-da manpages-de manpages-el manpages-es manpages-fi manpages-fr \
    manpages-hu manpages-id manpages-it manpages-ja manpages-mk manpages-nb manpages-nl manpages-pl \
    manpages-pt-br manpages-ro manpages-ru manpages-sr manpages-sv manpages-tr manpages-uk manpages-vi \
    manpages-zh iso-codes util-linux-locales gnupg-l10n libglib2.0-data libgtk2.0-common coreutils \
    tar grep sed wget dpkg apt e2fsprogs locales xkb-data shared-mime-info \
    jargon-text vim-runtime perl-doc bash-doc gnu-standards python3-doc \
    debian-policy developers-reference doc-debian debian-faq > "$corpora/apt.log"
fi
nice python3 scripts/realtext.py build "$corpora"
bin=$corpora/unspin
go build -o "$bin" ./cmd/unspin
for c in man-overstrike man-plain catalogues docs code descriptions legacy readmes; do
  nice "$bin" clean --jsonl --explain < "$corpora/$c.jsonl" > "$corpora/$c.out.jsonl" 2> "$corpora/$c.stderr" || true
done
python3 scripts/realtext.py report "$corpora"
