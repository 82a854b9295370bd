"""The accessibility statement's yearly review: a reminder to the site's editors in March, and once overdue.

The statement must be reviewed at least once a year, by 31 March (README "Accessibility statement"). A review
recorded this calendar year (the statement's "date of the last review", else the date it was prepared) means
nothing is due. From 1 March an unreviewed statement is "due"; from 1 April it is "overdue". Each of the
two reminders goes once a year to each editor (the outbox key carries the year and the account), so the daily
job, or the command run by hand, never sends one twice.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from outbox import queue_email

from .accessibility import AccessibilityStatementPage

logger = logging.getLogger("home.accessibility_review")

EDITORS_GROUP = "Communications"
DUE, OVERDUE = "due", "overdue"
REVIEW_MONTH = 3  # the review is due by the end of March


def statement():
    """The live statement in the default language (the review date is synchronised to the translations)."""
    return AccessibilityStatementPage.for_locale(Locale.get_default())


def last_review(page):
    return page.reviewed_on or page.prepared_on


def review_state(page, today):
    """None (nothing due), DUE (March, not reviewed this year) or OVERDUE (after March, still not reviewed)."""
    last = last_review(page)
    if (last and last.year >= today.year) or today.month < REVIEW_MONTH:
        return None
    return DUE if today.month == REVIEW_MONTH else OVERDUE


def editors():
    """Active accounts in the Communications group, and superusers, that have an address."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=EDITORS_GROUP))
        .exclude(email="")
        .distinct()
        .order_by("pk")
    )


def admin_language(user):
    return UserProfile.get_for_user(user).get_preferred_language() or settings.LANGUAGE_CODE


def send_review_reminders(today=None):
    """Queue this year's reminder for each editor when the review is due or overdue; returns the state."""
    today = today or timezone.localdate()
    page = statement()
    if page is None:
        logger.info("no live accessibility statement: no review reminder")
        return None
    state = review_state(page, today)
    if state is None:
        return None
    edit_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])
    last = last_review(page)
    for user in editors():
        language = admin_language(user)
        with translation.override(language):
            if state == DUE:
                subject = gettext("The accessibility statement needs its yearly review by 31 March")
            else:
                subject = gettext("The accessibility statement's yearly review is overdue")
            text = render_to_string(
                "home/emails/accessibility_review.txt",
                {
                    "overdue": state == OVERDUE,
                    "year": today.year,
                    "last_review": formats.date_format(last, "SHORT_DATE_FORMAT") if last else "",
                    "edit_url": edit_url,
                },
            )
        queue_email(
            key=f"accessibility.review_{state}:{today.year}:{user.pk}",
            kind=f"accessibility.review_{state}",
            to=user.email,
            subject=subject,
            text=text,
            language=language,
        )
    return state
