"""Every page type renders in Polish and in its English translation, with the right template and <html lang>."""

from unittest import mock

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.site_tree import SiteTreeTestCase

PAGES = [
    ("home", "pl", "home/home_page.html"),
    ("home_en", "en", "home/home_page.html"),
    ("about", "pl", "home/standard_page.html"),
    ("about_en", "en", "home/standard_page.html"),
    ("news_index", "pl", "news/news_index_page.html"),
    ("news_index_en", "en", "news/news_index_page.html"),
    ("partners", "pl", "home/partner_index_page.html"),
    ("partners_en", "en", "home/partner_index_page.html"),
    ("police", "pl", "home/partner_page.html"),
    ("police_en", "en", "home/partner_page.html"),
]


class RenderingTests(SiteTreeTestCase):
    def test_every_page_type_renders_in_its_language_with_its_template(self):
        for attribute, language, template in PAGES:
            page = getattr(self.tree, attribute)
            with self.subTest(page=attribute):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, f'<html lang="{language}">')
                self.assertContains(response, page.title)
                self.assertIn(template, [used.name for used in response.templates])

    # Wagtail's helper logs in with the first configured backend; the test settings put django-axes first.
    @mock.patch("wagtail.test.utils.page_tests.AUTH_BACKEND", "django.contrib.auth.backends.ModelBackend")
    def test_every_page_type_can_be_previewed_in_the_admin(self):
        article = self.tree.articles[0]
        previews = [
            (self.tree.news_index, None),
            (self.tree.partners, None),
            (self.tree.police, None),
            (self.tree.home, {"title": "Start", "slug": "home", "body": streamfield([])}),
            (self.tree.about, {"title": "O nas", "slug": "o-nas", "body": streamfield([])}),
            (
                article,
                {
                    "title": article.title,
                    "slug": article.slug,
                    "date": "2016-06-28",
                    "lead": article.lead,
                    "body": streamfield([]),
                    "tags": "",
                    "related_partners": inline_formset([]),
                },
            ),
        ]
        for page, post_data in previews:
            with self.subTest(page=page.title):
                self.assertPageIsPreviewable(page, post_data=nested_form_data(post_data) if post_data else None)

    def test_news_page_renders_in_both_languages(self):
        for article, language in [(self.tree.articles[0], "pl"), (self.tree.articles_en[0], "en")]:
            with self.subTest(language=language):
                response = self.client.get(article.url)
                self.assertContains(response, f'<html lang="{language}">')
                self.assertContains(response, article.title)
                self.assertIn("news/news_page.html", [used.name for used in response.templates])

    def test_home_page_shows_hero_figures_latest_news_and_join_link(self):
        html = self.html("/pl/")
        self.assertIn('class="hero', html)
        self.assertIn('class="figures', html)
        self.assertIn(self.tree.articles[1].title, html)
        self.assertIn(f'href="{self.tree.join.url}"', html)
        self.assertIn(f'href="{self.tree.recognitions.url}"', html)

    def test_english_home_links_to_the_english_join_page(self):
        html = self.html("/en/")
        self.assertIn(f'href="{self.tree.join_en.url}"', html)
        self.assertNotIn(f'href="{self.tree.join.url}"', html)

    def test_home_page_without_a_join_page_in_its_language_still_renders(self):
        self.tree.join_en.unpublish()
        html = self.html("/en/")
        self.assertIn("join-call__closed", html)

    def test_home_page_shows_the_registry_figures(self):
        figures = {"active_volunteers": 4217, "hours_this_year": 9, "host_organisations": 3}
        with mock.patch("registry.stats.public_figures", return_value=figures):
            self.assertIn("4\xa0217", self.html("/pl/"))

    def test_home_page_figures_are_written_the_polish_way_and_the_english_way(self):
        from decimal import Decimal

        figures = {"active_volunteers": 1966, "hours_this_year": Decimal("1969.50"), "host_organisations": 12}
        with mock.patch("registry.stats.public_figures", return_value=figures):
            polish = self.html("/pl/")
            english = self.html("/en/")
        self.assertIn('<dd class="figures__value">1\xa0966</dd>', polish)
        self.assertIn('<dd class="figures__value">1\xa0969,5</dd>', polish)
        self.assertIn('<dd class="figures__value">1,966</dd>', english)
        self.assertIn('<dd class="figures__value">1,969.5</dd>', english)

    def test_partner_page_links_to_the_website_with_noopener(self):
        self.assertIn('href="https://kielce.policja.gov.pl/" rel="noopener"', self.html(self.tree.police.url))

    def test_partner_index_lists_cooperating_partners_and_supporters(self):
        html = self.html(self.tree.partners.url)
        self.assertIn(self.tree.police.title, html)
        self.assertIn(self.tree.sponsor.title, html)

    def test_breadcrumbs_lead_back_through_the_section(self):
        html = self.html(self.tree.articles[0].url)
        self.assertIn('class="breadcrumbs"', html)
        self.assertIn(f'href="{self.tree.news_index.url}"', html)

    def test_main_menu_lists_the_home_page_children_in_the_current_language(self):
        html = self.html("/en/")
        self.assertIn(f'href="{self.tree.about_en.url}"', html)
        self.assertNotIn(f'href="{self.tree.about.url}"', html)

    def test_menu_leaves_out_pages_not_shown_in_menus(self):
        html = self.html("/pl/")
        self.assertNotIn(f'class="main-nav__link" href="{self.tree.join.url}"', html)

    def test_article_has_meta_description_open_graph_and_canonical_link(self):
        article = self.tree.articles_en[0]
        html = self.html(article.url)
        self.assertIn('<meta name="description" content="A report.">', html)
        self.assertIn('<meta property="og:type" content="article">', html)
        self.assertIn('<meta property="og:locale" content="en_GB">', html)
        self.assertIn('<meta property="og:locale:alternate" content="pl_PL">', html)
        self.assertIn('<meta property="og:image" content="http://testserver/', html)
        self.assertIn(f'<link rel="canonical" href="http://testserver{article.url}">', html)

    def test_pages_link_their_translations_with_hreflang(self):
        html = self.html(self.tree.about.url)
        self.assertIn(f'<link rel="alternate" hreflang="en" href="http://testserver{self.tree.about_en.url}">', html)
        self.assertIn(f'<link rel="alternate" hreflang="pl" href="http://testserver{self.tree.about.url}">', html)

    def test_untranslated_page_has_no_hreflang_to_other_languages(self):
        html = self.html(self.tree.sponsor.url)
        self.assertNotIn('hreflang="en"', html.split("</head>")[0])
