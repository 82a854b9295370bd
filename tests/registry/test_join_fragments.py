"""The join form's empty fields are kept as a fragment; answers, errors and per-visitor tokens never are."""

import re

from registry.join import spam
from registry.models import Area

from .join_helpers import application

JOIN_URL = "/pl/dolacz/"


def start_token(content):
    return re.search(rf'name="{spam.TOKEN_FIELD}" value="([^"]+)"', content).group(1)


def test_a_form_sent_back_with_errors_is_not_shown_to_the_next_visitor(client, join_page):
    client.get(JOIN_URL)
    refused = client.post(JOIN_URL, application(first_name="Bożydar", email="not-an-address"))
    assert "Bożydar" in refused.content.decode()
    assert "error-summary" in refused.content.decode()
    fresh = client.get(JOIN_URL).content.decode()
    assert "Bożydar" not in fresh
    assert "error-summary" not in fresh
    assert "field--error" not in fresh


def test_every_visitor_gets_a_start_time_and_security_token_of_their_own(client, join_page, settings):
    settings.CSRF_USE_SESSIONS = False
    first = client.get(JOIN_URL).content.decode()
    client.cookies.clear()
    second = client.get(JOIN_URL).content.decode()
    assert spam.token_is_valid(start_token(first)) and spam.token_is_valid(start_token(second))
    tokens = [re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1) for page in (first, second)]
    assert tokens[0] != tokens[1]


def test_a_new_area_is_offered_at_once(client, join_page, areas):
    assert "Ratownictwo górskie" not in client.get(JOIN_URL).content.decode()
    Area.objects.create(locale=areas.water.locale, name="Ratownictwo górskie", slug="test-mountains")
    assert "Ratownictwo górskie" in client.get(JOIN_URL).content.decode()


def test_a_changed_intro_shows_at_once(client, join_page):
    client.get(JOIN_URL)
    join_page.intro = "<p>Nowe zaproszenie.</p>"
    join_page.save_revision().publish()
    assert "Nowe zaproszenie." in client.get(JOIN_URL).content.decode()
