"""Two-step verification in the Wagtail admin: set up a TOTP device, then enter its code after sign-in."""

import base64

import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp import login as otp_login
from django_otp import match_token

from . import enrolment
from .forms import TokenForm
from .two_factor import confirmed_device, url_with_next

INVALID_CODE = _("That code is not valid. Enter the current code from your authenticator app.")


@never_cache
def verify(request):
    """Second step of sign-in: one code from the user's confirmed device."""
    if not confirmed_device(request.user):
        return redirect_preserving_next("security_2fa_setup", request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        form.add_error("token", INVALID_CODE)
    return TemplateResponse(request, "security/two_factor_verify.html", {"form": form, "next": next_url(request)})


@never_cache
def setup(request):
    """Shows a new secret as a QR code and confirms it with a first code; the secret needs an e-mailed link."""
    if confirmed_device(request.user):
        if not request.user.is_verified():
            return redirect_preserving_next("security_2fa_verify", request)
        return TemplateResponse(request, "security/two_factor_setup.html", {"already_on": True})
    device = enrolment.enrolling_device(request)
    if device is None:
        return request_link(request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            del request.session[enrolment.SESSION_KEY]
            otp_login(request, device)
            messages.success(request, _("Two-step verification is on."))
            return redirect(next_url(request))
        form.add_error("token", INVALID_CODE)
    context = {
        "form": form,
        "next": next_url(request),
        "qr_data_url": qr_data_url(device.config_url),
        "secret": base64.b32encode(device.bin_key).decode(),
    }
    return TemplateResponse(request, "security/two_factor_setup.html", context)


def request_link(request):
    """Before the secret: a one-time link to the account's e-mail address, which a password thief cannot read."""
    context = {"next": next_url(request), "has_email": bool(request.user.email)}
    if request.method == "POST" and request.POST.get("action") == "send_link" and request.user.email:
        if enrolment.send_enrolment_link(request.user):
            messages.success(request, _("We have sent a link to the e-mail address of your account. Open it here."))
        else:
            messages.warning(request, _("A link was sent less than a minute ago. Check your inbox."))
        return redirect_preserving_next("security_2fa_setup", request)
    return TemplateResponse(request, "security/two_factor_request_link.html", context)


@never_cache
def enrol(request, token):
    """The e-mailed link: opens the set-up page for this browser session, once."""
    if confirmed_device(request.user) or not enrolment.token_is_valid(request.user, token):
        context = {"invalid_link": True, "next": "/admin/", "has_email": bool(request.user.email)}
        return TemplateResponse(request, "security/two_factor_request_link.html", context, status=400)
    enrolment.start_enrolment(request)
    return redirect("security_2fa_setup")


def qr_data_url(text):
    """An inline SVG QR code: nothing leaves the server, and the admin CSP allows data: images."""
    svg = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage).to_string()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode()


def next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(candidate, {request.get_host()}, require_https=request.is_secure()):
        return candidate
    return "/admin/"


def redirect_preserving_next(view_name, request):
    return redirect(url_with_next(view_name, next_url(request)))
