"""Signing up and cancelling on the volunteer's own page, with the portal's session (portal/responses.py).

Every answer is private (no-store); a sign-up or sign-up id of someone else is simply not found.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from core.private_sections import public
from portal.responses import HttpResponseSeeOther, volunteer_required

from .models import OpportunityPage, Shift, Signup
from .portal_shifts import opportunity_in_language, waiting_position, why_not_yet
from .signups import SignupRefused, cancel, cancel_cutoff, check_eligible, sign_up


def signed_up_message(signup):
    if signup.state == Signup.State.CONFIRMED:
        return _("Sign-up accepted. You have a place on the shift.")
    position = waiting_position(signup)
    return ngettext(
        "Sign-up accepted. You are number %(position)d on the waiting list.",
        "Sign-up accepted. You are number %(position)d on the waiting list.",
        position,
    ) % {"position": position}


def shift_open_to_sign_up(shift_id):
    """A shift of a live public opportunity, or 404 (a draft or private opportunity's shifts are not offered)."""
    shift = get_object_or_404(Shift.objects.select_related("opportunity"), pk=shift_id)
    if not public(OpportunityPage.objects.live()).filter(pk=shift.opportunity_id).exists():
        raise Http404
    return shift


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def sign_up_view(request, session, shift_id):
    volunteer = session.volunteer
    shift = shift_open_to_sign_up(shift_id)
    refusal = None
    if request.method == "POST":
        try:
            signup = sign_up(volunteer, shift)
        except SignupRefused as refused:
            refusal = refused
        else:
            messages.success(request, signed_up_message(signup))
            return HttpResponseSeeOther(reverse("portal:home"))
    else:
        try:
            check_eligible(volunteer, shift)
        except SignupRefused as refused:
            refusal = refused
    page = opportunity_in_language(shift.opportunity, request.LANGUAGE_CODE)
    context = {
        "volunteer": volunteer,
        "shift": shift,
        "opportunity": page,
        "opportunity_url": page.get_url(request),
        "place": shift.place or page.place,
        "requirements": page.requirements(),
        "cutoff": cancel_cutoff(shift),
        "refusal": refusal,
        "not_yet": why_not_yet(volunteer) if refusal else "",
    }
    status = 400 if request.method == "POST" and refusal else 200
    return render(request, "opportunities/portal/sign_up.html", context, status=status)


def may_cancel_online(signup, now):
    """A person waiting may always step out; a confirmed place until the cut-off (signups.cancel decides)."""
    return signup.state == Signup.State.WAITING or now < cancel_cutoff(signup.shift)


@require_http_methods(["GET", "HEAD", "POST"])
@volunteer_required
def cancel_view(request, session, signup_id):
    """GET shows the shift and what cancelling means (the place goes to the waiting list); POST cancels."""
    # Only the person's own sign-ups exist here: anyone else's is a 404, whoever asks.
    signup = get_object_or_404(
        Signup.objects.select_related("shift__opportunity"), pk=signup_id, volunteer=session.volunteer
    )
    now = timezone.now()
    if request.method == "POST":
        was_waiting = signup.state == Signup.State.WAITING
        try:
            cancel(signup, now=now)
        except SignupRefused as refused:
            messages.error(request, refused.message)
        else:
            if was_waiting:
                messages.success(request, _("You have left the waiting list."))
            else:
                messages.success(request, _("Your sign-up has been cancelled."))
        return HttpResponseSeeOther(reverse("portal:home"))
    shift = signup.shift
    if signup.state not in (Signup.State.CONFIRMED, Signup.State.WAITING) or shift.ends_at <= now:
        # Already cancelled or over: nothing to confirm.
        return HttpResponseSeeOther(reverse("portal:home"))
    page = opportunity_in_language(shift.opportunity, request.LANGUAGE_CODE)
    context = {
        "volunteer": session.volunteer,
        "signup": signup,
        "shift": shift,
        "opportunity": page,
        "opportunity_url": page.get_url(request) if page.live else "",
        "place": shift.place or page.place,
        "waiting": signup.state == Signup.State.WAITING,
        "position": waiting_position(signup) if signup.state == Signup.State.WAITING else None,
        "cutoff": cancel_cutoff(shift),
        "may_cancel": may_cancel_online(signup, now),
    }
    return render(request, "opportunities/portal/cancel.html", context)
