"""Uploads: images of the allowed types and size only; documents always downloaded, never shown inline."""

import io

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "#1f5f8b").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, content, content_type):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content, content_type=content_type)},
    )


def test_svg_is_not_an_allowed_image_type():
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


def test_svg_upload_through_the_admin_is_refused(admin_client):
    response = upload_image(admin_client, "logo.svg", SVG, "image/svg+xml")
    assert response.status_code == 200
    assert Image.objects.count() == 0


def test_svg_renamed_to_png_is_refused(admin_client):
    response = upload_image(admin_client, "logo.png", SVG, "image/png")
    assert response.status_code == 200
    assert Image.objects.count() == 0


def test_a_small_png_is_accepted(admin_client):
    response = upload_image(admin_client, "logo.png", png_bytes(), "image/png")
    assert response.status_code == 302
    assert Image.objects.count() == 1


def test_an_image_over_the_size_limit_is_refused(admin_client):
    oversized = png_bytes() + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = upload_image(admin_client, "huge.png", oversized, "image/png")
    assert response.status_code == 200
    assert Image.objects.count() == 0


def test_upload_size_limits_are_set():
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024


@pytest.mark.parametrize("filename", ["report.pdf", "notes.txt"])
def test_documents_are_served_by_wagtail_as_downloads(client, db, filename):
    document = Document.objects.create(title="Report", file=ContentFile(b"%PDF-1.4 test", name=filename))
    response = client.get(document.url)
    assert document.url.startswith("/documents/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_no_document_type_is_rendered_inline():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == []
