"""Reading WordPress exports: every WXR version, the fields the import uses, and refusing bad files."""

import datetime

import pytest

from wordpress_import import wxr
from wordpress_import.importer import language_of, old_paths, shorten

from .conftest import ENGLISH_EXPORT, FIXTURES, POLISH_EXPORT, SAMPLES


def item(export, wp_id):
    return next(item for item in export.items if item.wp_id == wp_id)


class TestVersions:
    @pytest.mark.parametrize(
        ("name", "version"),
        [("valid-wxr-1.0.xml", "1.0"), ("valid-wxr-1.1.xml", "1.1"), ("small-export.xml", "1.1")],
    )
    def test_older_versions_are_read(self, name, version):
        export = wxr.parse(SAMPLES / name)
        assert export.version == version
        hello = item(export, 1)
        assert (hello.title, hello.post_type, hello.status, hello.slug) == (
            "Hello world!",
            "post",
            "publish",
            "hello-world",
        )
        assert export.source == "http://localhost"

    def test_categories_and_tags_of_wxr_1_0_use_the_domain_form_only(self):
        export = wxr.parse(SAMPLES / "valid-wxr-1.0.xml")
        hello = item(export, 1)
        assert [term.slug for term in hello.categories] == ["uncategorized"]
        assert export.categories["child"] == "child"

    def test_version_1_2_and_utf8(self):
        export = wxr.parse(SAMPLES / "wxr-utf-8-challenges.xml")
        assert export.version == "1.2" and export.language == "en-US"
        assert all(post.title for post in export.items)

    @pytest.mark.parametrize("name", ["blank-lines.xml", "cdata-edge.xml"])
    def test_minimal_exports_keep_their_content_as_written(self, name):
        export = wxr.parse(SAMPLES / name)
        assert export.items[0].content.strip()
        if name == "blank-lines.xml":
            assert "\n\n" in export.items[0].content  # WordPress makes paragraphs of these


class TestFields:
    @pytest.fixture(scope="class")
    def export(self):
        return wxr.parse(POLISH_EXPORT)

    def test_channel(self, export):
        assert (export.language, export.source, export.version) == ("pl-PL", "http://stary.example.org", "1.2")
        assert export.categories["wydarzenia-społeczne"] == "Wydarzenia & spotkania"

    def test_title_entities_are_decoded(self, export):
        assert item(export, 10).title == "Konferencja podsumowująca projekt „Civic Volunteering” & wnioski"

    def test_percent_encoded_slugs_are_decoded(self, export):
        post = item(export, 10)
        assert post.slug == "konferencja-podsumowująca"
        assert [term.slug for term in post.categories] == ["wolontariat", "wydarzenia-społeczne"]
        assert [term.name for term in post.tags] == ["konferencja", "Warszawa"]

    def test_dates(self, export):
        post = item(export, 10)
        assert post.post_date == datetime.datetime(2016, 6, 28, 10, 0)
        assert post.post_date_gmt == datetime.datetime(2016, 6, 28, 8, 0, tzinfo=datetime.UTC)
        assert item(export, 12).post_date_gmt is None  # WordPress writes zeros for a draft

    def test_attachment_and_featured_image(self, export):
        attachment = item(export, 50)
        assert attachment.attachment_url == "http://stary.example.org/wp-content/uploads/2016/06/sala.jpg"
        assert attachment.meta["_wp_attached_file"] == "2016/06/sala.jpg"
        assert item(export, 10).thumbnail_id == 50

    def test_a_password_is_only_noted_never_kept(self, export):
        assert item(export, 14).has_password
        assert "tajne-haslo" not in repr(export)

    def test_authors_and_comments_are_never_read(self, export):
        text = repr(export)
        for personal in (
            "redaktor.tajny@example.com",
            "anna.komentujaca@example.com",
            "Anna Komentująca",
            "203.0.113.7",
        ):
            assert personal not in text


class TestRefused:
    @pytest.mark.parametrize(("name", "line"), [("malformed.xml", 90), ("malformed-simple.xml", 14)])
    def test_malformed_xml_is_refused_with_the_line(self, name, line):
        with pytest.raises(wxr.WXRError, match=rf"\b{line}\b"):
            wxr.parse(SAMPLES / name)

    def test_a_file_cut_short_is_refused(self, tmp_path):
        data = ENGLISH_EXPORT.read_bytes()
        path = tmp_path / "cut.xml"
        path.write_bytes(data[: len(data) // 2])
        with pytest.raises(wxr.WXRError):
            wxr.parse(path)

    def test_an_rss_feed_is_not_an_export(self):
        with pytest.raises(wxr.WXRError):
            wxr.parse(FIXTURES / "plain-rss.xml")

    @pytest.mark.parametrize("name", ["entity-expansion.xml", "external-entity.xml"])
    def test_entity_declarations_are_refused_not_expanded(self, name):
        with pytest.raises(wxr.WXRError):
            wxr.parse(FIXTURES / name)

    def test_an_unreadable_file_is_refused(self, tmp_path):
        with pytest.raises(wxr.WXRError):
            wxr.parse(tmp_path / "missing.xml")

    def test_an_item_without_a_post_id_is_refused(self, tmp_path):
        text = POLISH_EXPORT.read_text(encoding="utf-8").replace(
            "<wp:post_id>11</wp:post_id>", "<wp:post_id></wp:post_id>"
        )
        path = tmp_path / "no-id.xml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(wxr.WXRError):
            wxr.parse(path)


class TestHelpers:
    @pytest.mark.parametrize(
        ("language", "expected"),
        [("pl-PL", "pl"), ("pl", "pl"), ("en-US", "en"), ("EN_gb", "en"), ("de-DE", None), ("", None)],
    )
    def test_the_exports_language_maps_to_a_site_language(self, language, expected):
        assert language_of(language, ["pl", "en"]) == expected

    def test_shorten_cuts_at_a_word_and_marks_the_cut(self):
        text = "słowo " * 100
        short = shorten(text, 50)
        assert len(short) <= 51 and short.endswith("słowo…")
        assert shorten("krótki tekst", 50) == "krótki tekst"

    def test_old_paths_are_the_permalink_and_the_post_id(self):
        export = wxr.parse(POLISH_EXPORT)
        assert old_paths(item(export, 10), export.site_url) == ["/2016/06/konferencja-podsumowująca", "/?p=10"]
        page = item(export, 20)
        assert old_paths(page, export.site_url) == ["/o-nas", "/?p=20", "/?page_id=20"]

    def test_a_permalink_with_a_doubled_slash_redirects_from_the_address_wordpress_answered(self):
        # WordPress's own test data has "https://site//greek/…"; a redirect from "//greek/…" could never be matched
        # (Wagtail reads "//greek" as a host), while WordPress answered "/greek/…".
        page = item(wxr.parse(POLISH_EXPORT), 20)
        page.link = "http://stary.example.org//o-nas//zespol/"
        assert old_paths(page, "http://stary.example.org")[0] == "/o-nas/zespol"


class TestDeclaredEncoding:
    """WordPress declares the site's charset; an old site set wrong exports UTF-8 labelled as another."""

    def test_utf8_text_declared_as_another_encoding_is_refused_with_the_fix(self, tmp_path):
        data = POLISH_EXPORT.read_bytes()
        assert b'encoding="UTF-8"' in data and not data.isascii()
        path = tmp_path / "mislabelled.xml"
        path.write_bytes(data.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-2"', 1))
        with pytest.raises(wxr.WXRError, match='encoding="UTF-8"'):
            wxr.parse(path)

    def test_text_really_in_the_declared_encoding_is_read(self, tmp_path):
        text = POLISH_EXPORT.read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="ISO-8859-2"', 1)
        path = tmp_path / "latin2.xml"
        path.write_bytes(text.encode("iso-8859-2", errors="xmlcharrefreplace"))
        titles = {item.title for item in wxr.parse(path).items}
        assert titles == {item.title for item in wxr.parse(POLISH_EXPORT).items}


def test_plain_text_leaves_out_what_scripts_and_styles_hold():
    # An excerpt or title with markup becomes the lead or title: a script's code must not read as its words.
    excerpt = "<script>alert(1)</script><STYLE type='text/css'>.a{color:red}</style>Lead <b>tekst</b> &amp; więcej"
    assert wxr.plain_text(excerpt) == "Lead tekst & więcej"
    assert wxr.plain_text("Tytuł <script>document.write(1)") == "Tytuł"
