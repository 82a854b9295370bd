"""Digests for coordinators: counts and links to the filtered admin list, never a name or an address.

Each digest is one outbox row per day (its key carries the date), so beat running twice, or the command
run by hand after it, sends it once. Nothing to report: nothing is sent.
"""

import datetime
import logging
from urllib.parse import urlencode

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from outbox import queue_email

from .filters import VETTING_WARNING_DAYS
from .models import DataSubjectRequest, JoinPage, Volunteer

logger = logging.getLogger("registry.digests")


def coordinators_email():
    """REGISTRY_COORDINATORS_EMAIL, else the join page's notification address."""
    if settings.REGISTRY_COORDINATORS_EMAIL:
        return settings.REGISTRY_COORDINATORS_EMAIL
    page = JoinPage.objects.live().exclude(notification_email="").order_by("pk").first()
    return page.notification_email if page else ""


def volunteers_list_url(**filters):
    path = reverse(Volunteer.snippet_viewset.get_url_name("list"))
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path + "?" + urlencode(filters)


def vetting_figures(today):
    active = Volunteer.objects.not_anonymised().filter(status=Volunteer.Status.ACTIVE)
    warning_end = today + datetime.timedelta(days=VETTING_WARNING_DAYS)
    return {
        "expiring": active.filter(vetting_expires_on__gte=today, vetting_expires_on__lte=warning_end).count(),
        "expired": active.filter(vetting_expires_on__lt=today).count(),
    }


def unanswered_cutoff(today):
    """Applications sent before this day have waited longer than the join page promises."""
    return today - datetime.timedelta(days=settings.REGISTRY_ANSWER_DAYS)


def unanswered_count(today):
    cutoff = unanswered_cutoff(today)
    start_of_cutoff = timezone.make_aware(datetime.datetime.combine(cutoff, datetime.time.min))
    return (
        Volunteer.objects.not_anonymised()
        .filter(status=Volunteer.Status.APPLIED, created_at__lt=start_of_cutoff)
        .count()
    )


def _queue_digest(kind, today, subject, template, context):
    to = coordinators_email()
    if not to:
        logger.warning("%s: no coordinators' address set (REGISTRY_COORDINATORS_EMAIL); nothing sent", kind)
        return None
    language = settings.LANGUAGE_CODE
    with translation.override(language):
        text = render_to_string(template, context)
    return queue_email(
        key=f"{kind}:{today.isoformat()}", kind=kind, to=to, subject=subject, text=text, language=language
    )


def send_vetting_digest(today=None):
    """Active volunteers whose vetting expires within 30 days or has expired; returns the figures."""
    today = today or timezone.localdate()
    figures = vetting_figures(today)
    if not any(figures.values()):
        return figures
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Vetting to renew: weekly summary")
        context = {
            **figures,
            "days": VETTING_WARNING_DAYS,
            "expiring_url": volunteers_list_url(status="active", vetting="expiring"),
            "expired_url": volunteers_list_url(status="active", vetting="expired"),
        }
    _queue_digest("digest.vetting", today, subject, "registry/emails/digest_vetting.txt", context)
    return figures


def send_unanswered_digest(today=None):
    """Applications still waiting for an answer after REGISTRY_ANSWER_DAYS days; returns their count."""
    today = today or timezone.localdate()
    count = unanswered_count(today)
    if not count:
        return count
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Applications waiting for an answer")
        last_day = unanswered_cutoff(today) - datetime.timedelta(days=1)
        context = {
            "count": count,
            "days": settings.REGISTRY_ANSWER_DAYS,
            "list_url": volunteers_list_url(status="applied", joined_to=last_day.isoformat()),
        }
    _queue_digest("digest.unanswered", today, subject, "registry/emails/digest_unanswered.txt", context)
    return count


def data_request_figures(today):
    from .gdpr.requests import due_soon

    return {
        "due_soon": due_soon(DataSubjectRequest.objects.all(), today).count(),
        "overdue": DataSubjectRequest.objects.overdue(today).count(),
    }


def data_requests_list_url(state):
    path = reverse("wagtailsnippets_registry_datasubjectrequest:list")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path + "?" + urlencode({"state": state})


def send_data_requests_digest(today=None):
    """Open data-subject requests due within DUE_SOON_DAYS days or overdue (GDPR art. 12(3)); returns figures."""
    from .gdpr.requests import DUE_SOON_DAYS

    today = today or timezone.localdate()
    figures = data_request_figures(today)
    if not any(figures.values()):
        return figures
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("Data-subject requests nearing their deadline")
        context = {
            **figures,
            "days": DUE_SOON_DAYS,
            "due_soon_url": data_requests_list_url("due-soon"),
            "overdue_url": data_requests_list_url("overdue"),
        }
    _queue_digest("digest.data_requests", today, subject, "registry/emails/digest_data_requests.txt", context)
    return figures
