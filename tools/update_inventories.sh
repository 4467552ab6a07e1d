#!/usr/bin/env bash
# Refresh docs/_inventories/: the Sphinx inventories (objects.inv) of the Python, attrs,
# cattrs and Hypothesis documentation, which intersphinx reads when the docs are built
# without network access. They come from Debian's documentation packages; when the
# versions change, change the URLs in docs/conf.py's intersphinx_mapping to match.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download python3-doc python3.11-doc python-attr-doc python-cattrs-doc \
  python-hypothesis-doc)
for deb in "$work"/*.deb; do
  dpkg-deb -x "$deb" "$work/tree"
done
docs=$work/tree/usr/share/doc
cp "$docs/python3.11/html/objects.inv" docs/_inventories/python.inv
cp "$docs/python-attr-doc/html/objects.inv" docs/_inventories/attrs.inv
cp "$docs/python-cattrs-doc/html/objects.inv" docs/_inventories/cattrs.inv
cp "$docs/python-hypothesis-doc/html/objects.inv" docs/_inventories/hypothesis.inv
ls -l docs/_inventories
