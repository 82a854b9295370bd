"""The join page: showing the form, storing a complete application, the thank-you page."""

from django.views.debug import SafeExceptionReporterFilter

from registry.join.views import join_form
from registry.models import Volunteer

from .join_helpers import application

JOIN_URL = "/pl/dolacz/"
THANK_YOU_URL = "/pl/dolacz/dziekujemy/"


def test_the_join_page_shows_the_form_with_its_intro_and_consent_text(client, join_page):
    response = client.get(JOIN_URL)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Zostań wolontariuszem." in content
    assert "Zgadzam się na przetwarzanie moich danych." in content
    assert 'name="first_name"' in content
    assert 'name="consent_processing"' in content


def test_the_join_page_is_never_kept_by_a_cache(client, join_page):
    response = client.get(JOIN_URL)
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control


def test_the_form_offers_the_areas_in_the_visitors_language(client, english_join_page, areas):
    polish = client.get(JOIN_URL).content.decode()
    english = client.get("/en/join/").content.decode()
    assert "Bezpieczeństwo nad wodą" in polish
    assert "Water safety" not in polish
    assert "Water safety" in english
    assert "Bezpieczeństwo nad wodą" not in english


def test_a_complete_application_creates_exactly_one_applied_record(client, join_page, areas):
    client.post(JOIN_URL, application(areas=[areas.water.pk]))
    volunteer = Volunteer.objects.get()
    assert volunteer.status == Volunteer.Status.APPLIED
    assert volunteer.source == Volunteer.Source.JOIN_FORM
    assert volunteer.first_name == "Zofia"
    assert volunteer.last_name == "Wąsowska-O'Neill"
    assert volunteer.email == "zofia.wasowska@example.org"
    assert volunteer.city == "Kielce"
    assert volunteer.availability == "weekends"
    assert str(volunteer.date_of_birth) == "1990-05-31"


def test_an_application_records_the_consent_version_and_time(client, join_page):
    client.post(JOIN_URL, application(consent_public_name="on"))
    volunteer = Volunteer.objects.get()
    assert volunteer.consent_text_version.startswith("2026-01/rev")
    assert volunteer.consent_given_at is not None
    assert volunteer.consent_public_name is True


def test_public_naming_stays_off_unless_ticked(client, join_page):
    client.post(JOIN_URL, application())
    assert Volunteer.objects.get().consent_public_name is False


def test_a_polish_phone_number_is_stored_in_international_format(client, join_page):
    client.post(JOIN_URL, application(phone="601-234-567"))
    assert Volunteer.objects.get().phone == "+48601234567"


def test_a_foreign_phone_number_is_stored_in_international_format(client, join_page):
    client.post(JOIN_URL, application(phone="+44 20 7946 0958"))
    assert Volunteer.objects.get().phone == "+442079460958"


def test_the_phone_number_may_be_left_out(client, join_page):
    client.post(JOIN_URL, application(phone=""))
    assert Volunteer.objects.get().phone == ""


def test_a_successful_application_redirects_to_the_thank_you_page(client, join_page):
    response = client.post(JOIN_URL, application())
    assert response.status_code == 303
    assert response["Location"] == THANK_YOU_URL


def test_the_thank_you_page_shows_the_pages_thank_you_text(client, join_page):
    response = client.get(THANK_YOU_URL)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Dziękujemy za zgłoszenie!" in content
    assert "Koordynator odezwie się wkrótce." in content


def test_the_english_thank_you_page_is_served_under_the_english_address(client, english_join_page):
    response = client.post("/en/join/", application())
    assert response["Location"] == "/en/join/thank-you/"
    assert "Thank you for applying!" in client.get("/en/join/thank-you/").content.decode()


def test_the_thank_you_page_leads_to_the_volunteers_sign_in(client, english_join_page):
    html = client.get("/en/join/thank-you/").content.decode()
    assert '<a href="/en/volunteer/sign-in/" rel="nofollow">Volunteer sign-in</a>' in html


def test_chosen_areas_are_stored_as_the_registrys_default_language_rows(client, english_join_page, areas):
    client.post("/en/join/", application(areas=[areas.water_en.pk, areas.seniors_en.pk]))
    assert set(Volunteer.objects.get().areas.all()) == {areas.water, areas.seniors}


def test_an_area_from_the_other_language_is_refused(client, english_join_page, areas):
    response = client.post("/en/join/", application(areas=[areas.water.pk]))
    assert response.status_code == 200
    assert not Volunteer.objects.exists()


def test_other_methods_than_get_and_post_are_refused(client, join_page):
    assert client.put(JOIN_URL).status_code == 405


def test_an_error_report_would_hide_every_answer_of_the_form(rf, join_page):
    request = rf.post(JOIN_URL, {"first_name": "Zofia", "email": "zofia@example.org"})
    request.user = None
    join_form(join_page, request)
    shown = SafeExceptionReporterFilter().get_post_parameters(request)
    assert "Zofia" not in shown.values() and "zofia@example.org" not in shown.values()
