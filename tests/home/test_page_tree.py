"""Editors can only build a sensible tree: each page type goes where the site expects it."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import AccessibilityStatementPage, HomePage, PartnerIndexPage, PartnerPage, StandardPage
from news.models import NewsIndexPage, NewsPage
from opportunities.models import OpportunityIndexPage
from registry.models.pages import JoinPage, RecognitionIndexPage
from tests.site_tree import SiteTreeTestCase


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_takes_the_site_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NewsIndexPage,
                PartnerIndexPage,
                JoinPage,
                RecognitionIndexPage,
                AccessibilityStatementPage,
                OpportunityIndexPage,
            },
        )

    def test_the_accessibility_statement_sits_under_the_home_page_once_per_language(self):
        self.assertAllowedParentPageTypes(AccessibilityStatementPage, {HomePage})
        self.assertAllowedSubpageTypes(AccessibilityStatementPage, set())
        self.assertEqual(AccessibilityStatementPage.max_count_per_parent, 1)

    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_news_index_takes_only_news_pages(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})

    def test_news_page_lives_only_under_a_news_index(self):
        self.assertCanCreateAt(NewsIndexPage, NewsPage)
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})

    def test_news_page_has_no_children(self):
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_partner_pages_live_only_under_the_partner_index(self):
        self.assertCanCreateAt(PartnerIndexPage, PartnerPage)
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertAllowedSubpageTypes(PartnerPage, set())

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)

    def test_sections_cannot_be_put_inside_articles_or_content_pages(self):
        self.assertCanNotCreateAt(StandardPage, NewsIndexPage)
        self.assertCanNotCreateAt(NewsPage, NewsPage)
        self.assertCanNotCreateAt(StandardPage, JoinPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(HomePage, PartnerPage)


class SectionLimitTests(SiteTreeTestCase):
    def test_a_home_page_allows_only_one_news_index(self):
        self.assertFalse(NewsIndexPage.can_create_at(self.tree.home))

    def test_a_home_page_allows_only_one_partner_index(self):
        self.assertFalse(PartnerIndexPage.can_create_at(self.tree.home))
