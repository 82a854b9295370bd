"""Bad input on the join form: a clear error next to the field, everything typed kept, nothing stored."""

import datetime
import re

import pytest
from django.utils import timezone

from registry.models import Volunteer

from .join_helpers import application

JOIN_URL = "/pl/dolacz/"


def post(client, **overrides):
    return client.post(JOIN_URL, application(**overrides))


def field_errors(response, name):
    return response.context["form"].errors.get(name, [])


def years_ago(years, days=0):
    today = timezone.localdate()
    try:
        anniversary = today.replace(year=today.year - years)
    except ValueError:  # today is 29 February and that year had none: the 28th is the same age
        anniversary = today.replace(year=today.year - years, day=28)
    return (anniversary - datetime.timedelta(days=days)).isoformat()


def test_a_missing_consent_stores_nothing_and_says_why(client, join_page):
    response = post(client, consent_processing=None)
    assert response.status_code == 200
    assert field_errors(response, "consent_processing")
    assert not Volunteer.objects.exists()


def test_an_invalid_email_is_reported_next_to_the_email_field(client, join_page):
    response = post(client, email="zofia@@example")
    assert field_errors(response, "email")
    assert not Volunteer.objects.exists()


def test_an_invalid_phone_number_is_reported_next_to_the_phone_field(client, join_page):
    response = post(client, phone="12")
    assert field_errors(response, "phone")
    assert not Volunteer.objects.exists()


def test_an_applicant_under_the_minimum_age_is_refused(client, join_page):
    response = post(client, date_of_birth=years_ago(18, days=-1))
    assert field_errors(response, "date_of_birth")
    assert not Volunteer.objects.exists()


def test_an_applicant_who_turns_the_minimum_age_today_is_accepted(client, join_page):
    post(client, date_of_birth=years_ago(18))
    assert Volunteer.objects.count() == 1


def test_the_minimum_age_comes_from_settings(client, join_page, settings):
    settings.REGISTRY_MIN_AGE = 21
    response = post(client, date_of_birth=years_ago(20))
    assert field_errors(response, "date_of_birth")


def test_a_date_of_birth_in_the_future_is_refused(client, join_page):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = post(client, date_of_birth=tomorrow)
    assert field_errors(response, "date_of_birth")
    assert not Volunteer.objects.exists()


def test_an_absurd_age_is_refused(client, join_page):
    response = post(client, date_of_birth="1850-01-01")
    assert field_errors(response, "date_of_birth")


def test_a_message_over_the_length_limit_is_refused(client, join_page):
    response = post(client, message="a" * 2001)
    assert field_errors(response, "message")
    assert not Volunteer.objects.exists()


def test_everything_typed_is_kept_when_the_form_comes_back(client, join_page):
    response = post(client, email="not-an-email", city="Zielona Góra", message="Mam prawo jazdy.")
    content = response.content.decode()
    assert 'value="Zofia"' in content
    assert 'value="Wąsowska-O&#x27;Neill"' in content
    assert 'value="not-an-email"' in content
    assert 'value="Zielona Góra"' in content
    assert 'value="601 234 567"' in content
    assert "Mam prawo jazdy.</textarea>" in content


def test_an_error_is_linked_to_its_field_for_assistive_technology(client, join_page):
    content = post(client, email="not-an-email").content.decode()
    email_input = re.search(r"<input[^>]*name=\"email\"[^>]*>", content).group(0)
    assert 'aria-invalid="true"' in email_input
    assert 'aria-describedby="id_email_error"' in email_input
    assert 'id="id_email_error"' in content


def test_an_error_summary_at_the_top_links_to_each_field(client, join_page):
    content = post(client, email="not-an-email", consent_processing=None).content.decode()
    summary = re.search(r'<div class="error-summary" role="alert".*?</div>', content, re.S).group(0)
    assert 'href="#id_email"' in summary
    assert 'href="#id_consent_processing"' in summary


def test_errors_are_shown_in_the_visitors_language(client, join_page, english_join_page):
    english = client.post("/en/join/", application(consent_processing=None))
    assert "We can only accept your application with this consent." in english.content.decode()


@pytest.mark.parametrize(
    ("first_name", "last_name", "city"),
    [
        ("Łucja", "Żółkiewska-Gęś", "Łódź"),
        ("Anne-Marie", "O'Connor", "Bielsko-Biała"),
        ("Jan Maria", "d'Artagnan", "Nowy Dwór Mazowiecki"),
    ],
)
def test_real_names_keep_their_letters_hyphens_apostrophes_and_spaces(client, join_page, first_name, last_name, city):
    post(client, first_name=first_name, last_name=last_name, city=city)
    volunteer = Volunteer.objects.get()
    assert (volunteer.first_name, volunteer.last_name, volunteer.city) == (first_name, last_name, city)


def test_surrounding_whitespace_is_trimmed(client, join_page):
    post(client, first_name="  Zofia \t", city=" Kielce ")
    volunteer = Volunteer.objects.get()
    assert (volunteer.first_name, volunteer.city) == ("Zofia", "Kielce")


@pytest.mark.parametrize(
    "hostile",
    [
        "Zofia\u202egnp.exe",  # right-to-left override
        "Zofia\u2066x\u2069",  # bidi isolates
        "Zofia\x00",  # null byte
        "Zo\x07fia",  # bell: a control character
        "Zofia\nNowak",  # a newline inside a name
    ],
)
@pytest.mark.parametrize("field", ["first_name", "last_name", "city"])
def test_control_and_bidi_override_characters_are_refused_without_a_server_error(client, join_page, field, hostile):
    response = post(client, **{field: hostile})
    assert response.status_code == 200
    assert field_errors(response, field)
    assert not Volunteer.objects.exists()


def test_a_null_byte_in_the_message_is_refused(client, join_page):
    response = post(client, message="Hello\x00world")
    assert field_errors(response, "message")


def test_a_message_keeps_its_line_breaks(client, join_page):
    post(client, message="Pierwsza linia.\r\nDruga linia.")
    assert Volunteer.objects.get().message == "Pierwsza linia.\nDruga linia."


@pytest.mark.parametrize("field", ["first_name", "last_name", "city"])
def test_a_five_thousand_character_name_gets_an_error_not_a_server_error(client, join_page, field):
    response = post(client, **{field: "A" * 5000})
    assert response.status_code == 200
    assert field_errors(response, field)
    assert not Volunteer.objects.exists()


def test_a_very_long_email_or_phone_gets_an_error(client, join_page):
    response = post(client, email="a" * 5000 + "@example.org", phone="6" * 5000)
    assert field_errors(response, "email")
    assert field_errors(response, "phone")


def test_markup_in_the_message_is_stored_as_plain_text(client, join_page):
    response = post(client, message="<b>hi</b>")
    assert response.status_code == 303
    assert Volunteer.objects.get().message == "<b>hi</b>"


@pytest.mark.parametrize(
    "name",
    [
        "<script>alert(1)</script>",
        "Zofia https://example.org/pay",
        "www.example.org",
        "Zofia (kliknij)",
        "Zofia2",
        "Zofia.",
        "-Zofia",
        "Zofia'",
        "Zofia_Nowak",
        "Zofia@example",
    ],
)
@pytest.mark.parametrize("field", ["first_name", "last_name"])
def test_a_name_holds_only_letters_spaces_hyphens_and_apostrophes(client, join_page, field, name):
    response = post(client, **{field: name})
    assert response.status_code == 200
    assert field_errors(response, field)
    assert not Volunteer.objects.exists()


@pytest.mark.parametrize(
    ("first_name", "last_name"),
    [("Øystein", "Ødegård"), ("Алёна", "Шевченко"), ("Ζωή", "Παπαδοπούλου"), ("सीता", "शर्मा"), ("Ngozi", "O’Neill")],
)
def test_names_in_any_script_are_accepted(client, join_page, first_name, last_name):
    assert post(client, first_name=first_name, last_name=last_name).status_code == 303
    volunteer = Volunteer.objects.get()
    assert (volunteer.first_name, volunteer.last_name) == (first_name, last_name)


def test_runs_of_spaces_inside_a_name_become_one(client, join_page):
    post(client, first_name="Jan   Maria")
    assert Volunteer.objects.get().first_name == "Jan Maria"


def test_a_name_longer_than_sixty_characters_is_refused(client, join_page):
    assert field_errors(post(client, last_name="A" * 61), "last_name")
    assert post(client, last_name="A" * 60).status_code == 303


def test_markup_typed_into_the_form_comes_back_escaped(client, join_page):
    content = post(client, message="<script>alert(1)</script>", email="bad").content.decode()
    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_sql_like_input_is_just_text(client, join_page):
    post(client, message="Robert'); DROP TABLE registry_volunteer;--")
    assert Volunteer.objects.get().message == "Robert'); DROP TABLE registry_volunteer;--"


def test_a_name_without_any_letter_is_refused(client, join_page):
    response = post(client, first_name="---")
    assert field_errors(response, "first_name")
