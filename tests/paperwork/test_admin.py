import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import ModelLogEntry

from paperwork import issuing
from paperwork.dashboard import paperwork_figures
from paperwork.models import IssuedDocument

from .pdf_reading import text


@pytest.fixture
def communications(django_user_model):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "a long passphrase 42")
    user.groups.add(Group.objects.get(name="Communications"))
    return user


def test_a_coordinator_issues_a_certificate_from_the_volunteers_documents_page(client, coordinator, served):
    client.force_login(coordinator)
    url = reverse("paperwork_volunteer_documents", args=[served.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"kind": "certificate", "language": "en", "signatory": coordinator.pk})
    assert response.status_code == 302
    document = IssuedDocument.objects.get(holder=served)
    assert (document.kind, document.language, document.issued_by) == ("certificate", "en", coordinator)
    entry = ModelLogEntry.objects.get(action="paperwork.issue")
    assert "Łucja" not in entry.label and document.number in entry.label


def test_an_opinion_without_assessment_comes_back_with_an_error_and_issues_nothing(client, coordinator, served):
    client.force_login(coordinator)
    url = reverse("paperwork_volunteer_documents", args=[served.pk])
    response = client.post(url, {"kind": "opinion", "language": "pl", "signatory": coordinator.pk})
    assert response.status_code == 200 and response.context["form"].errors["assessment"]
    assert not IssuedDocument.objects.exists()


def test_the_pdf_downloads_for_a_coordinator_and_is_not_cached(client, coordinator, served):
    document = issuing.issue_certificate(served, coordinator)
    client.force_login(coordinator)
    response = client.get(reverse("paperwork_document_pdf", args=[document.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    assert "Łucja" in text(response.content)


def test_communications_staff_get_neither_the_pdf_nor_the_documents_page(client, communications, coordinator, served):
    document = issuing.issue_certificate(served, coordinator)
    client.force_login(communications)
    for url in (
        reverse("paperwork_document_pdf", args=[document.pk]),
        reverse("paperwork_volunteer_documents", args=[served.pk]),
        reverse("paperwork_document_revoke", args=[document.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 403
        assert "Łucja" not in response.content.decode()


def test_revoking_needs_a_reason_and_is_logged(client, coordinator, served):
    document = issuing.issue_certificate(served, coordinator)
    client.force_login(coordinator)
    url = reverse("paperwork_document_revoke", args=[document.pk])
    assert client.post(url, {"reason": " "}).status_code == 200
    document.refresh_from_db()
    assert document.state == "valid"
    assert client.post(url, {"reason": "Pomyłka w okresie"}).status_code == 302
    document.refresh_from_db()
    assert (document.state, document.revoked_reason) == ("revoked", "Pomyłka w okresie")
    entry = ModelLogEntry.objects.get(action="paperwork.revoke")
    assert "Pomyłka" not in str(entry.data)


def test_the_volunteers_edit_view_offers_the_documents_button(client, coordinator, served):
    client.force_login(coordinator)
    response = client.get(reverse("wagtailsnippets_registry_volunteer:edit", args=[served.pk]))
    assert reverse("paperwork_volunteer_documents", args=[served.pk]) in response.content.decode()


def test_the_dashboard_counts_people_past_30_days_without_an_agreement(client, coordinator, served):
    import datetime

    assert paperwork_figures(datetime.date(2026, 5, 30))["without_agreement"] == 0
    assert paperwork_figures(datetime.date(2026, 5, 31))["without_agreement"] == 1
    client.force_login(coordinator)
    assert 'id="paperwork-panel-heading"' in client.get("/admin/").content.decode()


def test_the_register_lists_documents_without_naming_the_holder(client, coordinator, communications, served):
    document = issuing.issue_certificate(served, coordinator)
    client.force_login(coordinator)
    response = client.get(reverse("paperwork_register"))
    page = response.content.decode()
    assert response.status_code == 200 and document.number in page
    assert "Łucja" not in page and "Gąsiorowska" not in page
    client.force_login(communications)
    assert client.get(reverse("paperwork_register")).status_code in (302, 403)


def test_without_permission_a_missing_id_answers_as_a_real_one(client, communications, coordinator, served):
    """Otherwise 404 against 403 tells anyone with admin access which volunteers and documents exist."""
    document = issuing.issue_certificate(served, coordinator)
    client.force_login(communications)
    for name, real_pk in (("paperwork_volunteer_documents", served.pk), ("paperwork_document_revoke", document.pk)):
        real = client.get(reverse(name, args=[real_pk]))
        missing = client.get(reverse(name, args=[real_pk + 1000]))
        assert real.status_code == missing.status_code == 403


def test_the_agreement_and_insurance_periods_are_labelled_from_and_to_not_as_status_changes():
    # "from"/"to" alone are the status-change labels of the registry's history ("poprzedni status").
    from django.utils import translation

    from paperwork.models import Agreement, InsurancePolicy

    with translation.override("pl"):
        for model in (Agreement, InsurancePolicy):
            labels = (
                str(model._meta.get_field("starts_on").verbose_name),
                str(model._meta.get_field("ends_on").verbose_name),
            )
            assert labels == ("od", "do")


@pytest.mark.parametrize(
    "prefix",
    [
        "agreements",
        "agreement-templates",
        "safety",
        "safety-acknowledgements",
        "insurance",
        "guardian-consents",
        "child-protection-checks",
    ],
)
def test_an_empty_paperwork_listing_says_so_in_polish_without_gluing_in_a_plural(client, coordinator, prefix):
    """Wagtail's own sentence inserts the plural name ("There are no porozumienia to display")."""
    client.force_login(coordinator)
    html = client.get(f"/admin/paperwork/{prefix}/").content.decode()
    assert "Nie ma tu jeszcze żadnych rekordów." in html
    assert "to display" not in html and "Why not" not in html


def test_the_register_counts_in_the_polish_plural_and_shows_when_each_was_issued(client, coordinator, served):
    from django.utils import timezone

    from registry.admin_display import display_value

    for _number in range(5):
        issuing.issue_certificate(served, coordinator)
    client.force_login(coordinator)
    page = client.get(reverse("paperwork_register")).content.decode()
    assert "5 wystawionych dokumentów" in page and "wystawione dokumenty" not in page
    assert "Przed chwilą" not in page
    issued_at = IssuedDocument.objects.first().issued_at
    assert str(display_value(timezone.localtime(issued_at))) in page


def test_the_agreement_form_offers_each_area_once_in_the_default_language(client, coordinator):
    from wagtail.models import Locale

    from tests.registry.factories import AreaFactory

    polish = AreaFactory(name="Czad")
    english = polish.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Carbon monoxide"
    english.save()
    client.force_login(coordinator)
    page = client.get("/admin/paperwork/agreements/add/").content.decode()
    assert "Czad" in page and "Carbon monoxide" not in page
