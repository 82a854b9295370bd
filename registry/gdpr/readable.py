"""A copy of everything held on a volunteer that the person can read and print, in their language (GDPR art. 15).

The JSON export (export.py) is for machines: English keys and codes. This is the same content with labels,
choice names, dates in the local format and yes/no in words; both go to the person together in one ZIP.
"""

import datetime
import io
import zipfile
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext

from registry.models import DataSubjectRequest

from .export import personal_data_json
from .sections import sections

FALLBACK_LANGUAGE = "pl"
EMPTY = "—"


def document_language(volunteer):
    """The volunteer's preferred language if recorded, else Polish."""
    languages = {code for code, _name in settings.LANGUAGES}
    return volunteer.preferred_language if volunteer.preferred_language in languages else FALLBACK_LANGUAGE


def shown(value):
    """A stored value as words in the active language: yes/no, local dates and times, a dash for nothing."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")
    if isinstance(value, datetime.datetime):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return formats.date_format(value, "DATE_FORMAT")
    if isinstance(value, Decimal):
        return formats.number_format(value.normalize() if value == value.to_integral() else value)
    return str(value)


def field_rows(volunteer):
    """(label, value) for every stored field of the record, values as objects the template formats."""
    rows = []
    for field in volunteer._meta.concrete_fields:
        if isinstance(field, models.ForeignKey):
            value = getattr(volunteer, field.name)
            value = getattr(value, "name", None) or (str(value) if value is not None else None)
        elif field.choices:
            value = getattr(volunteer, f"get_{field.name}_display")() or None
        else:
            value = field.value_from_object(volunteer)
        rows.append({"label": capfirst(str(field.verbose_name)), "value": shown(value)})
    return rows


def readable_context(volunteer):
    status_labels = dict(volunteer._meta.get_field("status").flatchoices)
    return {
        "volunteer": volunteer,
        "exported_at": timezone.now(),
        "fields": field_rows(volunteer),
        # Areas are translated snippets: each in the document's language where it has been translated.
        "areas": [area.localized.name for area in volunteer.areas.all()],
        "status_changes": [
            {
                "from": status_labels.get(change.from_status, change.from_status),
                "to": status_labels.get(change.to_status, change.to_status),
                "changed_at": change.changed_at,
            }
            for change in volunteer.status_changes.order_by("changed_at", "pk")
        ],
        "service_records": volunteer.service_records.select_related("area", "organisation").order_by("date", "pk"),
        "recognitions": volunteer.recognitions.order_by("date", "pk"),
        "requests": DataSubjectRequest.objects.filter(volunteer=volunteer).order_by("received_on", "pk"),
        "extra_sections": [
            {
                "title": section.title,
                "labels": [label for _key, label in section.columns],
                "rows": [
                    [shown(section.readable_value(key, row.get(key))) for key, _label in section.columns]
                    for row in section.rows(volunteer)
                ],
            }
            for section in sections()
        ],
    }


def personal_data_html(volunteer, language=None):
    language = language or document_language(volunteer)
    with translation.override(language):
        context = readable_context(volunteer)
        context["language"] = language
        return render_to_string("registry/gdpr/personal_data.html", context)


def file_stem(volunteer, language):
    with translation.override(language):
        # Translators: part of a file name; lower case, no spaces, no Polish letters.
        stem = gettext("personal-data")
    return f"{stem}-{volunteer.pk}"


def personal_data_zip(volunteer):
    """(file name, bytes) of a ZIP with the readable HTML document and the JSON copy beside it."""
    language = document_language(volunteer)
    stem = file_stem(volunteer, language)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.html", personal_data_html(volunteer, language))
        archive.writestr(f"{stem}.json", personal_data_json(volunteer))
    return f"{stem}.zip", buffer.getvalue()
