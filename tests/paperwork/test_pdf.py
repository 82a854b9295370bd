import datetime

import pytest

from paperwork import issuing, pdf
from paperwork.models import Agreement, AgreementTemplate
from paperwork.numbering import format_code

from .pdf_reading import fonts, read, text


@pytest.fixture
def certificate(served, coordinator):
    return issuing.issue_certificate(served, coordinator, scope_note="Zajęcia z dziećmi nad zalewem.")


def test_a_certificate_reads_back_with_polish_letters_hours_period_and_signatory(certificate):
    content = text(pdf.render_pdf(certificate))
    assert "Łucja Gąsiorowska-Źdźbło" in content
    assert "Komenda Miejska Policji w Kielcach" in content
    assert "Bezpieczeństwo nad wodą" in content
    assert "7,5" in content  # 4.5 + 3 hours, written the Polish way
    assert "Zofia Żak" in content
    assert "art. 44" in content
    assert certificate.number in content


def test_every_font_in_the_pdf_is_embedded_and_is_dejavu(certificate):
    used = fonts(pdf.render_pdf(certificate))
    assert used and all(embedded for _name, embedded in used)
    assert all("DejaVu" in name for name, _embedded in used)


def test_the_pdf_is_tagged_and_declares_its_language_and_title(certificate):
    reader = read(pdf.render_pdf(certificate))
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert str(root["/Lang"]) == "pl"
    assert certificate.number in reader.metadata.title


def test_the_pdf_prints_the_verification_address_and_code(certificate):
    content = text(pdf.render_pdf(certificate)).replace("\n", "")
    assert format_code(certificate.verification_code) in content
    assert pdf.verification_url(certificate) in content


def test_the_qr_code_encodes_the_verification_page(certificate, client):
    url = pdf.verification_url(certificate)
    assert url.startswith("http://testserver/pl/")
    assert pdf.document_context(certificate)["qr_code"] == pdf.qr_data_uri(url)
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200


def test_an_english_certificate_is_in_english_for_a_volunteer_who_prefers_it(served, coordinator):
    served.preferred_language = "en"
    served.save()
    document = issuing.issue_certificate(served, coordinator)
    assert document.language == "en"
    content = text(pdf.render_pdf(document))
    assert "Certificate" in content and "Total hours" in content
    assert "/en/" in pdf.verification_url(document)


def test_an_opinion_carries_the_assessment(served, coordinator):
    document = issuing.issue_opinion(served, coordinator, assessment="Sumienna i punktualna praca z grupą.")
    assert "Sumienna i punktualna praca z grupą." in text(pdf.render_pdf(document))


def test_an_opinion_without_an_assessment_is_refused(served, coordinator):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        issuing.issue_opinion(served, coordinator, assessment="  ")


def test_an_agreement_is_printed_from_the_template_with_placeholders_filled_and_escaped(
    volunteer, organisation, area, coordinator
):
    AgreementTemplate.objects.create(
        name="Wzór",
        language="pl",
        is_default=True,
        body="<p>Porozumienie z {imie_nazwisko} ({organizacja}) od {data_od} do {data_do}; obszary: {obszary}.</p>"
        "<p>Zadania: {zadania}</p><p>Rozwiązanie: {warunki_rozwiazania}</p>",
    )
    agreement = Agreement.objects.create(
        volunteer=volunteer,
        organisation=organisation,
        starts_on=datetime.date(2026, 6, 1),
        tasks="Pogadanki <b>w szkołach</b>",
        manner="Według grafiku",
        termination_terms="Każda ze stron może rozwiązać porozumienie z 7-dniowym wypowiedzeniem.",
        signed_on=datetime.date(2026, 5, 30),
        signed_for_organisation_by="Jan Nowak",
    )
    agreement.areas.add(area)
    document = issuing.issue_agreement(agreement, coordinator)
    assert "<b>" not in document.content["body_html"]
    content = " ".join(text(pdf.render_pdf(document)).split())
    assert "Porozumienie z Łucja Gąsiorowska-Źdźbło (Komenda Miejska Policji w Kielcach)" in content
    assert "Bezpieczeństwo nad wodą" in content
    assert "Pogadanki <b>w szkołach</b>" in content
    assert "7-dniowym wypowiedzeniem" in content
    assert "Jan Nowak" in content


def test_a_template_with_an_unknown_placeholder_is_refused():
    from django.core.exceptions import ValidationError

    template = AgreementTemplate(name="Zły", language="pl", body="<p>{imie} {imie_nazwisko}</p>")
    with pytest.raises(ValidationError) as refused:
        template.clean()
    assert "imie" in str(refused.value) and "imie_nazwisko" not in str(refused.value).replace("{imie}", "")


def test_total_hours_carry_no_trailing_zero(certificate):
    # 4.5 + 3 hours: "7,5", as every other page of the site writes it, never "7,50".
    content = text(pdf.render_pdf(certificate))
    assert "7,5" in content
    assert "7,50" not in content


def no_template_agreement(volunteer, organisation, area, ends_on=None):
    agreement = Agreement.objects.create(
        volunteer=volunteer,
        organisation=organisation,
        starts_on=datetime.date(2026, 6, 1),
        ends_on=ends_on,
        tasks="Pogadanki w szkołach",
        manner="Według grafiku dyżurów",
        termination_terms="Każda ze stron może rozwiązać porozumienie z 7-dniowym wypowiedzeniem.",
        signed_on=datetime.date(2026, 5, 30),
        signed_for_organisation_by="Jan Nowak",
    )
    agreement.areas.add(area)
    return agreement


def test_an_agreement_without_any_template_still_states_its_terms(volunteer, organisation, area, coordinator):
    # No agreement template written yet (a fresh installation): the document must not be an empty page with
    # signatures under nothing.
    assert not AgreementTemplate.objects.exists()
    document = issuing.issue_agreement(no_template_agreement(volunteer, organisation, area), coordinator, language="pl")
    content = " ".join(text(pdf.render_pdf(document)).split())
    assert "art. 44" in content
    assert "Komenda Miejska Policji w Kielcach" in content
    assert "Łucja Gąsiorowska-Źdźbło" in content
    assert "od 1 czerwca 2026 na czas nieokreślony" in content
    assert "Bezpieczeństwo nad wodą" in content
    assert "Pogadanki w szkołach" in content
    assert "Według grafiku dyżurów" in content
    assert "7-dniowym wypowiedzeniem" in content


def test_an_english_agreement_without_a_template_states_its_terms_in_english(
    volunteer, organisation, area, coordinator
):
    agreement = no_template_agreement(volunteer, organisation, area, ends_on=datetime.date(2026, 12, 31))
    document = issuing.issue_agreement(agreement, coordinator, language="en")
    content = " ".join(text(pdf.render_pdf(document)).split())
    assert "Tasks" in content and "Pogadanki w szkołach" in content
    assert "Terms of termination" in content
    assert "2026 to " in content
