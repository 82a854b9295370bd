"""Send a message: one outbox e-mail per person, in their language, once.

The compose form's token is the message's identity: the log row is unique on it and each e-mail's outbox
key is the token and the person, so a double click, a resent form or a retry after an error adds nothing.
"""

import dataclasses

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from outbox import queue_email
from registry.digests import coordinators_email
from registry.models import MessageLog

from .placeholders import fill, values_for
from .unsubscribe import unsubscribe_url

KIND = "volunteers.message"


@dataclasses.dataclass(frozen=True)
class Message:
    """The coordinator's text in each language; an empty version is left out."""

    subject_pl: str = ""
    text_pl: str = ""
    subject_en: str = ""
    text_en: str = ""

    def versions(self):
        found = {"pl": (self.subject_pl, self.text_pl), "en": (self.subject_en, self.text_en)}
        return {language: version for language, version in found.items() if version[0].strip() and version[1].strip()}

    def language_for(self, volunteer):
        """The person's preferred language when that version is written, else the one that is."""
        versions = self.versions()
        preferred = volunteer.preferred_language or settings.LANGUAGE_CODE
        if preferred in versions:
            return preferred
        if settings.LANGUAGE_CODE in versions:
            return settings.LANGUAGE_CODE
        return next(iter(versions))

    def render_for(self, volunteer, contact):
        """(language, subject, text, unsubscribe link) of this person's e-mail; the text ends with the link."""
        language = self.language_for(volunteer)
        subject, text = self.versions()[language]
        link = unsubscribe_url(volunteer, language)
        with translation.override(language):
            values = values_for(volunteer, contact)
            body = render_to_string(
                "registry/emails/volunteer_message.txt", {"text": fill(text.strip(), values), "unsubscribe_url": link}
            )
        # The outbox keeps at most 250 characters of subject; a long contact address could pass that.
        return language, fill(subject.strip(), values).replace("\n", " ")[:250], body, link


def outbox_key(token, volunteer):
    return f"{KIND}:{token}:{volunteer.pk}"


def send(message, audience, token, user, filter_description):
    """Queue the message for everyone the audience reaches; returns (log, created).

    `created` is False when this token was already sent: nothing more is queued.
    """
    existing = MessageLog.objects.filter(token=token).first()
    if existing is not None:
        return existing, False
    contact = coordinators_email()
    try:
        with transaction.atomic():
            recipients = list(audience.recipients)
            log = MessageLog.objects.create(
                token=token,
                sent_by=user,
                filter_description=filter_description,
                filter_query=audience.query_string[:500],
                recipient_count=len(recipients),
                subject_pl=message.subject_pl.strip()[:200],
                subject_en=message.subject_en.strip()[:200],
            )
            for volunteer in recipients:
                language, subject, text, link = message.render_for(volunteer, contact)
                queue_email(
                    key=outbox_key(token, volunteer),
                    kind=KIND,
                    to=volunteer.email,
                    subject=subject,
                    text=text,
                    reply_to=contact,
                    language=language,
                    headers={"List-Unsubscribe": f"<{link}>"},
                )
    except IntegrityError:
        # The same form sent at the same moment: the other request stored the log and the e-mails.
        existing = MessageLog.objects.filter(token=token).first()
        if existing is None:
            raise
        return existing, False
    return log, True
