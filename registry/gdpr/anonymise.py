"""Anonymising a volunteer: the person disappears, their hours and recognitions stay in the statistics.

Clearing the record is not enough: Wagtail's audit log and revisions may hold copies of what was typed,
so those are scrubbed too, and so is free text on the person's own service records and recognitions.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail import hooks
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Revision

from registry.models import DataSubjectRequest, HourReport, Recognition, ServiceRecord, StatusChange, Volunteer

ANONYMISE_ACTION = "registry.volunteer.anonymise"
# Other apps holding data on a volunteer tidy it with this hook, in the same transaction, after the record is
# cleared (paperwork scrubs its documents; opportunities frees the person's future places).
ANONYMISE_HOOK = "registry_anonymise_volunteer"
REDACTED = "[removed]"
# Shorter values (initials, a two-letter name) would match inside unrelated words.
MIN_SCRUB_LENGTH = 3

# Field -> value it gets; every other field (status, dates of service, host organisation) is kept.
CLEARED_FIELDS = {
    "first_name": "",
    "last_name": "",
    "phone": "",
    "city": "",
    "date_of_birth": None,
    "guardian_name": "",
    "guardian_contact": "",
    "languages": "",
    "availability": "",
    "message": "",
    "notes": "",
    "vetting_checked_on": None,
    "vetting_expires_on": None,
    "consent_public_name": False,
    "preferred_language": "",
}


def placeholder_email(volunteer):
    """Unique (the email constraint still needs a value), not deliverable, says nothing about the person."""
    return f"anonymised-{volunteer.pk}@anonymised.invalid"


def identifying_values(volunteer):
    """Strings that name the person wherever they appear: names, email, phone, and a minor's parent or guardian
    (who, with the child's age, identifies the child)."""
    return [
        volunteer.first_name,
        volunteer.last_name,
        volunteer.full_name,
        f"{volunteer.last_name} {volunteer.first_name}",
        volunteer.email,
        volunteer.phone,
        volunteer.guardian_name,
        volunteer.guardian_contact,
    ]


def stored_values(volunteer):
    """Every personal value of the record: scrubbed from the record's own log entries, not from other text
    (a city's name in a recognition's title is not about the person)."""
    return identifying_values(volunteer) + [
        volunteer.city,
        volunteer.languages,
        volunteer.message,
        volunteer.notes,
        volunteer.date_of_birth.isoformat() if volunteer.date_of_birth else "",
    ]


def values_pattern(values):
    """One case-insensitive pattern; longest first, so "Anna Nowak" is replaced whole before "Anna" is."""
    values = sorted(
        {value.strip() for value in values if len(value.strip()) >= MIN_SCRUB_LENGTH}, key=len, reverse=True
    )
    return re.compile("|".join(re.escape(value) for value in values), re.IGNORECASE) if values else None


def scrub(value, pattern):
    """Replace every occurrence of the personal values, inside strings, lists and dicts (keys and values)."""
    if isinstance(value, str):
        return pattern.sub(REDACTED, value)
    if isinstance(value, list):
        return [scrub(item, pattern) for item in value]
    if isinstance(value, dict):
        return {scrub(key, pattern): scrub(item, pattern) for key, item in value.items()}
    return value


def anonymise_volunteer(volunteer, user=None):
    """Anonymise one volunteer and scrub every copy of their data. Returns False if it was already done."""
    if volunteer.anonymised_at is not None:
        return False
    identifying = values_pattern(identifying_values(volunteer))
    everything = values_pattern(stored_values(volunteer))
    with transaction.atomic():
        for field, cleared in CLEARED_FIELDS.items():
            setattr(volunteer, field, cleared)
        volunteer.email = placeholder_email(volunteer)
        volunteer.anonymised_at = timezone.now()
        volunteer.save()
        if identifying is not None:
            _scrub_related_text(volunteer, identifying)
        if everything is not None:
            _scrub_log_entries(volunteer, own=everything, related=identifying or everything)
        _delete_revisions(volunteer)
        # Other apps scrub what they hold on the person: fn(volunteer, user).
        for scrub_app_data in hooks.get_hooks(ANONYMISE_HOOK):
            scrub_app_data(volunteer, user)
        # Logged after the scrub so this entry is never rewritten; its label is "Volunteer #id".
        log(volunteer, ANONYMISE_ACTION, user=user)
    return True


def _scrub_related_text(volunteer, pattern):
    for record in volunteer.service_records.all():
        note = scrub(record.note, pattern)
        if note != record.note:
            ServiceRecord.objects.filter(pk=record.pk).update(note=note)
    # The volunteer wrote these notes themselves (the volunteer's page): they may name anyone.
    for report in volunteer.hour_reports.all():
        note, reason = scrub(report.note, pattern), scrub(report.reason, pattern)
        if (note, reason) != (report.note, report.reason):
            HourReport.objects.filter(pk=report.pk).update(note=note, reason=reason)
    for recognition in volunteer.recognitions.all():
        scrubbed = {
            field: scrub(getattr(recognition, field), pattern) for field in ("title", "awarded_by", "description")
        }
        changes = {field: value for field, value in scrubbed.items() if value != getattr(recognition, field)}
        if changes:
            Recognition.objects.filter(pk=recognition.pk).update(**changes)
    for change in volunteer.status_changes.exclude(override_reason=""):
        reason = scrub(change.override_reason, pattern)
        if reason != change.override_reason:
            StatusChange.objects.filter(pk=change.pk).update(override_reason=reason)
    # The register of requests outlives the person (registry/models/requests.py): it must not name them.
    for data_request in volunteer.data_requests.all():
        notes, reason = scrub(data_request.notes, pattern), scrub(data_request.extension_reason, pattern)
        if (notes, reason) != (data_request.notes, data_request.extension_reason):
            DataSubjectRequest.objects.filter(pk=data_request.pk).update(notes=notes, extension_reason=reason)


def _related_objects(volunteer):
    """(model, ids) of the volunteer and everything that belongs to them, whose logs and revisions may echo them."""
    return [
        (Volunteer, [volunteer.pk]),
        (ServiceRecord, list(volunteer.service_records.values_list("pk", flat=True))),
        (Recognition, list(volunteer.recognitions.values_list("pk", flat=True))),
        (StatusChange, list(volunteer.status_changes.values_list("pk", flat=True))),
        (DataSubjectRequest, list(volunteer.data_requests.values_list("pk", flat=True))),
    ]


def _scrub_log_entries(volunteer, own, related):
    for model, ids in _related_objects(volunteer):
        pattern = own if model is Volunteer else related
        entries = ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
            object_id__in=[str(pk) for pk in ids],
        )
        for entry in entries.iterator():
            label, data = scrub(entry.label, pattern), scrub(entry.data, pattern)
            if label != entry.label or data != entry.data:
                ModelLogEntry.objects.filter(pk=entry.pk).update(label=label, data=data)


def _delete_revisions(volunteer):
    """Revisions are full copies of the record: nothing in them is worth keeping once the person is gone."""
    for model, ids in _related_objects(volunteer):
        content_type = ContentType.objects.get_for_model(model)
        revisions = Revision.objects.filter(
            Q(base_content_type=content_type) | Q(content_type=content_type), object_id__in=[str(pk) for pk in ids]
        )
        revision_ids = list(revisions.values_list("pk", flat=True))
        if revision_ids:
            ModelLogEntry.objects.filter(revision_id__in=revision_ids).update(revision=None)
            Revision.objects.filter(pk__in=revision_ids).delete()
