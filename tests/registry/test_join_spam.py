"""Spam and abuse: honeypot, signed fill time, rate limit per client address, CSRF."""

import time
from unittest import mock

import pytest
from django.core.cache import caches
from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.html import escape

from core.client_ip import get_client_ip
from registry.join import spam
from registry.join.views import EXPIRED_MESSAGE, TOO_MANY_MESSAGE
from registry.models import Volunteer

from .join_helpers import application

JOIN_URL = "/pl/dolacz/"
THANK_YOU_URL = "/pl/dolacz/dziekujemy/"


def old_token(seconds_ago):
    with mock.patch("time.time", return_value=time.time() - seconds_ago):
        return spam.new_token()


def test_a_filled_honeypot_gets_the_thank_you_page_and_stores_nothing(client, join_page):
    response = client.post(JOIN_URL, application(**{spam.HONEYPOT_FIELD: "http://spam.example"}))
    assert response["Location"] == THANK_YOU_URL
    assert not Volunteer.objects.exists()


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, join_page):
    content = client.get(JOIN_URL).content.decode()
    assert '<div class="form__trap" aria-hidden="true">' in content
    assert f'name="{spam.HONEYPOT_FIELD}" value="" tabindex="-1" autocomplete="off"' in content


def test_a_form_sent_faster_than_a_person_can_type_is_dropped_quietly(client, join_page, settings):
    settings.REGISTRY_JOIN_MIN_SECONDS = 60
    response = client.post(JOIN_URL, application())
    assert response["Location"] == THANK_YOU_URL
    assert not Volunteer.objects.exists()


def test_a_form_sent_after_the_minimum_time_is_accepted(client, join_page, settings):
    settings.REGISTRY_JOIN_MIN_SECONDS = 3
    client.post(JOIN_URL, application(**{spam.TOKEN_FIELD: old_token(5)}))
    assert Volunteer.objects.count() == 1


@pytest.mark.parametrize("token", ["", "forged", "1700000000.000:abc:def"])
def test_a_missing_or_forged_timestamp_is_treated_as_a_bot(client, join_page, token):
    response = client.post(JOIN_URL, application(**{spam.TOKEN_FIELD: token}))
    assert response["Location"] == THANK_YOU_URL
    assert not Volunteer.objects.exists()


def test_a_form_left_open_too_long_asks_gently_to_send_it_again(client, join_page, settings):
    response = client.post(
        JOIN_URL, application(**{spam.TOKEN_FIELD: old_token(settings.REGISTRY_JOIN_MAX_SECONDS + 60)})
    )
    assert response.status_code == 200
    with translation.override("pl"):  # the Polish join page answers in Polish
        assert escape(str(EXPIRED_MESSAGE)) in response.content.decode()
    assert 'value="Zofia"' in response.content.decode()
    assert not Volunteer.objects.exists()


def test_posts_over_the_rate_limit_get_a_429_page(client, join_page, settings):
    settings.REGISTRY_JOIN_RATE = "2/600"
    statuses = [client.post(JOIN_URL, application(email=f"p{n}@example.org")).status_code for n in range(3)]
    assert statuses == [303, 303, 429]
    assert Volunteer.objects.count() == 2


def test_the_429_page_is_translated_and_explains_what_to_do(client, join_page, settings):
    settings.REGISTRY_JOIN_RATE = "0/600"
    response = client.post("/pl/dolacz/", application())
    assert response.status_code == 429
    assert '<html lang="pl">' in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= 600
    with translation.override("pl"):
        assert escape(str(TOO_MANY_MESSAGE)) in response.content.decode()


def test_a_post_refused_as_a_whole_is_not_headed_as_errors_to_correct(client, join_page, settings):
    # Seen in a browser: "Popraw błędy w formularzu:" above the rate-limit message, with nothing to correct.
    with translation.override("pl"):
        not_sent = escape(translation.gettext("Your application has not been sent:"))
        correct = escape(translation.gettext("Please correct the errors in the form:"))
    settings.REGISTRY_JOIN_RATE = "0/600"
    content = client.post(JOIN_URL, application()).content.decode()
    assert not_sent in content and correct not in content
    settings.REGISTRY_JOIN_RATE = "40/600"
    content = client.post(JOIN_URL, application(email="zle@")).content.decode()
    assert correct in content and not_sent not in content


def test_a_post_refused_by_the_rate_limit_keeps_every_answer(client, join_page, settings):
    settings.REGISTRY_JOIN_RATE = "1/600"
    client.post(JOIN_URL, application(email="first@example.org"))
    response = client.post(
        JOIN_URL, application(email="second@example.org", first_name="Łucja", message="Chętnie pomogę.")
    )
    content = response.content.decode()
    assert response.status_code == 429
    for kept in ('value="Łucja"', 'value="second@example.org"', "Chętnie pomogę.", 'value="Kielce"'):
        assert kept in content
    assert Volunteer.objects.count() == 1


def test_posts_with_errors_do_not_count_towards_the_limit(client, join_page, settings):
    settings.REGISTRY_JOIN_RATE = "1/600"
    for _ in range(5):
        assert client.post(JOIN_URL, application(email="not-an-address")).status_code == 200
    assert client.post(JOIN_URL, application()).status_code == 303
    assert Volunteer.objects.count() == 1


def test_posts_refused_by_the_limit_do_not_count_towards_it(client, join_page, settings):
    settings.REGISTRY_JOIN_RATE = "1/600"
    client.post(JOIN_URL, application(email="p0@example.org"))
    refused = [client.post(JOIN_URL, application(email=f"p{n}@example.org")).status_code for n in (1, 2, 3)]
    assert refused == [429, 429, 429]
    # Only the one accepted application was counted: with room for two, the next one goes through.
    settings.REGISTRY_JOIN_RATE = "2/600"
    assert client.post(JOIN_URL, application(email="p4@example.org")).status_code == 303


def test_bot_like_posts_count_towards_the_limit(client, join_page, settings):
    settings.REGISTRY_JOIN_RATE = "2/600"
    client.post(JOIN_URL, application(**{spam.HONEYPOT_FIELD: "http://spam.example"}))
    client.post(JOIN_URL, application(**{spam.TOKEN_FIELD: "forged"}))
    assert client.post(JOIN_URL, application()).status_code == 429


def test_a_school_class_can_apply_from_one_address_with_the_default_limit(join_page, settings):
    # One network address for a whole class of 34 (the largest Polish secondary-school classes) plus staff.
    from website.settings import base

    settings.REGISTRY_JOIN_RATE = base.REGISTRY_JOIN_RATE
    school = Client(REMOTE_ADDR="203.0.113.50")
    statuses = {school.post(JOIN_URL, application(email=f"uczen{n}@example.org")).status_code for n in range(36)}
    assert statuses == {303}


def test_the_rate_limit_counts_each_address_separately(join_page, settings):
    settings.REGISTRY_JOIN_RATE = "1/600"
    first = Client(REMOTE_ADDR="203.0.113.1").post(JOIN_URL, application(email="a@example.org"))
    second = Client(REMOTE_ADDR="203.0.113.2").post(JOIN_URL, application(email="b@example.org"))
    again = Client(REMOTE_ADDR="203.0.113.1").post(JOIN_URL, application(email="c@example.org"))
    assert (first.status_code, second.status_code, again.status_code) == (303, 303, 429)


def test_x_forwarded_for_is_ignored_unless_the_request_comes_from_a_trusted_proxy(join_page, settings):
    settings.REGISTRY_JOIN_RATE = "1/600"
    client = Client(REMOTE_ADDR="203.0.113.9")
    client.post(JOIN_URL, application(email="a@example.org"), HTTP_X_FORWARDED_FOR="198.51.100.1")
    forged = client.post(JOIN_URL, application(email="b@example.org"), HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert forged.status_code == 429


def test_x_forwarded_for_from_a_trusted_proxy_names_the_client(join_page, settings):
    settings.REGISTRY_JOIN_RATE = "1/600"
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    proxy = Client(REMOTE_ADDR="10.0.0.5")
    first = proxy.post(JOIN_URL, application(email="a@example.org"), HTTP_X_FORWARDED_FOR="198.51.100.1")
    other = proxy.post(JOIN_URL, application(email="b@example.org"), HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert (first.status_code, other.status_code) == (303, 303)


def request_from(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


def test_the_client_address_is_the_right_most_untrusted_forwarded_entry(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "192.0.2.7"]
    request = request_from("10.0.0.5", "1.2.3.4, 198.51.100.1, 192.0.2.7")
    assert get_client_ip(request) == "198.51.100.1"


def test_a_forwarded_header_is_not_believed_from_an_untrusted_sender(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert get_client_ip(request_from("203.0.113.9", "1.2.3.4")) == "203.0.113.9"


def test_a_broken_cache_lets_the_visitor_through(client, join_page, settings):
    settings.REGISTRY_JOIN_RATE = "1/600"
    # The counters' own cache alias (registry/join/ratelimit.py), apart from the page cache.
    with mock.patch.object(caches["ratelimit"], "add", side_effect=ConnectionError("cache down")):
        statuses = [client.post(JOIN_URL, application(email=f"p{n}@example.org")).status_code for n in range(3)]
    assert statuses == [303, 303, 303]


def test_a_missing_csrf_token_gets_a_friendly_page_with_a_way_back(join_page):
    response = Client(enforce_csrf_checks=True).post(JOIN_URL, application())
    content = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="pl">' in content
    assert f'href="{JOIN_URL}"' in content
    assert not Volunteer.objects.exists()


def test_the_form_carries_a_csrf_token(join_page):
    client = Client(enforce_csrf_checks=True)
    content = client.get(JOIN_URL).content.decode()
    assert 'name="csrfmiddlewaretoken"' in content
