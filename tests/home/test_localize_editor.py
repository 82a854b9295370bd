"""wagtail-localize's translation editor in the Polish admin: our djangojs catalogue and the editor script's hook.

The browser side (what the editor shows) is tests/browser/test_localize_editor.py.
"""

import datetime
import json
import re
from pathlib import Path

import polib
import pytest
import wagtail_localize
from django.conf import settings
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import translation
from wagtail_localize.operations import translate_object

from home.admin_strings import LOCALIZE_EDITOR_MESSAGES
from home.wagtail_hooks import translation_comment_templates
from news.models import NewsPage
from tests.site_tree import SiteTreeTestCase, add_article

LOCALIZE_DIR = Path(wagtail_localize.__file__).parent
BUNDLE = (LOCALIZE_DIR / "static" / "wagtail_localize" / "js" / "wagtail-localize.js").read_text(encoding="utf-8")
OUR_SCRIPT = (Path(settings.BASE_DIR) / "static" / "js" / "localize-editor.js").read_text(encoding="utf-8")
OUR_JS_CATALOGUE = polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "pl" / "LC_MESSAGES" / "djangojs.po"))


def localize_polish(domain):
    catalogue = polib.pofile(str(LOCALIZE_DIR / "locale" / "pl" / "LC_MESSAGES" / f"{domain}.po"))
    return {entry.msgid: entry.msgstr for entry in catalogue}


def localize_msgids(domain="django"):
    return {entry.msgid for entry in polib.pofile(str(LOCALIZE_DIR / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"))}


@pytest.mark.parametrize("entry", [entry for entry in OUR_JS_CATALOGUE if entry.msgid], ids=lambda entry: entry.msgid)
def test_each_djangojs_entry_is_used_and_translated(entry):
    used_by_localize = f'("{entry.msgid}")' in BUNDLE  # the bundle calls gettext("…") through a minified name
    used_by_us = f'gettext("{entry.msgid}")' in OUR_SCRIPT
    assert used_by_localize or used_by_us, "no script asks for this msgid any more: remove it from djangojs.po"
    assert entry.msgstr and entry.msgstr != entry.msgid
    if used_by_localize:
        assert entry.msgstr != localize_polish("djangojs").get(entry.msgid), "same as wagtail-localize's Polish"
    # A message followed by a name keeps its trailing space.
    assert entry.msgstr.endswith(" ") == entry.msgid.endswith(" ")


def test_the_editor_script_looks_for_the_texts_the_bundle_writes_in_english():
    assert "`${r.sourceLocale.displayName} to ${r.locale.displayName} translation`" in BUNDLE
    assert '"More actions"' in BUNDLE and '"More actions"' in OUR_SCRIPT
    assert '" to " + names.target + " translation"' in OUR_SCRIPT


@pytest.mark.parametrize("msgid", [*LOCALIZE_EDITOR_MESSAGES, "Translated manually on {date}"])
def test_the_editors_server_side_strings_are_wagtail_localizes_msgids(msgid):
    assert msgid in localize_msgids()


def test_the_comment_templates_are_the_ones_wagtail_localize_fills_in():
    source = (LOCALIZE_DIR / "models.py").read_text(encoding="utf-8")
    with translation.override("en"):
        templates = translation_comment_templates()
    for template in templates:
        assert f'_("{template}")' in source
        assert "{date}" in template
    # The script reads "30 November 2026": day, English month name, year.
    compat = (LOCALIZE_DIR / "compat.py").read_text(encoding="utf-8")
    assert 'DATE_FORMAT = "%#d %B %Y" if os.name == "nt" else "%-d %B %Y"' in compat


class TranslationEditorPageTests(SiteTreeTestCase):
    def setUp(self):
        super().setUp()
        source = add_article(self.tree, datetime.date(2026, 11, 30), title="Festyn w Kielcach")
        translate_object(source, [self.tree.en])
        self.english = NewsPage.objects.get(translation_key=source.translation_key, locale=self.tree.en)
        # A new account gets the Polish admin (home/admin_language.py).
        self.client.force_login(User.objects.create_superuser("redakcja", "redakcja@example.org", "not-used-1"))

    def test_the_translation_editor_loads_the_script_and_the_polish_comment_sentences(self):
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.english.pk]))
        html = response.content.decode()
        self.assertIn("js-translation-editor", html)
        self.assertRegex(html, r'<script src="/static/js/localize-editor\.js\?v=\w+"></script>')
        found = re.search(r'<script id="localize-editor-comments" type="application/json">(.*?)</script>', html)
        self.assertIsNotNone(found)
        self.assertIn("Przetłumaczono ręcznie dnia {date}", json.loads(found.group(1)))

    def test_the_editors_javascript_catalogue_carries_our_polish(self):
        response = self.client.get(reverse("wagtail_localize:javascript_catalog"))
        catalogue = response.content.decode()
        for msgid, polish in (
            ("%(source)s to %(target)s translation", "Tłumaczenie: %(source)s → %(target)s"),
            ("Translate", "Przetłumacz"),  # ours wins over wagtail-localize's "Tłumacz"
        ):
            self.assertIn(f"{json.dumps(msgid)}: {json.dumps(polish)}", catalogue)
