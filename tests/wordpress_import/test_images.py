"""Images of imported posts: from a local uploads folder or the old site, each file once, missing ones reported."""

import pytest
from django.core.management import CommandError
from django.utils import translation
from wagtail.images import get_image_model

from wordpress_import import wxr
from wordpress_import.images import ImageResolver
from wordpress_import.models import ImportedImage, ImportedPost

from .conftest import OLD_SITE, POLISH_EXPORT, database_state, export_variant, image_bytes, run_import, write_file

pytestmark = pytest.mark.django_db

ATTACHMENT_URL = f"{OLD_SITE}/wp-content/uploads/2016/06/sala.jpg"
UPLOAD_PATH = "/wp-content/uploads/2016/06/sala.jpg"


def page_for(wp_id):
    return ImportedPost.objects.get(wp_id=wp_id).page.specific


def body_images(page):
    return [block.value["image"] for block in page.body if block.block_type == "image"]


def stored_files(settings):
    folder = settings.MEDIA_ROOT / "original_images"
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def served_export(tmp_path, old_site):
    """The Polish export as if the old site were the local test server."""
    return export_variant(tmp_path, **{OLD_SITE: old_site.url})


class TestFromUploadsFolder:
    def test_the_attachment_becomes_one_image_for_the_body_and_the_listing(self, site, uploads):
        run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        page = page_for(10)
        image = ImportedImage.objects.get(source_url=ATTACHMENT_URL).image
        assert get_image_model().objects.count() == 1
        assert image.title == "Sala konferencyjna"  # the attachment's title
        assert (image.width, image.height) == (64, 48)
        assert page.listing_image == image
        assert body_images(page) == [image]  # the post showed the 300x200 copy; the original is used

    def test_rerunning_reuses_the_image(self, site, uploads):
        run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        before = database_state()
        run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        assert database_state() == before
        assert get_image_model().objects.count() == 1

    def test_a_missing_image_is_reported_and_the_import_goes_on(self, site, uploads):
        result = run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        assert "brak-zdjecia.jpg" in result.err
        page = page_for(11)
        assert page.live and body_images(page) == []
        assert "Dziękujemy" in str(page.body)  # the text after the image is still there

    def test_an_image_found_later_is_added_on_the_next_run(self, site, uploads):
        run_import(POLISH_EXPORT, no_fetch=True)
        page = page_for(10)
        assert page.listing_image is None and body_images(page) == []
        revisions = page.revisions.count()
        run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        page = page_for(10)
        assert page.listing_image is not None and len(body_images(page)) == 1
        assert page.revisions.count() == revisions + 1
        before = database_state()
        run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)  # the other post's image is still missing
        assert database_state() == before

    def test_a_file_that_is_not_an_image_is_refused(self, site, tmp_path):
        uploads = tmp_path / "uploads"
        write_file(uploads / "2016" / "06" / "sala.jpg", b"<html><script>alert(1)</script></html>")
        result = run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        assert get_image_model().objects.count() == 0
        assert "sala.jpg" in result.err
        assert page_for(10).live


class TestFromTheOldSite:
    def test_images_are_fetched_from_the_old_site(self, site, old_site, served_export):
        write_file(old_site.root / UPLOAD_PATH.lstrip("/"), image_bytes("PNG"))
        run_import(served_export)
        image = ImportedImage.objects.get(source_url=f"{old_site.url}{UPLOAD_PATH}").image
        assert UPLOAD_PATH in old_site.requested
        assert page_for(10).listing_image == image
        assert image.file.name.endswith(".png")  # named for what the file is, not what the address says

    def test_an_image_the_old_site_does_not_have_is_reported(self, site, old_site, served_export):
        write_file(old_site.root / UPLOAD_PATH.lstrip("/"), image_bytes())
        with translation.override("en"):
            result = run_import(served_export)
        assert "brak-zdjecia.jpg" in result.err and "could not fetch" in result.err
        assert page_for(11).live
        assert get_image_model().objects.count() == 1

    def test_no_fetch_and_dry_run_never_ask_the_old_site(self, site, old_site, served_export):
        write_file(old_site.root / UPLOAD_PATH.lstrip("/"), image_bytes())
        run_import(served_export, dry_run=True)
        run_import(served_export, no_fetch=True)
        assert old_site.requested == []
        assert get_image_model().objects.count() == 0

    def test_an_image_over_the_upload_limit_is_refused(self, site, old_site, served_export, settings):
        settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
        write_file(old_site.root / UPLOAD_PATH.lstrip("/"), image_bytes(size=(400, 400)))
        result = run_import(served_export)
        assert get_image_model().objects.count() == 0
        assert "sala.jpg" in result.err

    def test_images_of_other_sites_are_not_fetched(self, site, old_site, served_export, tmp_path):
        other_site = old_site.url.replace("127.0.0.1", "localhost")
        export = export_variant(
            tmp_path,
            name="other.xml",
            source=served_export,
            **{f"{old_site.url}/wp-content/uploads/2017/07/brak-zdjecia.jpg": f"{other_site}/elsewhere.jpg"},
        )
        write_file(old_site.root / "elsewhere.jpg", image_bytes())
        result = run_import(export)
        assert "/elsewhere.jpg" not in old_site.requested  # the same server, but not under the export's address
        assert "elsewhere.jpg" in result.err


class TestFailedRun:
    def test_files_written_by_a_failed_run_are_deleted(self, site, uploads, settings, monkeypatch):
        from wordpress_import.importer import Importer

        before = database_state()

        def fail(self, page, item):
            raise RuntimeError("disk full")

        monkeypatch.setattr(Importer, "ensure_redirects", fail)
        with pytest.raises(CommandError):
            run_import(POLISH_EXPORT, uploads=uploads, no_fetch=True)
        assert database_state() == before
        assert stored_files(settings) == []


class TestFindingTheFile:
    @pytest.fixture
    def resolver(self, uploads):
        return ImageResolver(wxr.parse(POLISH_EXPORT), uploads_dir=uploads, fetch=False)

    def test_a_resized_copy_is_traced_to_its_attachment(self, resolver):
        attachment = resolver.find_attachment(f"{OLD_SITE}/wp-content/uploads/2016/06/sala-300x200.jpg", None)
        assert attachment.wp_id == 50
        assert resolver.find_attachment("https://stary.example.org/wp-content/uploads/2016/06/sala.jpg", None)

    def test_a_relative_address_is_on_the_old_site(self, resolver):
        assert resolver.candidates("/wp-content/uploads/2017/07/photo-150x150.jpg", None) == [
            f"{OLD_SITE}/wp-content/uploads/2017/07/photo.jpg",
            f"{OLD_SITE}/wp-content/uploads/2017/07/photo-150x150.jpg",
        ]
        assert resolver.candidates("https://elsewhere.example.com/photo.jpg", None) == []

    def test_the_attachment_id_wins_over_the_address(self, resolver):
        assert resolver.find_attachment("/something/else.jpg", 50).wp_id == 50

    def test_an_address_in_the_export_cannot_reach_outside_the_uploads_folder(self, resolver, uploads):
        write_file(uploads.parent / "secret.jpg", image_bytes())
        assert resolver.local_file(f"{OLD_SITE}/wp-content/uploads/../secret.jpg", None) is None
        assert resolver.local_file(f"{OLD_SITE}/wp-content/uploads/2016/06/../../../secret.jpg", None) is None
        assert resolver.local_file(ATTACHMENT_URL, None) == uploads / "2016" / "06" / "sala.jpg"
