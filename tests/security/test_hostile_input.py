"""Hostile values in every public query parameter and every field of the public forms.

Never a server error, nothing stored from an invalid submission, nothing echoed unescaped.
Run with -s to see the corpus size printed.
"""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from registry.join import spam
from registry.join.forms import JoinForm
from registry.join.views import CONSENT_SHOWN_FIELD
from registry.models import Volunteer

from .html_forms import field_names, form_data
from .join import valid_application

SCRIPT = '<script>alert("qx-hostile")</script>'
# Strings that must never reach a response as they were sent (escaped copies are fine). Template syntax
# echoed as text is harmless; what must never appear is its output, such as {% debug %}'s context dump.
RAW_MARKERS = ["<script>alert(", "<img src=x onerror", "<svg onload", "'True': True, 'False': False"]
HOSTILE = [
    # Markup and script
    SCRIPT,
    f'"><{SCRIPT[1:]}',
    "'><img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "javascript:alert(1)",
    "</textarea></title><script>alert(1)</script>",
    # Template syntax (Django and others)
    "{{ 7|add:7 }}",
    "{% debug %}",
    "{% load log %}{% get_admin_log 10 as log %}",
    "${7*7}",
    "#{7*7}",
    # SQL-like
    "' OR '1'='1",
    "'; DROP TABLE registry_volunteer; --",
    "1 UNION SELECT username, password FROM auth_user",
    "%' AND 1=1 --",
    "\\",
    # Overlong and odd numbers
    "A" * 10_000,
    "ą" * 10_000,
    "-1",
    "0",
    "99999999999999999999999999",
    "1e309",
    "NaN",
    "2026-02-30",
    # Control characters, NUL, direction overrides
    "\x00",
    "abc\x00def",
    "\x1b[31mred",
    "line\r\nX-Injected: 1",
    "\u202eexe.txt",
    "\u2066isolate\u2069",
    "\ufeffbom",
    "zero\u200bwidth",
    # Unicode normalisation oddities
    "ｓｃｒｉｐｔ",
    "K\u0301raków",
    "ﬁle",
    "A\u030a",
    "\U0001d54f",
    # Paths and URLs
    "../../../../etc/passwd",
    "//evil.example.com/",
    "https://evil.example.com/",
]
CORPUS_ID = f"corpus{len(HOSTILE)}"

# URL paths and query strings with invalid UTF-8, sent as raw percent-escapes.
RAW_ESCAPES = ["%ff%fe", "%c0%af", "%ed%a0%80", "%00", "%e2%80%ae", "%3Cscript%3Ealert(1)%3C/script%3E"]


def test_the_corpus_size_is_printed():
    print(f"\nhostile corpus: {len(HOSTILE)} values, {len(RAW_ESCAPES)} raw URL escapes")
    assert len(HOSTILE) >= 30, f"corpus has {len(HOSTILE)} values"


def body(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8", "replace")


def problems_with(response, label):
    """What is wrong with a response to hostile input, as readable strings (empty when all is well)."""
    found = []
    if response.status_code >= 500:
        found.append(f"{label}: HTTP {response.status_code}")
    text = body(response)
    found.extend(f"{label}: raw {marker!r} echoed" for marker in RAW_MARKERS if marker in text)
    return found


def public_get_targets(site_pages, language):
    """(path, parameter names) of every public page that reads its query string."""
    with translation.override(language):
        search = reverse("search")
    news_index = site_pages[language]["NewsIndexPage"].url
    return [(search, ["q", "page"]), (news_index, ["year", "category", "tag", "page"])]


@pytest.mark.parametrize("language", ["pl", "en"])
@pytest.mark.parametrize("corpus", [CORPUS_ID])
def test_hostile_values_in_every_public_query_parameter(client, site_pages, language, corpus):
    problems = []
    sent = 0
    for path, parameters in public_get_targets(site_pages, language):
        for parameter in parameters:
            for value in HOSTILE:
                problems += problems_with(client.get(path, {parameter: value}), f"{path}?{parameter}={value[:40]!r}")
                sent += 1
            for escape in RAW_ESCAPES:
                problems += problems_with(client.get(f"{path}?{parameter}={escape}"), f"{path}?{parameter}={escape}")
                sent += 1
    assert sent >= len(HOSTILE) * 6
    assert not problems, f"{len(problems)} of {sent} requests went wrong:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize("language", ["pl", "en"])
def test_invalid_utf8_and_markup_in_the_url_path_never_break_a_page(client, site_pages, language):
    problems = []
    for escape in RAW_ESCAPES:
        for path in [f"/{language}/{escape}/", f"{site_pages[language]['NewsIndexPage'].url}{escape}/"]:
            problems += problems_with(client.get(path), path)
    assert not problems, problems


def test_hostile_language_switch_requests_never_break_or_redirect_away(client, db):
    problems = []
    for value in HOSTILE:
        response = client.post("/i18n/setlang/", {"language": value, "next": value})
        problems += problems_with(response, f"setlang {value[:40]!r}")
        if response.status_code == 302 and "evil.example.com" in response["Location"]:
            problems.append(f"setlang redirected away to {response['Location']}")
    assert not problems, problems


def expected_to_be_stored(data, page):
    """What the join view should do with this POST: store it only if the form and the spam checks accept it,
    and it names the information clause the page shows."""
    if spam.check(data) is not spam.Verdict.OK:
        return False
    if data.get(CONSENT_SHOWN_FIELD, page.consent_fingerprint()) != page.consent_fingerprint():
        return False
    return JoinForm(data, locale=Locale.get_default()).is_valid()


@pytest.mark.parametrize("corpus", [CORPUS_ID])
def test_hostile_values_in_every_join_form_field(client, site_pages, open_join_form, corpus):
    page = site_pages["pl"]["JoinPage"]
    page_html = client.get(page.url).content.decode()
    fields = [name for name in field_names(page_html) if name != "csrfmiddlewaretoken"]
    assert {"first_name", "last_name", "email", "phone", "message"} <= set(fields), fields
    problems = []
    sent = 0
    for field in fields:
        for n, value in enumerate(HOSTILE):
            data = {key: values[0] for key, values in form_data(page_html).items()}
            data.update(valid_application(email=f"hostile-{field}-{n}@example.org"))
            data[field] = value
            before = Volunteer.objects.count()
            should_store = expected_to_be_stored(data, page.specific)
            response = client.post(page.url, data)
            sent += 1
            label = f"join {field}={value[:40]!r}"
            problems += problems_with(response, label)
            stored = Volunteer.objects.count() - before
            if stored != (1 if should_store else 0):
                problems.append(f"{label}: {stored} records stored (expected {int(should_store)})")
    print(f"\njoin form: {len(fields)} fields x {len(HOSTILE)} hostile values = {sent} submissions")
    assert not problems, f"{len(problems)} of {sent} submissions went wrong:\n" + "\n".join(problems[:40])


def test_a_refused_submission_shows_the_typed_markup_escaped(client, site_pages, open_join_form):
    page = site_pages["pl"]["JoinPage"]
    data = {key: values[0] for key, values in form_data(client.get(page.url).content.decode()).items()}
    data.update(valid_application(first_name=SCRIPT, email="not-an-email"))
    response = client.post(page.url, data)
    assert response.status_code == 200
    assert "&lt;script&gt;alert(&quot;qx-hostile&quot;)&lt;/script&gt;" in body(response)
    assert SCRIPT not in body(response)
