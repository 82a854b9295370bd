"""Storing an application: one live record per email address, decided by the database constraint."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F, Value
from django.db.models.functions import Lower
from django.utils import timezone
from wagtail.models import Locale

from registry.models import Area, Volunteer

from . import emails


@dataclass(frozen=True)
class Outcome:
    volunteer_id: int
    is_repeat: bool


def canonical_areas(areas):
    """The default-locale rows of the chosen areas, so the registry keeps one set of areas whatever the
    visitor's language; an area that exists only in a translation is kept as it is."""
    default_locale = Locale.get_default()
    keys = [area.translation_key for area in areas]
    by_key = {
        area.translation_key: area for area in Area.objects.filter(translation_key__in=keys, locale=default_locale)
    }
    return [by_key.get(area.translation_key, area) for area in areas]


def _live_records_with_email(email):
    # Lower() on both sides, computed by the database, matches exactly what the unique constraint compares.
    return Volunteer.objects.not_anonymised().alias(email_lower=Lower("email")).filter(email_lower=Lower(Value(email)))


def _note_repeat(email, now):
    """Count a repeat on the existing record; F() so simultaneous repeats never overwrite each other."""
    records = _live_records_with_email(email)
    updated = records.update(repeat_applications=F("repeat_applications") + 1, last_applied_at=now, updated_at=now)
    # Read back in the same transaction: the row stays locked by the update, so each repeat sees its own count.
    return records.values_list("pk", "repeat_applications").first() if updated else None


def record_application(form, page, language):
    """Store a valid JoinForm as an applied Volunteer, or note a repeat, with its e-mails in the outbox."""
    data = form.cleaned_data
    now = timezone.now()
    volunteer = form.save(commit=False)
    volunteer.status = Volunteer.Status.APPLIED
    volunteer.source = Volunteer.Source.JOIN_FORM
    volunteer.preferred_language = language
    volunteer.consent_text_version = page.consent_fingerprint()
    volunteer.consent_given_at = now
    volunteer.last_applied_at = now
    volunteer.confirmation_sent = False
    with transaction.atomic():
        try:
            # The savepoint lets the outer transaction carry on after a duplicate-email IntegrityError.
            with transaction.atomic():
                volunteer.save()
                volunteer.areas.set(canonical_areas(data.get("areas") or []))
            outcome, repeat_number = Outcome(volunteer.pk, is_repeat=False), 0
        except IntegrityError:
            existing = _note_repeat(data["email"], now)
            if existing is None:
                raise
            outcome, repeat_number = Outcome(existing[0], is_repeat=True), existing[1]
        # Written in this transaction, sent after it commits: the application and its e-mails stand or fall together.
        emails.queue_application_emails(
            emails.ApplicationMessage(
                volunteer_id=outcome.volunteer_id,
                is_repeat=outcome.is_repeat,
                repeat_number=repeat_number,
                language=language,
                applicant_email=data["email"],
                coordinators_email=page.notification_email,
                guardian_consent_needed=form.guardian_needed,
            )
        )
    return outcome
