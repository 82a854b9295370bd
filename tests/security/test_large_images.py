"""Huge images: a pixel limit on uploads, and admin previews that render once and are then read from storage."""

import io
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.models import Filter, Image


def png_bytes(width, height):
    """A black-and-white PNG: tiny on disk whatever its size in pixels (the decompression-bomb shape)."""
    buffer = io.BytesIO()
    PILImage.new("1", (width, height), 1).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def test_the_pixel_limit_fits_the_site():
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000


def test_a_small_file_of_too_many_pixels_is_refused_and_nothing_is_stored(admin_client):
    content = png_bytes(7000, 7000)  # 49 megapixels, under Wagtail's default limit of 128
    assert len(content) < 200_000
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "bomb", "file": SimpleUploadedFile("bomb.png", content, content_type="image/png")},
    )
    assert response.status_code == 200
    assert "40000000" in response.content.decode()  # Wagtail's error names the limit
    assert Image.objects.count() == 0


def test_an_ordinary_photo_size_is_accepted(admin_client):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "photo", "file": SimpleUploadedFile("photo.png", png_bytes(6000, 4000), content_type="image/png")},
    )
    assert response.status_code == 302
    assert Image.objects.count() == 1


@pytest.fixture
def large_image(db):
    return Image.objects.create(title="large", file=ContentFile(png_bytes(6000, 4000), name="large.png"))


def preview_url(image, spec):
    return f"/admin/images/{image.pk}/preview/{spec}/"


def test_a_repeated_preview_renders_once_and_is_then_read_from_the_stored_rendition(admin_client, large_image):
    with mock.patch.object(Filter, "run", autospec=True, side_effect=Filter.run) as run:
        first = admin_client.get(preview_url(large_image, "width-800"))
        second = admin_client.get(preview_url(large_image, "width-800"))
    assert first.status_code == second.status_code == 200
    assert first["Content-Type"] == "image/png"
    assert b"".join(first.streaming_content) == b"".join(second.streaming_content)
    assert run.call_count == 1
    assert large_image.renditions.filter(filter_spec="width-800").count() == 1


@pytest.mark.parametrize("spec", ["width-100000", "fill-5000x5000", "scale-900", "format-gif", "not-a-filter"])
def test_previews_refuse_enlargements_and_filters_the_url_generator_does_not_offer(admin_client, large_image, spec):
    with mock.patch.object(Filter, "run", autospec=True, side_effect=Filter.run) as run:
        response = admin_client.get(preview_url(large_image, spec))
    assert response.status_code == 400
    assert run.call_count == 0
    assert not large_image.renditions.exists()


def make_user(username, group=None):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "a long passphrase 42")
    if group:
        user.groups.add(Group.objects.get(name=group))
    else:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def test_a_preview_needs_the_change_permission_on_the_image(client, large_image):
    client.force_login(make_user("no-group"))
    response = client.get(preview_url(large_image, "width-800"))
    assert response.status_code in (302, 403)
    assert not large_image.renditions.exists()

    client.force_login(make_user("comms", "Communications"))
    assert client.get(preview_url(large_image, "width-800")).status_code == 200
