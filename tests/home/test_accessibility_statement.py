"""The accessibility statement: the parts the Polish monitoring reads by id, linked from every page."""

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import AccessibilityStatementPage
from tests.home.factories import AccessibilityStatementPageFactory
from tests.site_tree import SiteTreeTestCase, publish, translate

REQUIRED_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-data-sporzadzenie",
    "a11y-kontakt",
    "a11y-osoba",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-architektura",
    "a11y-aplikacje",
]


class StatementTests(SiteTreeTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        statement = AccessibilityStatementPageFactory(
            parent=cls.tree.home,
            slug="deklaracja-dostepnosci",
            status=AccessibilityStatementPage.Status.PARTIALLY_COMPLIANT,
            non_compliance="<p>Filmy z 2016 r. nie mają napisów.</p>",
            reviewed_on=datetime.date(2026, 11, 30),
            assessment=AccessibilityStatementPage.Assessment.EXTERNAL,
            auditor="Fundacja Dostępności",
            burden_analysis_url="https://example.org/analiza.pdf",
        )
        cls.statement = publish(statement)
        cls.statement_en = translate(
            cls.statement, cls.tree.en, title="Accessibility statement", slug="accessibility-statement"
        )

    def test_the_statement_has_every_required_part_once_in_both_languages(self):
        for url in ("/pl/deklaracja-dostepnosci/", "/en/accessibility-statement/"):
            html = self.html(url)
            for part in REQUIRED_IDS:
                self.assertEqual(html.count(f'id="{part}"'), 1, (url, part))

    def test_the_optional_parts_appear_when_filled_in(self):
        html = self.html("/pl/deklaracja-dostepnosci/")
        self.assertIn('<span id="a11y-audytor">Fundacja Dostępności</span>', html)
        self.assertIn('<a id="a11y-ocena" href="https://example.org/analiza.pdf">', html)
        self.assertIn('<time id="a11y-data-przeglad" datetime="2026-11-30">', html)

    def test_dates_are_time_elements_with_iso_dates(self):
        html = self.html("/pl/deklaracja-dostepnosci/")
        self.assertIn('<time id="a11y-data-publikacja" datetime="2016-06-01">1 czerwca 2016</time>', html)
        self.assertIn('<time id="a11y-data-aktualizacja" datetime="2026-11-01">', html)
        self.assertIn('<time id="a11y-data-sporzadzenie" datetime="2026-03-20">', html)

    def test_the_fixed_wording_and_the_facts_read_as_one_statement(self):
        html = self.html("/pl/deklaracja-dostepnosci/")
        intro = re.sub(r"<[^>]+>", "", re.search(r'<p id="a11y-wstep">(.*?)</p>', html, re.S).group(1))
        self.assertTrue(intro.startswith("Komenda Miejska Policji w Kielcach zobowiązuje się zapewnić dostępność"))
        self.assertIn('<a id="a11y-url" href="http://testserver/pl/">Wolontariat Obywatelski</a>', html)
        status = re.sub(r"<[^>]+>", "", re.search(r'<p id="a11y-status">(.*?)</p>', html, re.S).group(1))
        self.assertTrue(status.startswith("Strona internetowa jest częściowo zgodna z ustawą"), status)

    def test_every_page_links_the_statement_in_its_language_in_the_footer_and_a_meta_tag(self):
        for url, statement in (
            ("/pl/", "/pl/deklaracja-dostepnosci/"),
            (self.tree.about.url, "/pl/deklaracja-dostepnosci/"),
            ("/pl/search/?q=x", "/pl/deklaracja-dostepnosci/"),
            (self.tree.about_en.url, "/en/accessibility-statement/"),
        ):
            html = self.html(url)
            self.assertIn(f'<meta name="deklaracja-dostępności" content="http://testserver{statement}">', html, url)
            footer = html[html.index('<footer class="site-footer"') :]
            self.assertIn(f'href="{statement}"', footer, url)

    def test_the_statement_links_cost_no_query_once_cached(self):
        self.html(self.tree.about.url)
        with CaptureQueriesContext(connection) as queries:
            self.html(self.tree.about.url)
        self.assertFalse([query for query in queries if "accessibilitystatementpage" in query["sql"]])


class StatementValidationTests(SiteTreeTestCase):
    def test_a_statement_that_is_not_compliant_must_say_what_is_not_accessible(self):
        page = AccessibilityStatementPage(
            title="Deklaracja",
            status=AccessibilityStatementPage.Status.NON_COMPLIANT,
            assessment=AccessibilityStatementPage.Assessment.EXTERNAL,
        )
        with self.assertRaises(ValidationError) as raised:
            page.clean()
        self.assertEqual(set(raised.exception.message_dict), {"non_compliance", "auditor"})
