"""Images are fetched only from the export's own site (or hosts given), never from internal addresses."""

import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import translation
from wagtail.images import get_image_model

from wordpress_import import fetch
from wordpress_import.models import ImportedImage

from .conftest import export_variant, image_bytes, run_import, write_file

pytestmark = pytest.mark.django_db

UPLOAD_PATH = "/wp-content/uploads/2016/06/sala.jpg"


@pytest.fixture(autouse=True)
def english():
    """The report's wording is checked in English (the site's default language is Polish)."""
    with translation.override("en"):
        yield


@pytest.fixture
def served_export(tmp_path, old_site):
    return export_variant(tmp_path, **{"http://stary.example.org": old_site.url})


class Redirecting(BaseHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def do_GET(self):
        self.server.requested.append(self.path)
        self.send_response(302)
        self.send_header("Location", self.server.target)
        self.end_headers()


@pytest.fixture
def server_factory():
    servers = []

    def start(host, handler, **attributes):
        server = ThreadingHTTPServer((host, 0), handler)
        server.requested = []
        for name, value in attributes.items():
            setattr(server, name, value)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server, f"http://{host}:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.0.0.5", "172.16.3.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",  # noqa: S104
        "224.0.0.251", "240.0.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "ff02::1",
    ],
)  # fmt: skip
def test_internal_addresses_are_refused(address):
    assert not fetch.is_public(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"])
def test_public_addresses_are_allowed(address):
    assert fetch.is_public(address)


def test_a_name_is_checked_on_every_address_it_resolves_to(monkeypatch):
    answers = [(2, 1, 6, "", ("93.184.216.34", 80)), (2, 1, 6, "", ("10.0.0.5", 80))]
    monkeypatch.setattr(fetch.socket, "getaddrinfo", lambda *args, **kwargs: answers)
    with pytest.raises(fetch.FetchFailed):
        fetch.checked_address("old.example.org", 80)


class TestImport:
    def test_the_old_site_on_a_loopback_address_is_not_fetched(self, site, old_site, served_export, settings):
        settings.WORDPRESS_IMPORT_ALLOWED_NETWORKS = []
        write_file(old_site.root / UPLOAD_PATH.lstrip("/"), image_bytes())
        result = run_import(served_export)
        assert old_site.requested == []
        assert get_image_model().objects.count() == 0
        assert "sala.jpg (could not fetch)" in result.err

    def test_every_failure_reads_the_same(self, site, old_site, served_export, tmp_path, settings):
        # A missing file, a closed port and a refused address must not be told apart: that would map the network.
        closed = export_variant(
            tmp_path, name="closed.xml", source=served_export, **{old_site.url: "http://127.0.0.1:9"}
        )
        reasons = set()
        for export in (served_export, closed):
            err = run_import(export).err
            reasons |= {line.split("(", 1)[1].split(")", 1)[0] for line in err.splitlines() if "sala.jpg (" in line}
        settings.WORDPRESS_IMPORT_ALLOWED_NETWORKS = []
        err = run_import(served_export).err
        reasons |= {line.split("(", 1)[1].split(")", 1)[0] for line in err.splitlines() if "sala.jpg (" in line}
        assert reasons == {"could not fetch"}

    def test_an_attachment_on_another_host_is_not_fetched(self, site, old_site, served_export, tmp_path):
        # The export names its attachments' addresses: that does not make their hosts the old site.
        other = old_site.url.replace("127.0.0.1", "localhost")
        attachment = f"{old_site.url}{UPLOAD_PATH}"
        export = export_variant(tmp_path, name="other.xml", source=served_export, **{attachment: other + UPLOAD_PATH})
        write_file(old_site.root / UPLOAD_PATH.lstrip("/"), image_bytes())
        result = run_import(export)
        assert UPLOAD_PATH not in old_site.requested
        assert "could not fetch" in result.err

    def test_hosts_given_on_the_command_line_are_fetched_from(self, site, old_site, served_export, tmp_path):
        other = old_site.url.replace("127.0.0.1", "localhost")
        attachment = f"{old_site.url}{UPLOAD_PATH}"
        export = export_variant(tmp_path, name="other.xml", source=served_export, **{attachment: other + UPLOAD_PATH})
        write_file(old_site.root / UPLOAD_PATH.lstrip("/"), image_bytes())
        run_import(export, fetch_host=["localhost"])
        assert UPLOAD_PATH in old_site.requested
        assert ImportedImage.objects.filter(source_url=other + UPLOAD_PATH).exists()

    def test_a_redirect_to_a_refused_address_is_not_followed(self, site, served_export, server_factory, old_site):
        # The old site is allowed (127.0.0.1); it redirects to 127.0.0.2, a host allowed by name but not by network.
        inner, inner_url = server_factory("127.0.0.2", partial(Redirecting))
        inner.target = "http://example.org/"
        redirector, redirector_url = server_factory("127.0.0.1", Redirecting, target=f"{inner_url}/secret")
        export = export_variant(
            served_export.parent, name="redirect.xml", source=served_export, **{old_site.url: redirector_url}
        )
        result = run_import(export, fetch_host=["127.0.0.2"])
        assert UPLOAD_PATH in redirector.requested
        assert inner.requested == []
        assert "could not fetch" in result.err

    def test_a_redirect_within_the_old_site_is_followed(self, site, served_export, server_factory, old_site):
        write_file(old_site.root / "moved.jpg", image_bytes())
        redirector, redirector_url = server_factory("127.0.0.1", Redirecting, target=f"{old_site.url}/moved.jpg")
        export = export_variant(
            served_export.parent, name="redirect.xml", source=served_export, **{old_site.url: redirector_url}
        )
        run_import(export, fetch_host=["127.0.0.1"])
        assert "/moved.jpg" in old_site.requested
        assert ImportedImage.objects.filter(source_url=redirector_url + UPLOAD_PATH).exists()
