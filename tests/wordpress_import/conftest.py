"""A small two-language site to import into, the command, and a stand-in for the old WordPress site."""

import io
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.models import Locale, Page, Revision, Site

from tests.news.factories import NewsIndexPageFactory
from tests.site_tree import publish, published, translate

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
SAMPLES = HERE / "samples"
POLISH_EXPORT = FIXTURES / "polish-export.xml"
ENGLISH_EXPORT = FIXTURES / "english-export.xml"
OLD_SITE = "http://stary.example.org"


@pytest.fixture
def site(db):
    """Polish home and news index (from the migrations' home page), with their English translations."""
    polish = Locale.objects.get(language_code="pl")
    english = Locale.objects.get(language_code="en")
    home = publish(Site.objects.get(is_default_site=True).root_page.specific)
    news = published(NewsIndexPageFactory, home, title="Aktualności", slug="aktualnosci", intro="")
    home_en = translate(home, english, title="Civic Volunteering")
    news_en = translate(news, english, title="News", slug="news")
    return SimpleNamespace(polish=polish, english=english, home=home, news=news, home_en=home_en, news_en=news_en)


def run_import(*args, **options):
    """The command as a user runs it; its output (stdout, stderr) to look at."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_wordpress", *map(str, args), stdout=out, stderr=err, **options)
    return SimpleNamespace(out=out.getvalue(), err=err.getvalue())


def database_state():
    """Everything an import could change: row counts of every model, and the newest revision."""
    counts = {model._meta.label: model._default_manager.count() for model in apps.get_models()}
    revisions = list(Revision.objects.order_by("pk").values_list("pk", "object_id"))
    pages = list(Page.objects.order_by("pk").values_list("pk", "live", "latest_revision_id", "slug", "title"))
    return {"counts": counts, "revisions": revisions, "pages": pages}


def image_bytes(image_format="JPEG", size=(64, 48)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 80, 40)).save(buffer, format=image_format)
    return buffer.getvalue()


def write_file(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def uploads(tmp_path):
    """A local copy of wp-content/uploads holding the one attachment of the Polish export."""
    folder = tmp_path / "uploads"
    write_file(folder / "2016" / "06" / "sala.jpg", image_bytes())
    return folder


def export_variant(tmp_path, name="export.xml", source=POLISH_EXPORT, **replacements):
    """A copy of a fixture export with some text replaced (a changed post, another site address...)."""
    text = source.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


class OldSiteHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def do_GET(self):
        self.server.requested.append(self.path)
        super().do_GET()


@pytest.fixture
def old_site(tmp_path, settings):
    """The old WordPress site, serving its uploads over HTTP on 127.0.0.1 (no internet needed).

    Loopback is refused to the import unless allowed, as an intranet site's network would be.
    """
    settings.WORDPRESS_IMPORT_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    root = tmp_path / "old-site"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(OldSiteHandler, directory=str(root)))
    server.requested = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield SimpleNamespace(root=root, url=url, requested=server.requested)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
