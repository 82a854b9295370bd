"""What each document says, gathered from the registry when it is issued and frozen in the register.

Dates are stored as ISO strings and names as text in the document's language, so the PDF made years later
from `IssuedDocument.content` reads exactly as the one first handed over.
"""

from decimal import Decimal

from django.db.models import Max, Min, Sum
from django.template.loader import render_to_string
from django.utils import formats, translation
from django.utils.translation import gettext

from registry.models import Area, ServiceRecord

from .placeholders import fill


def approved_records():
    """The hours a certificate may count, everyone's. Every ServiceRecord is entered or approved by a coordinator
    (hours reported on the volunteer's page wait as HourReports until approved); filter here if that changes."""
    return ServiceRecord.objects.all()


def approved_service_records(volunteer):
    return approved_records().filter(volunteer=volunteer)


def area_names(areas, language):
    """Each area's name in `language` where it has been translated, else as stored; sorted, no repeats."""
    areas = list(areas)
    translated = dict(
        Area.objects.filter(
            translation_key__in={area.translation_key for area in areas}, locale__language_code=language
        ).values_list("translation_key", "name")
    )
    return sorted({translated.get(area.translation_key, area.name) for area in areas})


def holder_initials(volunteer):
    """ "J. K.": what the public verification page may show of the holder."""
    return " ".join(f"{part[0].upper()}." for part in (volunteer.first_name, volunteer.last_name) if part)


def signatory(user):
    return {"name": user.get_full_name() or user.get_username()}


def certificate_content(volunteer, language, start=None, end=None, scope_note=""):
    """Period, areas, organisations and total hours of the approved service between start and end (inclusive)."""
    records = approved_service_records(volunteer)
    if start:
        records = records.filter(date__gte=start)
    if end:
        records = records.filter(date__lte=end)
    totals = records.aggregate(first=Min("date"), last=Max("date"), hours=Sum("hours"))
    areas = Area.objects.filter(pk__in=records.exclude(area=None).values("area"))
    organisations = sorted(set(records.exclude(organisation=None).values_list("organisation__name", flat=True)))
    return {
        "holder_name": volunteer.full_name,
        "period_start": totals["first"].isoformat() if totals["first"] else None,
        "period_end": totals["last"].isoformat() if totals["last"] else None,
        "areas": area_names(areas, language),
        "organisations": organisations,
        # Two decimals whatever the database's sum keeps (SQLite 7.5, PostgreSQL 7.50).
        "total_hours": str((totals["hours"] or Decimal("0")).quantize(Decimal("0.01"))),
        "scope_note": scope_note,
    }


def opinion_content(volunteer, language, assessment):
    content = certificate_content(volunteer, language)
    content["assessment"] = assessment
    return content


def long_date(day, language):
    """ "30 listopada 2026" / "Nov. 30, 2026": a date as a document writes it."""
    with translation.override(language):
        return formats.date_format(day, "DATE_FORMAT")


def agreement_values(agreement, language, number=""):
    """The placeholder values of an agreement (see placeholders.py), written in the document's language."""
    with translation.override(language):
        indefinite = gettext("an indefinite period")
    return {
        "imie_nazwisko": agreement.volunteer.full_name,
        "organizacja": agreement.organisation.name,
        "data_od": long_date(agreement.starts_on, language),
        "data_do": long_date(agreement.ends_on, language) if agreement.ends_on else indefinite,
        "obszary": ", ".join(area_names(agreement.areas.all(), language)),
        "zadania": agreement.tasks,
        "sposob_wykonywania": agreement.manner,
        "warunki_rozwiazania": agreement.termination_terms,
        "data_podpisania": long_date(agreement.signed_on, language) if agreement.signed_on else "",
        "podpisuje_organizacja": agreement.signed_for_organisation_by,
        "podpisuje_wolontariusz": agreement.signed_for_volunteer_by or agreement.volunteer.full_name,
        "numer": number,
    }


def agreement_template(agreement, language):
    from .models import AgreementTemplate

    if agreement.template and agreement.template.language == language:
        return agreement.template
    return AgreementTemplate.objects.filter(language=language, is_default=True).first() or agreement.template


def agreement_content(agreement, language, number):
    values = agreement_values(agreement, language, number)
    template = agreement_template(agreement, language)
    return {
        "holder_name": agreement.volunteer.full_name,
        # A parent or guardian who concludes the agreement for the volunteer (a child under 13): the signature
        # block names them as acting for the volunteer.
        "guardian_name": agreement.signed_for_volunteer_by,
        "values": values,
        # The filled text, kept as issued: a later change of the template does not change a signed document.
        "body_html": fill(template.body, values) if template else default_body(agreement, values, language),
    }


def default_body(agreement, values, language):
    """The agreement's terms written out when no template exists in its language: never an empty document."""
    with translation.override(language):
        html = render_to_string(
            "paperwork/pdf/agreement_default_body.html",
            {"values": values, "indefinite": agreement.ends_on is None},
        )
    return html.strip()
