"""Everything the registry holds on one volunteer, as plain JSON-ready data (right of access, GDPR art. 15)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from wagtail import hooks

from .sections import section_data

FORMAT_VERSION = 1


# Other apps holding data on a volunteer add their sections with this hook: fn(volunteer) -> dict.
PERSONAL_DATA_HOOK = "registry_personal_data"


def personal_data(volunteer):
    """A dict of every stored field, the related records and the consent given; no internal-only references."""
    data = registry_personal_data(volunteer)
    for contribute in hooks.get_hooks(PERSONAL_DATA_HOOK):
        data.update(contribute(volunteer))
    return data


def registry_personal_data(volunteer):
    return {
        "format_version": FORMAT_VERSION,
        "exported_at": timezone.now(),
        "volunteer": _fields(volunteer),
        "areas_of_interest": [area.name for area in volunteer.areas.all()],
        "consent": {
            "text_version": volunteer.consent_text_version,
            "given_at": volunteer.consent_given_at,
            "agreed_to_be_named_publicly": volunteer.consent_public_name,
        },
        "status_changes": [
            {"from": change.from_status, "to": change.to_status, "changed_at": change.changed_at}
            for change in volunteer.status_changes.order_by("changed_at", "pk")
        ],
        "service_records": [
            {
                "date": record.date,
                "hours": record.hours,
                "area": record.area.name if record.area else None,
                "organisation": record.organisation.name if record.organisation else None,
                "note": record.note,
            }
            for record in volunteer.service_records.select_related("area", "organisation").order_by("date", "pk")
        ],
        "recognitions": [
            {
                "title": recognition.title,
                "awarded_by": recognition.awarded_by,
                "date": recognition.date,
                "description": recognition.description,
                "shown_publicly": recognition.is_public,
            }
            for recognition in volunteer.recognitions.order_by("date", "pk")
        ],
        "data_subject_requests": [
            {
                "kind": data_request.kind,
                "received_on": data_request.received_on,
                "deadline": data_request.deadline,
                "answered_on": data_request.done_on,
                "notes": data_request.notes,
            }
            for data_request in volunteer.data_requests.order_by("received_on", "pk")
        ],
        # Sections of the apps built on the registry (sign-ups, trainings…), registered in registry/gdpr/sections.py.
        **section_data(volunteer),
    }


def personal_data_json(volunteer):
    return json.dumps(personal_data(volunteer), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def _fields(volunteer):
    """Every concrete field, so fields added later are exported too; relations by name, not by id."""
    data = {}
    for field in volunteer._meta.concrete_fields:
        if isinstance(field, models.ForeignKey):
            related = getattr(volunteer, field.name)
            data[field.name] = str(related) if related is not None else None
        else:
            data[field.name] = field.value_from_object(volunteer)
    return data
