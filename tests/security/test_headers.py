"""Every public response carries the security headers; the admin gets its own, looser policy."""

import pytest

from .conftest import PAGE_TYPES, search_url

LANGUAGES = ["pl", "en"]

STRICT_DIRECTIVES = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}


def directives(response):
    header = response["Content-Security-Policy"]
    parts = (part.strip().split(" ", 1) for part in header.split(";") if part.strip())
    return {name: value for name, value in parts}


def assert_public_security_headers(response):
    csp = directives(response)
    for name, value in STRICT_DIRECTIVES.items():
        assert csp.get(name) == value, f"{name}: {csp.get(name)!r}"
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "https://www.youtube-nocookie.com" in csp["frame-src"]
    assert "https://player.vimeo.com" in csp["frame-src"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_each_public_page_type_carries_the_strict_security_headers(client, site_pages, page_type, language):
    page = site_pages[language][page_type]
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    assert_public_security_headers(response)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_page_carries_the_strict_security_headers(client, site_pages, language):
    response = client.get(search_url(language, "wolontariat"))
    assert response.status_code == 200
    assert_public_security_headers(response)


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_carries_the_strict_security_headers(client, site_pages, language):
    response = client.get(f"/{language}/no-such-page-anywhere/")
    assert response.status_code == 404
    assert_public_security_headers(response)


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt", "/healthz"])
def test_site_wide_endpoints_carry_the_strict_policy(client, site_pages, path):
    response = client.get(path)
    assert response.status_code == 200
    assert_public_security_headers(response)


def test_admin_gets_the_looser_policy_wagtail_needs(admin_client):
    response = admin_client.get("/admin/")
    csp = directives(response)
    assert response.status_code == 200
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-inline'" in csp["style-src"]
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'self'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_admin_login_page_gets_the_admin_policy_not_none(client, db):
    response = client.get("/admin/login/")
    assert "'unsafe-inline'" in directives(response)["script-src"]
