"""E-mails that send a volunteer to their own page: "something is waiting for you there", never the thing itself.

For apps that must not import the outbox (the paperwork reaches it through here): the e-mail is queued in the
caller's transaction, in the person's language, with the address of their page; nothing is sent to someone who
may not use the page (portal/access.py: rejected, withdrawn or anonymised).
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from outbox import queue_email
from registry.gdpr.readable import document_language

from .access import is_eligible


def page_address(language):
    """The absolute address of the volunteer's page in `language` (/pl/wolontariusz/, /en/volunteer/)."""
    with translation.override(language):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("portal:home")


def email_volunteer(volunteer, *, key, kind, subject, template, context=None):
    """Queue `template` (plain text) to the volunteer; `subject` may be lazy, it is read in their language.

    The template gets `page_url` and `context`. `key` makes it idempotent (outbox). Returns the e-mail row, or
    None when the person cannot be written to.
    """
    if not volunteer.email or not is_eligible(volunteer):
        return None
    language = document_language(volunteer)
    with translation.override(language):
        text = render_to_string(template, {"page_url": page_address(language), **(context or {})})
        subject = str(subject)
    return queue_email(key=key, kind=kind, to=volunteer.email, subject=subject, text=text, language=language)
