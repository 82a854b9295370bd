"""What the public recognitions page shows: no personal data unless the person agreed to be named."""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import get_language, gettext
from wagtail.models import Locale, Page

from .models import Recognition


@dataclass(frozen=True)
class PublicRecognition:
    title: str
    awarded_by: str
    date: date
    description: str
    recipient: str
    news_url: str | None


def recipient_name(recognition):
    """The organisation's name; a volunteer's only with their recorded consent, never once anonymised."""
    if recognition.organisation_id:
        return recognition.organisation.name
    volunteer = recognition.volunteer
    if volunteer.consent_public_name and volunteer.anonymised_at is None and volunteer.full_name:
        return volunteer.full_name
    return gettext("a volunteer of the programme")


def localized_news_pages(recognitions):
    """translation_key -> the related news page in the active language if translated and live, else as linked.

    One query whatever the number of recognitions (instead of one `.localized` per row).
    """
    linked = {r.news_page.translation_key: r.news_page for r in recognitions if r.news_page and r.news_page.live}
    if linked:
        translations = Page.objects.live().filter(translation_key__in=linked, locale=Locale.get_active())
        linked.update({page.translation_key: page for page in translations})
    return linked


def public_recognitions(request=None):
    recognitions = list(Recognition.objects.for_public_display().select_related("news_page"))
    news_pages = localized_news_pages(recognitions)
    language = get_language()
    listing = []
    for recognition in recognitions:
        title, awarded_by, description = recognition.in_language(language)
        news_page = news_pages.get(recognition.news_page.translation_key) if recognition.news_page else None
        listing.append(
            PublicRecognition(
                title=title,
                awarded_by=awarded_by,
                date=recognition.date,
                description=description,
                recipient=recipient_name(recognition),
                news_url=news_page.get_url(request) if news_page else None,
            )
        )
    return listing
