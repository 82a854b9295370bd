"""E-mails to volunteers about their shifts, always through the outbox with a key that makes each one unique.

Keys (a second call with the same key sends nothing more):
  opportunities.promoted:<signup>         moved from the waiting list to a place
  opportunities.removed:<signup>          a coordinator took the person off the shift
  opportunities.shift-cancelled:<signup>  the shift was cancelled
  opportunities.reminder:<shift>:<signup> the day-before reminder
  opportunities.message:<token>:<signup>  a coordinator's message to the people on a shift
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from outbox import queue_email

from . import requirements


def volunteer_language(volunteer):
    return volunteer.preferred_language or settings.LANGUAGE_CODE


def opportunity_title(shift, language):
    """The opportunity's title in the person's language where a translation is live, else the source's."""
    page = shift.opportunity
    locale = Locale.objects.filter(language_code=language).first()
    if locale is not None and page.locale_id != locale.pk:
        translated = page.get_translation_or_none(locale)
        if translated is not None and translated.live:
            return translated.title
    return page.title


def shift_when(shift):
    start, end = timezone.localtime(shift.starts_at), timezone.localtime(shift.ends_at)
    end_format = "H:i" if start.date() == end.date() else "SHORT_DATETIME_FORMAT"
    return f"{formats.date_format(start, 'SHORT_DATETIME_FORMAT')}–{formats.date_format(end, end_format)}"


def shift_context(shift, language):
    return {
        "title": opportunity_title(shift, language),
        "when": shift_when(shift),
        "place": shift.place or shift.opportunity.place,
        "notes": shift.notes,
        "contact": shift.opportunity.contact,
    }


def can_be_emailed(volunteer):
    return volunteer.anonymised_at is None and bool(volunteer.email)


def _queue(kind, key, signup, subject_text, template, extra=None):
    volunteer = signup.volunteer
    if not can_be_emailed(volunteer):
        return None
    language = volunteer_language(volunteer)
    with translation.override(language):
        context = {**shift_context(signup.shift, language), **(extra or {})}
        subject = subject_text() % {"title": context["title"]}
        text = render_to_string(template, context)
    return queue_email(key=key, kind=kind, to=volunteer.email, subject=subject, text=text, language=language)


def tell_promoted(signup):
    return _queue(
        "opportunities.promoted",
        f"opportunities.promoted:{signup.pk}",
        signup,
        lambda: _("A place on the shift is yours: %(title)s"),
        "opportunities/emails/promoted.txt",
    )


def tell_removed(signup):
    return _queue(
        "opportunities.removed",
        f"opportunities.removed:{signup.pk}",
        signup,
        lambda: _("Your sign-up was cancelled: %(title)s"),
        "opportunities/emails/removed.txt",
    )


def tell_shift_cancelled(signup, reason):
    return _queue(
        "opportunities.shift-cancelled",
        f"opportunities.shift-cancelled:{signup.pk}",
        signup,
        lambda: _("Shift cancelled: %(title)s"),
        "opportunities/emails/shift_cancelled.txt",
        {"reason": reason},
    )


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path if path.startswith("/") else path


def owed_for_email(signup, language):
    """What the person still owes before the shift (requirements.owed), in their language, with absolute links."""
    with translation.override(language):
        items = requirements.owed(signup.shift, [signup.volunteer_id]).get(signup.volunteer_id, [])
        return [{"text": item.text, "link": absolute(item.link) if item.link else ""} for item in items]


def remind(signup):
    """The day-before reminder; it also says what the person still owes (e.g. safety information to confirm)."""
    if not can_be_emailed(signup.volunteer):
        return None
    return _queue(
        "opportunities.reminder",
        f"opportunities.reminder:{signup.shift_id}:{signup.pk}",
        signup,
        lambda: _("Reminder: your shift, %(title)s"),
        "opportunities/emails/reminder.txt",
        {"owed": owed_for_email(signup, volunteer_language(signup.volunteer))},
    )


def send_message(signup, token, subject, text):
    """A coordinator's own words, with the shift's details underneath."""
    volunteer = signup.volunteer
    if not can_be_emailed(volunteer):
        return None
    language = volunteer_language(volunteer)
    with translation.override(language):
        body = render_to_string(
            "opportunities/emails/message.txt", {**shift_context(signup.shift, language), "message": text}
        )
    return queue_email(
        key=f"opportunities.message:{token}:{signup.pk}",
        kind="opportunities.message",
        to=volunteer.email,
        subject=subject,
        text=body,
        language=language,
    )
