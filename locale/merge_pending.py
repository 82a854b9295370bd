"""Fold helper-written translations (locale/pending/*.po) into the Polish catalogue.

Run after `make messages`: a pending translation wins over the catalogue's (so a reviewed wording
replaces the old one), empty and fuzzy entries are filled from the pending files. Then compile with
`manage.py compilemessages`.
"""

import sys
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
catalogue_path = HERE / "pl" / "LC_MESSAGES" / "django.po"
catalogue = polib.pofile(str(catalogue_path))

pending = {}
for path in sorted((HERE / "pending").glob("*.po")):
    for entry in polib.pofile(str(path)):
        if entry.msgstr or any(entry.msgstr_plural.values()):
            pending[(entry.msgctxt, entry.msgid)] = entry

filled = 0
for entry in catalogue:
    source = pending.get((entry.msgctxt, entry.msgid))
    if source is None:
        continue
    if entry.msgid_plural:
        entry.msgstr_plural = dict(source.msgstr_plural) or {0: source.msgstr, 1: source.msgstr, 2: source.msgstr}
    else:
        entry.msgstr = source.msgstr
    if entry.fuzzy:
        entry.flags.remove("fuzzy")
    filled += 1

catalogue.save()
missing = [e.msgid for e in catalogue if not e.obsolete and (not e.translated() or e.fuzzy)]
print(f"filled {filled}; untranslated {len(missing)}")
for msgid in missing:
    print("  -", msgid[:100].replace("\n", " "))
sys.exit(0)
