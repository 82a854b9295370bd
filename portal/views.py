"""The volunteer's page: signing in and out, the home page, hours, own data and the calendar secret."""

import logging

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from core.cache.signals import invalidate as invalidate_page_cache
from core.client_ip import get_client_ip
from registry.gdpr.readable import personal_data_zip
from registry.join import ratelimit
from registry.models import DataSubjectRequest, Volunteer

from . import calendar, email_change, hours, sections, sessions, sign_in, status
from .audit import CONSENT_WITHDRAWN, CONTACT_CHANGED, HOURS_REPORTED, REMOVAL_REQUESTED, log_by_volunteer
from .forms import ContactForm, HourReportForm, SignInForm
from .responses import HttpResponseSeeOther, private, private_view, safe_next, volunteer_required

logger = logging.getLogger("portal")


def home_url():
    return reverse("portal:home")


# Signing in


@private_view
@require_http_methods(["GET", "HEAD", "POST"])
def sign_in_view(request):
    if sessions.current(request) is not None:
        return HttpResponseSeeOther(safe_next(request, request.GET.get("next")) or home_url())
    # Error reports must never carry the address typed.
    request.sensitive_post_parameters = "__ALL__"
    next_path = safe_next(request, request.GET.get("next"))
    form = SignInForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if not sign_in.client_may_ask(get_client_ip(request)):
            logger.info("portal sign-in: client rate limit reached")
            form.add_error(
                None, _("Too many sign-in requests from your connection. Please wait a while and try again.")
            )
            response = render(request, "portal/sign_in.html", {"form": form, "next": next_path}, status=429)
            window = ratelimit.parse_rate(settings.PORTAL_SIGN_IN_RATE_PER_CLIENT)[1]
            response["Retry-After"] = str(ratelimit.seconds_left(window))
            return response
        sign_in.request_link(form.cleaned_data["email"], next_path)
        return HttpResponseSeeOther(reverse("portal:sign_in_sent"))
    context = {"form": form, "next": next_path}
    return render(request, "portal/sign_in.html", context, status=400 if form.errors else 200)


@private_view
@require_GET
def sign_in_sent(request):
    return render(request, "portal/sign_in_sent.html", {"minutes": settings.PORTAL_SIGN_IN_LINK_SECONDS // 60})


@private_view
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET only shows a button: mail scanners that open links must not use them up. POST signs in."""
    if request.method == "POST":
        volunteer = sign_in.use_link(token)
        if volunteer is not None:
            destination = safe_next(request, request.GET.get("next")) or home_url()
            return sessions.start(HttpResponseSeeOther(destination), volunteer)
    state = sign_in.link_state(token)
    status_code = 200 if state is sign_in.LinkState.VALID else 400
    return render(request, "portal/confirm.html", {"state": state.value}, status=status_code)


@require_POST
def sign_out(request):
    session = sessions.current(request)
    if session is not None:
        sessions.end(session)
    return private(sessions.forget_cookie(HttpResponseSeeOther(reverse("portal:signed_out"))))


@require_POST
@volunteer_required
def sign_out_everywhere(request, session):
    sessions.end_everywhere(session.volunteer)
    return sessions.forget_cookie(HttpResponseSeeOther(reverse("portal:signed_out") + "?everywhere=1"))


@private_view
@require_GET
def signed_out(request):
    # Says only what the button pressed did: nothing is read from the sessions here.
    return render(request, "portal/signed_out.html", {"everywhere": request.GET.get("everywhere") == "1"})


# The volunteer's pages


@require_GET
@volunteer_required
def home(request, session):
    volunteer = session.volunteer
    context = {
        "volunteer": volunteer,
        "next_step": status.next_step(volunteer),
        "vetting": status.vetting(volunteer),
        "sections": sections.render_context(request, volunteer),
    }
    return render(request, "portal/home.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def hours_view(request, session):
    volunteer = session.volunteer
    form = HourReportForm(request.POST if request.method == "POST" else None, volunteer=volunteer)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # Locked, so a double click or a resent form (back, send again) stores the report once.
            Volunteer.objects.select_for_update().filter(pk=volunteer.pk).first()
            if not hours.same_report_pending(form):
                report = form.save()
                log_by_volunteer(volunteer, HOURS_REPORTED, report=report.pk)
        messages.success(request, _("Thank you. Your hours are waiting for a coordinator's approval."))
        return HttpResponseSeeOther(reverse("portal:hours"))
    context = {
        "volunteer": volunteer,
        "form": form,
        "records": hours.service_records(volunteer),
        "total": hours.total(volunteer),
        "by_year": hours.totals_by_year(volunteer),
        "by_area": hours.totals_by_area(volunteer),
        "reports": hours.reports(volunteer),
    }
    return render(request, "portal/hours.html", context, status=400 if form.errors else 200)


def open_removal_request(volunteer):
    return DataSubjectRequest.objects.open().filter(volunteer=volunteer, kind=DataSubjectRequest.Kind.ERASURE).first()


def save_contact(request, form, volunteer):
    """Save and log the corrected fields (names only); the e-mail address waits for its link (email_change.py)."""
    changed = sorted(set(form.changed_data) - {"email"})
    if not changed:
        return
    with transaction.atomic():
        form.save()
        log_by_volunteer(volunteer, CONTACT_CHANGED, fields=changed)
    messages.success(request, _("Your details have been saved."))


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def my_data(request, session):
    volunteer = session.volunteer
    form = ContactForm(request.POST if request.method == "POST" else None, instance=volunteer)
    if request.method == "POST" and form.is_valid():
        new_address = form.cleaned_data["email"]
        if new_address.lower() != volunteer.email.lower():
            # Kept until the new mailbox confirms (portal/email_change.py); the rest is saved now.
            email_change.request_change(volunteer, new_address)
            messages.info(
                request,
                _("We have sent a link to the new address. Your address changes when you open it."),
            )
        save_contact(request, form, volunteer)
        return HttpResponseSeeOther(reverse("portal:my_data"))
    context = {
        "volunteer": volunteer,
        "form": form,
        "removal_request": open_removal_request(volunteer),
    }
    return render(request, "portal/my_data.html", context, status=400 if form.errors else 200)


@require_GET
@volunteer_required
def my_data_copy(request, session):
    """The same ZIP coordinators export for the person (registry/gdpr/readable.py)."""
    filename, content = personal_data_zip(session.volunteer)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def withdraw_public_name(request, session):
    """GET explains and asks; POST withdraws (the name leaves every public page at once)."""
    volunteer = session.volunteer
    if request.method != "POST":
        if not volunteer.consent_public_name:
            return HttpResponseSeeOther(reverse("portal:my_data"))
        return render(request, "portal/confirm_public_name.html", {"volunteer": volunteer})
    with transaction.atomic():
        changed = Volunteer.objects.filter(pk=volunteer.pk, consent_public_name=True).update(consent_public_name=False)
        if changed:
            log_by_volunteer(volunteer, CONSENT_WITHDRAWN)
            # Recognitions name people who agreed to it: every cached public page must be rebuilt now.
            invalidate_page_cache()
    messages.success(request, _("Your name will no longer be shown on the public site."))
    return HttpResponseSeeOther(reverse("portal:my_data"))


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def request_removal(request, session):
    """GET says what removal means and asks to confirm; POST files the request (once, whatever is clicked twice)."""
    volunteer = session.volunteer
    if request.method != "POST":
        if open_removal_request(volunteer) is not None:
            return HttpResponseSeeOther(reverse("portal:my_data"))
        return render(request, "portal/confirm_removal.html", {"volunteer": volunteer})
    with transaction.atomic():
        # Locked, so a double click makes one request.
        Volunteer.objects.select_for_update().filter(pk=volunteer.pk).first()
        if open_removal_request(volunteer) is None:
            DataSubjectRequest.objects.create(
                volunteer=volunteer,
                kind=DataSubjectRequest.Kind.ERASURE,
                received_on=timezone.localdate(),
                notes="Asked for on the volunteer's page.",
            )
            log_by_volunteer(volunteer, REMOVAL_REQUESTED)
    messages.success(request, _("We have your request to remove your data."))
    return HttpResponseSeeOther(reverse("portal:my_data"))


# The calendar's secret address

# A new address travels to the page that shows it in a short-lived signed cookie, read once and deleted: a
# reload or Back shows the page again without making another address, and the secret is never in a URL.
CALENDAR_REVEAL_COOKIE = "cv_volunteer_calendar"
CALENDAR_REVEAL_SECONDS = 5 * 60
CALENDAR_REVEAL_SALT = "portal.calendar.reveal"


def calendar_address(token):
    # On the site's configured address: a calendar app keeps fetching it long after this request's Host.
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("portal:calendar_feed", args=[token])


def revealed_calendar(request, volunteer):
    """(address, whether it replaced one) from the one-time cookie, if it holds this volunteer's live address."""
    value = request.get_signed_cookie(
        CALENDAR_REVEAL_COOKIE, default="", salt=CALENDAR_REVEAL_SALT, max_age=CALENDAR_REVEAL_SECONDS
    )
    replaced, _sep, token = value.partition(":")
    if not token or calendar.volunteer_for(token) != volunteer:
        return None, False
    return calendar_address(token), replaced == "1"


@require_GET
@volunteer_required
def calendar_page(request, session):
    """The calendar's address: shown once, just after it is made (only its digest is kept); else its state."""
    volunteer = session.volunteer
    new_address, replaced = revealed_calendar(request, volunteer)
    context = {
        "volunteer": volunteer,
        "calendar_url": new_address,
        "replaced": replaced,
        "feed": calendar.current_address(volunteer),
    }
    response = render(request, "portal/calendar.html", context)
    if CALENDAR_REVEAL_COOKIE in request.COOKIES:
        response.delete_cookie(CALENDAR_REVEAL_COOKIE, path=reverse("portal:calendar"), samesite="Lax")
    return response


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def renew_calendar(request, session):
    """POST makes a new secret address (the old one stops working) and sends the browser to the page showing it;
    GET (an address typed or kept in the history) only leads to that page."""
    if request.method != "POST":
        return HttpResponseSeeOther(reverse("portal:calendar"))
    replaced = calendar.current_address(session.volunteer) is not None
    token = calendar.renew(session.volunteer)
    response = HttpResponseSeeOther(reverse("portal:calendar"))
    response.set_signed_cookie(
        CALENDAR_REVEAL_COOKIE,
        f"{int(replaced)}:{token}",
        salt=CALENDAR_REVEAL_SALT,
        max_age=CALENDAR_REVEAL_SECONDS,
        path=reverse("portal:calendar"),
        httponly=True,
        secure=settings.PORTAL_COOKIE_SECURE,
        samesite="Lax",
    )
    return response


def calendar_feed(request, token):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    volunteer = calendar.volunteer_for(token)
    if volunteer is None:
        raise Http404
    response = HttpResponse(calendar.feed(volunteer), content_type="text/calendar; charset=utf-8")
    return private(response)


# Status of the page for a link that cannot be used (any 4xx is logged by Django with its path: the token in
# it is replaced in the log line, core/logfilters.py).
LINK_STATUS = {
    sign_in.LinkState.VALID: 200,
    sign_in.LinkState.USED: 410,
    sign_in.LinkState.EXPIRED: 410,
    sign_in.LinkState.UNKNOWN: 404,
}


@private_view
@require_http_methods(["GET", "HEAD", "POST"])
def confirm_email(request, token):
    """GET only shows a button (mail scanners open links); POST makes the change, once.

    The link is a random token (portal/email_change.py): no address or record id in it, nor on these pages.
    """
    if request.method == "POST":
        result = email_change.use_link(token)
        if result == email_change.DONE:
            return render(request, "portal/confirm_email.html", {"state": result})
        if result == email_change.TAKEN:
            return render(request, "portal/confirm_email.html", {"state": result}, status=409)
        state = result
    else:
        state = email_change.link_state(token)
    return render(request, "portal/confirm_email.html", {"state": state.value}, status=LINK_STATUS[state])
