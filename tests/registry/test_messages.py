"""Messages to the volunteers of a filtered list (registry/messages/): who gets them, the confirmation step,
the languages, exactly once, and the log."""

import uuid

import pytest
from django.urls import reverse
from django.utils import translation

from outbox.models import Email
from registry.models import MessageLog, Volunteer
from tests.registry.factories import VolunteerFactory

from .message_helpers import COMPOSE_URL, message_data, preview_then_send

pytestmark = pytest.mark.django_db

LIST_URL = reverse("wagtailsnippets_registry_volunteer:list")


@pytest.fixture(autouse=True)
def coordinators_address(settings):
    settings.REGISTRY_COORDINATORS_EMAIL = "koordynatorzy@example.org"


def compose_url(water):
    return f"{COMPOSE_URL}?status=active&area={water.pk}&city=Kielce"


def test_the_listing_button_carries_the_filters_but_not_the_page_or_sorting(sender_client, water):
    response = sender_client.get(LIST_URL, {"status": "active", "city": "Kielce", "p": "2", "ordering": "city"})
    assert f'href="{COMPOSE_URL}?status=active&amp;city=Kielce"' in response.text


def test_the_button_is_not_offered_while_searching(sender_client):
    """A message goes to a filtered list; a button that dropped the search would write to more people."""
    assert COMPOSE_URL in sender_client.get(LIST_URL, {"status": "active"}).text
    assert COMPOSE_URL not in sender_client.get(LIST_URL, {"status": "active", "q": "Kowalska"}).text


def test_the_button_and_the_compose_view_need_the_permission(coordinator_client):
    assert COMPOSE_URL not in coordinator_client.get(LIST_URL).text
    assert coordinator_client.get(COMPOSE_URL).status_code == 403
    response = coordinator_client.post(COMPOSE_URL, {**message_data(), "action": "send"})
    assert response.status_code == 403
    assert not Email.objects.exists()


def test_the_count_before_sending_leaves_out_who_may_not_be_written_to(sender_client, kielce_water_volunteers, water):
    response = sender_client.get(compose_url(water))
    assert "The message will go to 3 people." in response.text
    # On the list but not reached: the unsubscribed and the anonymised person.
    assert "2 people on this list will not receive it" in response.text
    assert "Status: Active; Area of interest: Bezpieczna woda; City: Kielce" in response.text


def test_the_preview_fills_the_placeholders_and_sends_nothing(sender_client, kielce_water_volunteers, water):
    response = sender_client.post(compose_url(water), {**message_data(), "action": "preview"})
    assert response.status_code == 200
    assert "Water season – Civic Volunteering" in response.text
    assert "Your status: Active. Questions: koordynatorzy@example.org" in response.text
    assert "Send to 3 people" in response.text
    assert not Email.objects.exists() and not MessageLog.objects.exists()


def test_sending_reaches_exactly_the_consenting_people_of_the_filter_each_in_their_language(
    sender_client, kielce_water_volunteers, water, mailoutbox, django_capture_on_commit_callbacks
):
    reached, left_out = kielce_water_volunteers
    with django_capture_on_commit_callbacks(execute=True):
        response, _data = preview_then_send(sender_client, compose_url(water), message_data())
    assert response.status_code == 302
    by_address = {message.to[0]: message for message in mailoutbox}
    assert set(by_address) == {person.email for person in reached}
    polish, english, no_preference = (by_address[person.email] for person in reached)
    assert polish.subject == "Sezon nad wodą – Wolontariat Obywatelski"
    assert "Twój status: Aktywny udział" in polish.body
    assert english.subject == "Water season – Civic Volunteering"
    assert no_preference.subject == polish.subject  # no preference: the site's language
    for person in reached:
        message = by_address[person.email]
        with translation.override(person.preferred_language or "pl"):
            unsubscribe_page = reverse("registry_messages_unsubscribe", args=["x"]).removesuffix("x/")
        assert unsubscribe_page in message.body
        assert message.extra_headers["List-Unsubscribe"].startswith("<http://testserver/")
        assert person.first_name not in message.body and person.last_name not in message.body
        assert message.reply_to == ["koordynatorzy@example.org"]


def test_a_double_click_or_resent_form_sends_nothing_twice(
    sender_client, kielce_water_volunteers, water, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _response, confirmed = preview_then_send(sender_client, compose_url(water), message_data())
        again = sender_client.post(compose_url(water), {**confirmed, "action": "send"}, follow=True)
    assert len(mailoutbox) == 3
    assert Email.objects.filter(kind="volunteers.message").count() == 3
    assert MessageLog.objects.count() == 1
    assert "already sent" in again.text


def test_each_e_mail_has_a_key_per_message_and_person(sender_client, kielce_water_volunteers, water):
    token = uuid.uuid4()
    preview_then_send(sender_client, compose_url(water), message_data(token=token))
    reached, _left_out = kielce_water_volunteers
    keys = set(Email.objects.values_list("key", flat=True))
    assert keys == {f"volunteers.message:{token}:{person.pk}" for person in reached}


def test_sending_without_the_confirmation_step_only_shows_the_preview(sender_client, kielce_water_volunteers, water):
    response = sender_client.post(compose_url(water), {**message_data(), "action": "send"})
    assert response.status_code == 200
    assert "Send to 3 people" in response.text
    assert not Email.objects.exists()


def test_a_message_changed_after_the_preview_is_not_sent_until_previewed_again(
    sender_client, kielce_water_volunteers, water
):
    data = message_data()
    preview = sender_client.post(compose_url(water), {**data, "action": "preview"})
    form = preview.context["form"]
    changed = {
        **data,
        "text_pl": "Inny tekst",
        "confirmed_count": form["confirmed_count"].value(),
        "previewed": form["previewed"].value(),
        "action": "send",
    }
    response = sender_client.post(compose_url(water), changed)
    assert "changed since the preview" in response.text
    assert not Email.objects.exists()


def test_a_list_that_changed_after_the_preview_is_not_sent_until_previewed_again(
    sender_client, kielce_water_volunteers, water
):
    data = message_data()
    preview = sender_client.post(compose_url(water), {**data, "action": "preview"})
    form = preview.context["form"]
    newcomer = VolunteerFactory(status=Volunteer.Status.ACTIVE, city="Kielce")
    newcomer.areas.add(water)
    confirmed = {**data, "confirmed_count": form["confirmed_count"].value(), "previewed": form["previewed"].value()}
    response = sender_client.post(compose_url(water), {**confirmed, "action": "send"})
    assert "The message will go to 4 people." in response.text
    assert not Email.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field", "error"),
    [
        ({"text_pl": "Cześć {first_name}!"}, "text_pl", "Unknown placeholder: {first_name}."),
        ({"subject_en": "Hi {name} {surname}"}, "subject_en", "Unknown placeholders: {name}, {surname}."),
        ({"text_en": ""}, "text_en", "Write the text too"),
        ({"subject_pl": ""}, "subject_pl", "Write the subject too"),
        ({"subject_pl": "x" * 201}, "subject_pl", "200"),
    ],
)
def test_bad_input_gets_an_error_and_nothing_is_sent(
    sender_client, kielce_water_volunteers, water, overrides, field, error
):
    response = sender_client.post(compose_url(water), {**message_data(**overrides), "action": "send"})
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert error in response.text  # in the admin's language (English for this user)
    assert "Nothing was sent" in response.text
    assert not Email.objects.exists() and not MessageLog.objects.exists()


def test_an_empty_message_is_refused(sender_client, kielce_water_volunteers, water):
    empty = message_data(subject_pl="", text_pl="", subject_en="", text_en="")
    response = sender_client.post(compose_url(water), {**empty, "action": "preview"})
    assert "Write the message in Polish, in English or in both" in response.text
    assert not Email.objects.exists()


def test_with_only_one_version_everyone_gets_that_one(
    sender_client, kielce_water_volunteers, water, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        preview_then_send(sender_client, compose_url(water), message_data(subject_pl="", text_pl=""))
    assert len(mailoutbox) == 3
    assert {message.subject for message in mailoutbox} == {"Water season – Civic Volunteering"}


def test_withdrawn_and_rejected_people_are_never_written_to(sender_client, mailoutbox):
    VolunteerFactory(status=Volunteer.Status.WITHDRAWN)
    VolunteerFactory(status=Volunteer.Status.REJECTED)
    response = sender_client.post(f"{COMPOSE_URL}?status=withdrawn", {**message_data(), "action": "preview"})
    assert "No one on this list can receive programme messages" in response.text
    preview_then_send(sender_client, COMPOSE_URL, message_data())  # everyone: still nobody
    assert not Email.objects.exists() and mailoutbox == []


def test_invalid_filters_send_nothing(sender_client, kielce_water_volunteers):
    url = f"{COMPOSE_URL}?status=nonsense"
    assert "filters are not valid" in sender_client.get(url).text
    response = sender_client.post(url, {**message_data(), "action": "send"})
    assert "filters are not valid" in response.text
    assert not Email.objects.exists()


def test_the_log_says_who_when_which_filter_and_how_many_but_no_address(
    sender_client, sender, kielce_water_volunteers, water
):
    preview_then_send(sender_client, compose_url(water), message_data())
    [entry] = MessageLog.objects.all()
    assert entry.sent_by == sender
    assert entry.recipient_count == 3
    assert entry.filter_description == "Status: Active; Area of interest: Bezpieczna woda; City: Kielce"
    stored = " ".join(str(value) for value in MessageLog.objects.values().get().values())
    assert "@example.org" not in stored.replace("koordynatorzy@example.org", "")
    page = sender_client.get(reverse("registry_messages_log"))
    assert "Bezpieczna woda" in page.text and "Water season" not in page.text  # the Polish subject is listed
    assert "Sezon nad wodą" in page.text
    reached, _left_out = kielce_water_volunteers
    assert not any(person.email in page.text or person.last_name in page.text for person in reached)


def test_the_log_needs_its_permission(client, communications):
    client.force_login(communications)
    assert client.get(reverse("registry_messages_log")).status_code == 403


def test_the_count_uses_the_three_polish_plural_forms():
    from django.utils import translation

    from registry.messages.views import reach_sentence

    with translation.override("pl"):
        assert reach_sentence(1) == "Wiadomość trafi do 1 osoby."
        assert reach_sentence(3) == "Wiadomość trafi do 3 osób."
        assert reach_sentence(37) == "Wiadomość trafi do 37 osób."
        assert reach_sentence(1966) == "Wiadomość trafi do 1\xa0966 osób."


def test_the_outbox_keys_alone_keep_a_retried_message_from_going_twice(
    sender_client, kielce_water_volunteers, water, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _response, confirmed = preview_then_send(sender_client, compose_url(water), message_data())
    MessageLog.objects.all().delete()  # as if the log were lost: the e-mails' keys still hold
    with django_capture_on_commit_callbacks(execute=True):
        sender_client.post(compose_url(water), {**confirmed, "action": "send"})
    assert len(mailoutbox) == 3
    assert Email.objects.count() == 3


def test_the_filters_are_described_in_words_and_the_search_is_left_out(db):
    from django.utils import translation

    from registry.messages.audience import Audience
    from tests.registry.factories import OrganisationFactory

    police = OrganisationFactory(name="KMP Kielce")
    query = (
        f"status=active&organisation={police.pk}&joined_from=2026-11-01&joined_to=2026-11-30"
        "&vetting=expiring&q=Kowalska&p=3&ordering=last_name"
    )
    with translation.override("en"):
        audience = Audience(query)
        assert audience.description() == (
            "Status: Active; Host organisation: KMP Kielce; Joined between: from 1 Nov 2026 to 30 Nov 2026; "
            "Vetting: Expiring within 30 days"
        )
        assert "Kowalska" not in audience.query_string and "ordering" not in audience.query_string
        assert Audience("").description() == "all volunteers (no filters)"


def test_a_message_typed_in_the_browser_keeps_its_paragraphs_in_both_parts(
    sender_client, kielce_water_volunteers, water, mailoutbox, django_capture_on_commit_callbacks
):
    """Browsers post a textarea with CRLF line ends; the e-mail's text uses one kind and its HTML keeps paragraphs."""
    typed = message_data(text_pl="Dzień dobry,\r\n\r\nzapraszamy nad zalew.\r\nStatus: {status}.\r\n\r\nZespół")
    with django_capture_on_commit_callbacks(execute=True):
        preview_then_send(sender_client, compose_url(water), typed)
    polish = next(message for message in mailoutbox if message.subject.startswith("Sezon"))
    assert "\r" not in polish.body
    assert polish.body.startswith("Dzień dobry,\n\nzapraszamy nad zalew.\nStatus: Aktywny udział.\n\nZespół\n")
    [(html, _mimetype)] = polish.alternatives
    assert '<p style="margin:0 0 16px">Dzień dobry,</p>' in html
    assert '<p style="margin:0 0 16px">Zespół</p>' in html


def test_the_pages_name_themselves_in_the_header(sender_client, water):
    """The admin header shows the breadcrumb's last item: the page's own title, not just "Home"."""
    from django.utils import translation

    compose = sender_client.get(compose_url(water))
    *_, volunteers, current = compose.context["breadcrumbs_items"]
    with translation.override("en"):
        assert (str(current["label"]), current["url"]) == ("Message to volunteers", "")
    assert volunteers["url"] == f"{LIST_URL}?status=active&area={water.pk}&city=Kielce"
    log = sender_client.get(reverse("registry_messages_log"))
    current = log.context["breadcrumbs_items"][-1]
    with translation.override("en"):
        assert (str(current["label"]), current["url"]) == ("Messages to volunteers", "")


@pytest.mark.parametrize(
    ("kind", "answered", "reached"),
    [
        ("consent_withdrawal", False, False),
        ("objection", False, False),
        ("restriction", False, False),
        ("consent_withdrawal", True, True),  # answered: the record itself now says what was decided
        ("access", False, True),
    ],
)
def test_an_open_request_to_withdraw_consent_object_or_restrict_stops_programme_messages(
    sender_client,
    kielce_water_volunteers,
    water,
    mailoutbox,
    django_capture_on_commit_callbacks,
    kind,
    answered,
    reached,
):
    """Withdrawing consent takes effect when the person says so (GDPR art. 7(3)), not when the register is
    answered; an objection or a restriction stops use of the data meanwhile too."""
    import datetime

    from registry.models import DataSubjectRequest

    people, _left_out = kielce_water_volunteers
    asking = people[0]
    DataSubjectRequest.objects.create(
        volunteer=asking,
        kind=kind,
        done_on=datetime.date(2026, 11, 2) if answered else None,
        received_on=datetime.date(2026, 11, 1),
    )
    DataSubjectRequest.objects.create(volunteer=None, kind="objection")  # someone not in the registry
    count = sender_client.get(compose_url(water))
    assert f"The message will go to {3 if reached else 2} people." in count.text
    with django_capture_on_commit_callbacks(execute=True):
        preview_then_send(sender_client, compose_url(water), message_data())
    assert (asking.email in {message.to[0] for message in mailoutbox}) is reached
    assert len(mailoutbox) == (3 if reached else 2)
