"""`manage.py import_wordpress`: posts become news pages, with their dates, terms, state and old addresses."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.management import CommandError
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Revision

from home.models import StandardPage
from news.models import NewsCategory, NewsIndexPage, NewsPage
from wordpress_import import wxr
from wordpress_import.importer import Importer, Options
from wordpress_import.management.commands.import_wordpress import Command as ImportCommand
from wordpress_import.models import ImportedPost

from .conftest import ENGLISH_EXPORT, POLISH_EXPORT, SAMPLES, database_state, export_variant, run_import

pytestmark = pytest.mark.django_db

PUBLISHED, SECOND, DRAFT, PRIVATE, PROTECTED, TRASHED = 10, 11, 12, 13, 14, 15
PERSONAL_DATA = [
    "redaktor.tajny@example.com",
    "anna.komentujaca@example.com",
    "Anna Komentująca",
    "600 100 200",
    "203.0.113.7",
    "Jan Redaktor",
]


def page_for(wp_id):
    return ImportedPost.objects.get(wp_id=wp_id).page.specific


def import_summary(path=POLISH_EXPORT, **options):
    options.setdefault("fetch", False)
    return Importer(wxr.parse(path), Options(**options)).run()


class TestPublishedPosts:
    def test_posts_become_live_polish_news_pages_under_the_news_index(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        page = page_for(PUBLISHED)
        assert isinstance(page, NewsPage)
        assert page.live and not page.has_unpublished_changes
        assert page.locale == site.polish
        assert page.get_parent().pk == site.news.pk
        assert page.title == "Konferencja podsumowująca projekt „Civic Volunteering” & wnioski"

    def test_the_slug_is_the_decoded_wordpress_slug_in_plain_ascii(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        assert page_for(PUBLISHED).slug == "konferencja-podsumowujaca"

    def test_the_post_keeps_its_own_date_as_date_and_publication_time(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        page = page_for(PUBLISHED)
        assert page.date == datetime.date(2016, 6, 28)
        assert page.first_published_at == datetime.datetime(2016, 6, 28, 8, 0, tzinfo=datetime.UTC)
        modified = page_for(SECOND)
        assert modified.first_published_at == datetime.datetime(2017, 7, 1, 7, 30, tzinfo=datetime.UTC)
        assert modified.last_published_at == datetime.datetime(2017, 7, 3, 10, 0, tzinfo=datetime.UTC)

    def test_the_news_index_lists_imported_posts_newest_first(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        articles = list(NewsIndexPage.objects.get(pk=site.news.pk).get_articles())
        assert [article.pk for article in articles] == [page_for(SECOND).pk, page_for(PUBLISHED).pk]

    def test_the_lead_comes_from_the_excerpt_as_plain_text(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        assert page_for(PUBLISHED).lead == "Relacja z konferencji podsumowującej projekt."

    def test_without_an_excerpt_the_lead_is_the_first_paragraph_cut_at_a_word(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        lead = page_for(SECOND).lead
        first_paragraph = wxr.parse(POLISH_EXPORT).items[2].content.split("\n\n")[0]
        assert lead.endswith("…") and len(lead) <= 301
        kept = lead[:-1]
        assert first_paragraph.startswith(kept)
        assert first_paragraph[len(kept)] in " ,."

    def test_a_first_paragraph_used_whole_as_the_lead_is_not_repeated_in_the_body(self, site, tmp_path):
        opening = "28 czerwca 2016 r. w Warszawie odbyła się międzynarodowa konferencja podsumowująca projekt."
        export = export_variant(
            tmp_path,
            **{"Relacja z konferencji <strong>podsumowującej</strong> projekt.": ""},
        )
        run_import(export, no_fetch=True)
        page = page_for(PUBLISHED)
        assert page.lead == opening
        body = "".join(str(block.value) for block in page.body if block.block_type == "paragraph")
        assert opening not in body
        assert "opowiedzieli" in body

    def test_a_first_paragraph_with_a_link_stays_in_the_body_even_when_it_is_the_lead(self, site, tmp_path):
        # The lead is plain text: dropping the paragraph would drop its link.
        export = export_variant(
            tmp_path,
            **{
                "Relacja z konferencji <strong>podsumowującej</strong> projekt.": "",
                "r. w Warszawie odbyła": 'r. <a href="https://example.com/warszawa">w Warszawie</a> odbyła',
            },
        )
        run_import(export, no_fetch=True)
        page = page_for(PUBLISHED)
        assert page.lead.startswith("28 czerwca 2016 r. w Warszawie")
        body = "".join(str(block.value) for block in page.body if block.block_type == "paragraph")
        assert '<a href="https://example.com/warszawa">w Warszawie</a>' in body

    def test_a_first_paragraph_cut_for_the_lead_stays_in_the_body(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        page = page_for(SECOND)
        first_paragraph = wxr.parse(POLISH_EXPORT).items[2].content.split("\n\n")[0]
        assert str(page.body[0].value).startswith(f"<p>{first_paragraph[:40]}")

    def test_categories_are_carried_over_in_the_page_language(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        categories = {
            (category.slug, category.name, category.locale_id) for category in page_for(PUBLISHED).categories.all()
        }
        assert categories == {
            ("wolontariat", "Wolontariat", site.polish.pk),
            ("wydarzenia-społeczne", "Wydarzenia & spotkania", site.polish.pk),
        }

    def test_an_existing_category_with_the_same_slug_is_used_not_copied(self, site):
        existing = NewsCategory.objects.create(name="Wolontariusze", slug="wolontariat", locale=site.polish)
        run_import(POLISH_EXPORT, no_fetch=True)
        assert NewsCategory.objects.filter(slug="wolontariat", locale=site.polish).count() == 1
        assert existing in page_for(PUBLISHED).categories.all()

    def test_tags_are_carried_over(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        assert set(page_for(PUBLISHED).tags.names()) == {"konferencja", "Warszawa"}

    def test_the_page_is_served_without_the_posts_scripts_or_event_handlers(self, site, client):
        run_import(POLISH_EXPORT, no_fetch=True)
        response = client.get(page_for(PUBLISHED).url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Wolontariusze" in html and "opowiedzieli" in html
        assert "przejęta" not in html
        assert "steal()" not in html and "onclick" not in html

    def test_comments_and_authors_reach_neither_pages_nor_output(self, site, client):
        result = run_import(POLISH_EXPORT, no_fetch=True, verbosity=2)
        stored = "".join(str(content) for content in Revision.objects.values_list("content", flat=True))
        html = client.get(page_for(PUBLISHED).url).content.decode()
        for text in PERSONAL_DATA:
            assert text not in result.out + result.err
            assert text not in stored
            assert text not in html

    def test_the_page_cache_is_invalidated(self, site, client):
        index_url = site.news.url
        assert "Konferencja podsumowująca" not in client.get(index_url).content.decode()  # now cached
        run_import(POLISH_EXPORT, no_fetch=True)
        assert "Konferencja podsumowująca" in client.get(index_url).content.decode()


class TestUnpublishedPosts:
    def test_drafts_private_and_password_protected_posts_are_saved_but_never_live(self, site, client):
        result = run_import(POLISH_EXPORT, no_fetch=True)
        for wp_id in (DRAFT, PRIVATE, PROTECTED):
            page = page_for(wp_id)
            assert not page.live
            assert page.latest_revision is not None
            assert client.get(f"/pl/aktualnosci/{page.slug}/").status_code == 404
        assert "nr 14 " in result.err  # the password-protected post is pointed out
        assert "tajne-haslo" not in result.out + result.err

    @pytest.mark.parametrize("status", ["pending", "future"])
    def test_pending_and_scheduled_posts_are_drafts_too(self, site, tmp_path, status):
        export = export_variant(
            tmp_path,
            **{
                "<wp:post_name><![CDATA[bezpieczne-wakacje]]></wp:post_name>\n\t\t<wp:status><![CDATA[publish]]>": (
                    f"<wp:post_name><![CDATA[bezpieczne-wakacje]]></wp:post_name>\n\t\t<wp:status><![CDATA[{status}]]>"
                )
            },
        )
        run_import(export, no_fetch=True)
        page = page_for(SECOND)
        assert not page.live and page.latest_revision is not None
        assert not Redirect.objects.filter(redirect_page=page).exists()

    def test_a_draft_without_a_slug_gets_one_from_its_title(self, site):
        run_import(POLISH_EXPORT, no_fetch=True)
        draft = page_for(DRAFT)
        assert draft.slug == "szkic-plan-na-jesien"
        assert draft.date == datetime.date(2018, 9, 1)

    def test_skip_drafts_leaves_every_unpublished_post_out(self, site):
        run_import(POLISH_EXPORT, no_fetch=True, skip_drafts=True)
        assert set(ImportedPost.objects.values_list("wp_id", flat=True)) == {PUBLISHED, SECOND}
        assert NewsPage.objects.count() == 2

    def test_trash_menus_and_pages_are_skipped_and_counted(self, site):
        summary = import_summary()
        assert not ImportedPost.objects.filter(wp_id__in=[TRASHED, 16, 20, 21]).exists()
        assert sum(summary.skipped.values()) == 4
        assert summary.created == 5 and summary.drafts == 3

    def test_a_post_no_longer_published_is_taken_offline(self, site, tmp_path):
        run_import(POLISH_EXPORT, no_fetch=True)
        unpublished = export_variant(
            tmp_path,
            **{
                "<wp:post_name><![CDATA[bezpieczne-wakacje]]></wp:post_name>\n\t\t<wp:status><![CDATA[publish]]>": (
                    "<wp:post_name><![CDATA[bezpieczne-wakacje]]></wp:post_name>\n\t\t<wp:status><![CDATA[draft]]>"
                ),
            },
        )
        run_import(unpublished, no_fetch=True)
        page = page_for(SECOND)
        assert not page.live
        assert not Redirect.objects.filter(redirect_page=page).exists()


class TestRedirects:
    def test_the_old_permalink_redirects_permanently_to_the_new_page(self, site, client):
        run_import(POLISH_EXPORT, no_fetch=True)
        page = page_for(PUBLISHED)
        response = client.get("/2016/06/konferencja-podsumowuj%c4%85ca/")
        assert response.status_code == 301
        assert response["Location"] == page.url
        assert client.get(response["Location"]).status_code == 200

    def test_the_wordpress_post_id_address_redirects_too(self, site, client):
        run_import(POLISH_EXPORT, no_fetch=True)
        response = client.get("/?p=11")
        assert (response.status_code, response["Location"]) == (301, page_for(SECOND).url)

    def test_unpublished_posts_get_no_redirect(self, site, client):
        run_import(POLISH_EXPORT, no_fetch=True)
        for wp_id in (DRAFT, PRIVATE, PROTECTED):
            assert not Redirect.objects.filter(redirect_page=page_for(wp_id)).exists()
        assert client.get("/2018/10/notatka/").status_code != 301

    def test_an_editors_redirect_from_the_same_address_is_kept(self, site):
        about = site.home.add_child(instance=StandardPage(title="Archiwum", slug="archiwum"))
        Redirect.objects.create(old_path="/2017/07/bezpieczne-wakacje", redirect_page=about, site=site.home.get_site())
        run_import(POLISH_EXPORT, no_fetch=True)
        assert Redirect.objects.get(old_path="/2017/07/bezpieczne-wakacje").redirect_page_id == about.pk


class TestRunningAgain:
    def test_a_second_run_with_the_same_file_changes_nothing(self, site, uploads):
        run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        before = database_state()
        result = run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        assert database_state() == before
        assert "nr 10 " not in result.err  # nothing to warn about the post that was already complete

    def test_a_second_run_reports_every_post_unchanged(self, site):
        import_summary()
        summary = import_summary()
        assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 5)
        assert summary.redirects_created == summary.categories_created == 0

    def test_a_changed_post_updates_its_page_with_a_new_published_revision(self, site, client, tmp_path):
        run_import(POLISH_EXPORT, no_fetch=True)
        page = page_for(PUBLISHED)
        revisions = page.revisions.count()
        pages, redirects = Page.objects.count(), Redirect.objects.count()
        changed = export_variant(tmp_path, **{"Warto go rozwijać.": "Warto go rozwijać w całym kraju."})
        run_import(changed, no_fetch=True)
        page = page_for(PUBLISHED)
        assert page.revisions.count() == revisions + 1
        assert page.live and not page.has_unpublished_changes
        assert (Page.objects.count(), Redirect.objects.count()) == (pages, redirects)
        assert "w całym kraju" in client.get(page.url).content.decode()
        assert page_for(SECOND).revisions.count() == 1  # the others are left alone

    def test_a_page_deleted_by_an_editor_is_made_again_and_said_so(self, site, client):
        run_import(POLISH_EXPORT, no_fetch=True)
        deleted = page_for(PUBLISHED)
        slug = deleted.slug
        deleted.delete()
        assert not Redirect.objects.filter(old_path="/?p=10").exists()
        summary = import_summary()
        page = page_for(PUBLISHED)
        assert summary.recreated == 1 and summary.created == 0
        assert page.live and page.slug == slug
        assert client.get("/?p=10")["Location"] == page.url

    def test_the_same_slug_among_siblings_gets_a_suffix(self, site):
        site.news.add_child(
            instance=NewsPage(title="Inne", slug="bezpieczne-wakacje", date=datetime.date(2020, 1, 1), lead="x")
        )
        run_import(POLISH_EXPORT, no_fetch=True)
        assert page_for(SECOND).slug == "bezpieczne-wakacje-2"
        before = database_state()
        run_import(POLISH_EXPORT, no_fetch=True)
        assert database_state() == before


class TestRefusedFiles:
    def test_a_truncated_file_is_refused_with_the_line_and_nothing_changes(self, site, tmp_path):
        run_import(POLISH_EXPORT, no_fetch=True)
        before = database_state()
        data = POLISH_EXPORT.read_bytes()
        truncated = tmp_path / "truncated.xml"
        truncated.write_bytes(data[: len(data) * 2 // 3])
        with pytest.raises(ET.ParseError) as parse_error:
            ET.parse(truncated)  # noqa: S314 - our own test file, to learn where a parser stops
        with pytest.raises(CommandError) as error:
            run_import(truncated)
        assert str(parse_error.value.position[0]) in str(error.value)
        assert database_state() == before

    @pytest.mark.parametrize(
        "path", [SAMPLES / "malformed.xml", SAMPLES / "malformed-simple.xml"], ids=lambda path: path.name
    )
    def test_malformed_samples_are_refused(self, site, path):
        before = database_state()
        with pytest.raises(CommandError):
            run_import(path)
        assert database_state() == before

    def test_xml_that_is_not_a_wordpress_export_is_refused(self, site):
        before = database_state()
        with pytest.raises(CommandError):
            run_import(POLISH_EXPORT.parent / "plain-rss.xml")
        assert database_state() == before

    def test_a_missing_file_or_uploads_folder_is_refused(self, site, tmp_path):
        with pytest.raises(CommandError):
            run_import(tmp_path / "no-such-export.xml")
        with pytest.raises(CommandError):
            run_import(POLISH_EXPORT, uploads=tmp_path / "no-such-folder")
        assert not ImportedPost.objects.exists()

    def test_an_error_halfway_rolls_everything_back(self, site, monkeypatch):
        before = database_state()
        calls = []

        def fail_on_second_post(self, page, item):
            calls.append(item.wp_id)
            if len(calls) == 2:
                raise RuntimeError("disk full")

        monkeypatch.setattr(Importer, "ensure_redirects", fail_on_second_post)
        with pytest.raises(CommandError) as error:
            run_import(POLISH_EXPORT, no_fetch=True)
        assert f"nr {calls[-1]} " in str(error.value) and "disk full" in str(error.value)
        assert database_state() == before


class TestDryRun:
    def test_a_dry_run_changes_nothing_and_says_what_would_happen(self, site):
        before = database_state()
        result = run_import(POLISH_EXPORT, dry_run=True, no_fetch=True)
        assert database_state() == before
        assert "nr 10 " in result.out and "nr 15 " in result.out  # a line per post, skipped ones too

    def test_a_dry_run_counts_what_a_real_run_then_does(self, site):
        planned = import_summary(dry_run=True)
        done = import_summary()
        assert (planned.created, planned.drafts, planned.skipped) == (done.created, done.drafts, done.skipped)
        assert planned.redirects_created == done.redirects_created
        assert planned.categories_created == done.categories_created

    def test_a_dry_run_after_an_import_reports_it_unchanged(self, site):
        import_summary()
        planned = import_summary(dry_run=True)
        assert (planned.created, planned.updated, planned.unchanged) == (0, 0, 5)


class TestWhereThingsGo:
    def test_pages_are_imported_as_standard_pages_only_when_asked(self, site, client):
        run_import(POLISH_EXPORT, no_fetch=True, pages=True)
        about, contact = page_for(20), page_for(21)
        assert isinstance(about, StandardPage) and isinstance(contact, StandardPage)
        assert about.get_parent().pk == site.home.pk
        assert contact.get_parent().pk == about.pk  # WordPress's page tree is kept
        assert about.intro == "Kim jesteśmy."
        assert client.get("/o-nas/kontakt/")["Location"] == contact.url
        assert client.get("/?page_id=20")["Location"] == about.url

    def test_pages_can_go_under_another_page(self, site):
        section = site.home.add_child(instance=StandardPage(title="Archiwum", slug="archiwum"))
        run_import(POLISH_EXPORT, no_fetch=True, pages=True, pages_parent=str(section.pk))
        assert page_for(20).get_parent().pk == section.pk

    @pytest.mark.parametrize("parent", ["/pl/aktualnosci/", "pl/aktualnosci", "id"])
    def test_the_parent_can_be_given_by_address_or_id(self, site, parent):
        run_import(POLISH_EXPORT, no_fetch=True, parent=str(site.news.pk) if parent == "id" else parent)
        assert page_for(PUBLISHED).get_parent().pk == site.news.pk

    def test_a_parent_that_cannot_hold_news_is_refused(self, site):
        before = database_state()
        with pytest.raises(CommandError):
            run_import(POLISH_EXPORT, no_fetch=True, parent=str(site.home.pk))
        with pytest.raises(CommandError):
            run_import(POLISH_EXPORT, no_fetch=True, parent="/pl/nie-ma-takiej/")
        assert database_state() == before

    def test_a_home_page_given_by_its_address_is_found_and_refused_as_no_news_index(self, site):
        # The home page's address is its language prefix, not its slug: "no page /pl/" would mislead.
        with pytest.raises(CommandError, match=site.home.title):
            run_import(POLISH_EXPORT, no_fetch=True, parent="/pl/")

    def test_pages_can_go_under_a_home_page_given_by_its_address(self, site):
        run_import(POLISH_EXPORT, no_fetch=True, pages=True, pages_parent="/en/")
        assert page_for(20).get_parent().pk == site.home_en.pk

    def test_an_english_export_with_locale_en_goes_under_the_english_news_index(self, site, client):
        run_import(ENGLISH_EXPORT, no_fetch=True, locale="en")
        page = page_for(3)
        assert page.locale == site.english and page.get_parent().pk == site.news_en.pk
        assert page.url.startswith("/en/news/")
        assert client.get(page.url).status_code == 200
        assert {category.locale_id for category in page.categories.all()} == {site.english.pk}
        # A blog in a folder: its old addresses are under that folder.
        assert client.get("/blog/2019/08/summer-festival/")["Location"] == page.url
        assert client.get("/blog/?p=3")["Location"] == page.url

    def test_posts_imported_elsewhere_earlier_are_not_moved_and_the_run_says_so(self, site):
        # A first run into the wrong language, then the right one: nothing moves, and the user is told.
        run_import(POLISH_EXPORT, no_fetch=True, locale="en")
        result = run_import(POLISH_EXPORT, no_fetch=True, locale="pl")
        assert page_for(PUBLISHED).get_parent().pk == site.news_en.pk
        assert result.err.count("--parent") == 1 and page_for(PUBLISHED).url in result.err
        assert "--parent" not in run_import(POLISH_EXPORT, no_fetch=True, locale="en").err

    def test_the_exports_language_chooses_the_locale(self, site):
        run_import(ENGLISH_EXPORT, no_fetch=True)  # <language>en-GB</language>
        assert page_for(3).locale == site.english

    def test_locale_overrides_the_exports_language(self, site):
        run_import(ENGLISH_EXPORT, no_fetch=True, locale="pl")
        assert page_for(3).get_parent().pk == site.news.pk

    def test_an_unknown_locale_or_a_missing_news_index_is_refused(self, site):
        with pytest.raises(CommandError):
            run_import(POLISH_EXPORT, locale="de")
        NewsIndexPage.objects.filter(pk=site.news_en.pk).delete()
        before = database_state()
        with pytest.raises(CommandError):
            run_import(ENGLISH_EXPORT, locale="en")
        assert database_state() == before


class TestOutput:
    def test_help_is_shown(self):
        # `manage.py import_wordpress --help` is a new user's first step: argparse needs plain strings.
        parser = ImportCommand().create_parser("manage.py", "import_wordpress")
        text = parser.format_help()
        assert "--skip-drafts" in text and "--uploads" in text
        assert ImportCommand().help.split()[0] in text

    def test_progress_is_shown_every_n_items(self, site):
        result = run_import(POLISH_EXPORT, no_fetch=True, progress_every=3)
        items = len([item for item in wxr.parse(POLISH_EXPORT).items if item.post_type != "attachment"])
        assert [f"[{done}/{items}]" in result.err for done in (3, 6, items)] == [True, True, True]
        assert f"[1/{items}]" not in result.err

    def test_the_summary_gives_the_counts(self, site):
        with translation.override("en"):
            result = run_import(POLISH_EXPORT, no_fetch=True)
        for part in ("created 5", "drafts 3", "Skipped 4", "Images: imported 0, missing 2", "Redirects: created 4"):
            assert part in result.out, part


class TestRepeatedPostIds:
    """Two items with one wp:post_id: the first wins, in the dry run, the import and every later run."""

    @pytest.fixture(autouse=True)
    def english(self):
        with translation.override("en"):
            yield

    @pytest.fixture
    def doubled(self, tmp_path):
        text = POLISH_EXPORT.read_text(encoding="utf-8")
        start = text.index("<item>", text.index("<wp:post_id>50</wp:post_id>"))
        end = text.index("</item>", start) + len("</item>")
        first = text[start:end]
        # A copy of post 10 later in the file: another title and state, the same ID.
        copy = first.replace("<wp:status><![CDATA[publish]]></wp:status>", "<wp:status><![CDATA[draft]]></wp:status>")
        copy = copy.replace("Konferencja podsumowująca", "Kopia konferencji")
        assert copy != first
        path = tmp_path / "doubled.xml"
        path.write_text(text.replace("</channel>", copy + "\n</channel>"), encoding="utf-8")
        return path

    def test_the_first_wins_and_runs_agree(self, site, doubled):
        planned = import_summary(doubled, dry_run=True)
        done = import_summary(doubled)
        assert any("10" in warning and "more than once" in warning for warning in done.warnings)
        assert any("more than once" in warning for warning in planned.warnings)
        assert (planned.created, planned.drafts, planned.redirects_created) == (
            done.created,
            done.drafts,
            done.redirects_created,
        )
        page = page_for(PUBLISHED)
        assert page.live and "Kopia" not in page.title
        before = database_state()
        again = import_summary(doubled)
        assert (again.created, again.updated, again.recreated, again.redirects_created) == (0, 0, 0, 0)
        assert database_state() == before
        assert Redirect.objects.filter(redirect_page=page).exists()


class TestReport:
    @pytest.fixture(autouse=True)
    def english(self):
        with translation.override("en"):
            yield

    def test_images_without_alternative_text_are_listed(self, site, tmp_path, uploads):
        export = export_variant(tmp_path, **{'alt="Sala konferencyjna"': 'alt=""'})
        result = run_import(export, uploads=uploads, no_fetch=True)
        image = next(block.value for block in page_for(PUBLISHED).body if block.block_type == "image")
        assert image["alt_text"] == ""
        assert "sala-300x200.jpg" in result.out and "alternative text" in result.out


class TestLinksBetweenPosts:
    @pytest.fixture(autouse=True)
    def english(self):
        with translation.override("en"):
            yield

    def test_links_to_imported_posts_point_at_their_new_pages(self, site, tmp_path, client):
        # Post 10 links to post 11, which is imported after it; the old "about" page is not in the export.
        export = export_variant(
            tmp_path,
            **{
                'Wolontariusze <a href="http://stary.example.org/o-nas/"': (
                    'Wolontariusze <a href="http://stary.example.org/2017/07/bezpieczne-wakacje/"'
                ),
                "Warto go rozwijać.": 'Warto go rozwijać. <a href="http://stary.example.org/guestbook">Księga</a>',
            },
        )
        result = run_import(export, no_fetch=True)
        first, second = page_for(PUBLISHED), page_for(SECOND)
        html = client.get(first.url).content.decode()
        assert f'href="{second.url}"' in html
        assert 'href="http://stary.example.org/guestbook"' in html
        assert "http://stary.example.org/guestbook in " in result.out
        assert first.live and not first.has_unpublished_changes
        before = database_state()
        again = import_summary(export)
        assert (again.created, again.updated) == (0, 0)
        assert database_state() == before
