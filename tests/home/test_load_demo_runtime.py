"""`manage.py load_demo` as production runs it: runtime packages only, and no file left by a failed run."""

import os
import subprocess
import sys
from io import StringIO
from pathlib import Path
from unittest import mock

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent.parent
TEST_ONLY_PACKAGES = ("factory", "wagtail_factories", "faker", "pytest")


def test_load_demo_imports_no_test_only_package():
    # A fresh interpreter: the test run itself has imported factories already.
    code = (
        "import sys, django; django.setup();"
        "from django.core.management import load_command_class;"
        "load_command_class('home', 'load_demo');"
        f"print(','.join(name for name in {TEST_ONLY_PACKAGES!r} if name in sys.modules))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "website.settings.test"}
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.strip() == ""


@pytest.mark.django_db
def test_a_failed_run_leaves_no_image_file_behind(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    with mock.patch("home.management.commands.load_demo.load_areas", side_effect=RuntimeError("stop")):
        with pytest.raises(RuntimeError):
            call_command("load_demo", stdout=StringIO())
    written = [path for path in (tmp_path / "media").rglob("*") if path.is_file()]
    assert written == []


@pytest.mark.django_db
def test_running_it_again_leaves_one_file_per_image_and_rendition(
    settings, tmp_path, django_capture_on_commit_callbacks
):
    from wagtail.images import get_image_model

    from home.demo import content

    Image = get_image_model()
    Rendition = Image.get_rendition_model()
    settings.MEDIA_ROOT = tmp_path / "media"

    def load_and_render():
        # Callbacks run as on a real commit: Wagtail deletes rendition files then, load_demo replaced originals.
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo", stdout=StringIO())
            for image in Image.objects.all():
                image.get_rendition("fill-120x80")

    load_and_render()
    hero = Image.objects.get(title="Demo: hero")
    first_hash = hero.file_hash
    load_and_render()  # nothing changed: the same files
    # The hero picture is redrawn: the image keeps its row and gets a new file; the old one must go.
    with mock.patch.dict(content.PICTURES, {"hero": ("star", "#000000", "#ffffff")}):
        load_and_render()

    originals = [path for path in (tmp_path / "media" / "original_images").iterdir() if path.is_file()]
    renditions = [path for path in (tmp_path / "media" / "images").iterdir() if path.is_file()]
    assert len(originals) == Image.objects.count() == 16
    assert len(renditions) == Rendition.objects.count() == 16
    hero.refresh_from_db()
    assert hero.file_hash != first_hash
    assert {path.name for path in originals} == {Path(image.file.name).name for image in Image.objects.all()}
