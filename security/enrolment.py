"""Enrolling an authenticator needs a one-time link sent to the account's e-mail address.

A password alone must not be enough to register an authenticator: whoever stole it would register their
own. The link is signed (django.core.signing), lasts ENROLMENT_LINK_SECONDS and works once: it carries a
digest of the account's password hash and TOTP devices, and opening it replaces the pending device, which
changes the digest. It only works for the account it was sent to, in a browser signed in to that account.
"""

import hashlib

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from outbox import queue_email

ENROLMENT_LINK_SECONDS = 60 * 60
# One e-mail a minute per account, so a password thief cannot flood the owner's inbox.
RESEND_PAUSE_SECONDS = 60
# The salt keeps its first module path: changing it would void the links already sent.
SALT = "website.security.enrolment"
SESSION_KEY = "security_2fa_enrolment_device"


def account_state(user):
    """Changes when the password changes or a device is added, replaced or removed: old links die."""
    device_ids = ",".join(
        str(pk) for pk in TOTPDevice.objects.filter(user=user).order_by("pk").values_list("pk", flat=True)
    )
    return hashlib.sha256(f"{user.pk}|{user.password}|{user.email}|{device_ids}".encode()).hexdigest()[:32]


def make_token(user):
    return signing.dumps({"user": user.pk, "state": account_state(user)}, salt=SALT)


def token_is_valid(user, token):
    try:
        data = signing.loads(token, salt=SALT, max_age=ENROLMENT_LINK_SECONDS)
    except signing.BadSignature:  # SignatureExpired is a BadSignature too
        return False
    return data.get("user") == user.pk and data.get("state") == account_state(user)


def enrolment_url(user):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("security_2fa_enrol", args=[make_token(user)])


def send_enrolment_link(user):
    """E-mails the link (after the transaction commits); False when one went out less than a minute ago."""
    if not cache.add(f"security:2fa-enrolment-mail:{user.pk}", True, RESEND_PAUSE_SECONDS):
        return False
    url = enrolment_url(user)
    subject = _("Set up two-step verification")
    body = _(
        "Someone signed in to your account on the Civic Volunteering site and asked to set up two-step "
        "verification.\n\n"
        "If it was you, open this link within 60 minutes, in the browser where you are signed in:\n%(url)s\n\n"
        "The link works once. If it was not you, someone may know your password: change it and tell an "
        "administrator."
    ) % {"url": url}
    # Through the outbox: retried if the mail server fails, never sent twice for one link.
    queue_email(
        key=f"security.enrolment:{user.pk}:{hashlib.sha256(url.encode()).hexdigest()[:24]}",
        kind="security.enrolment",
        to=user.email,
        subject=subject,
        text=body,
        language=translation.get_language(),
    )
    return True


def start_enrolment(request):
    """After a valid link: a new pending device, which only this browser session may confirm."""
    TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
    device = TOTPDevice.objects.create(user=request.user, name="authenticator", confirmed=False)
    request.session[SESSION_KEY] = device.pk
    return device


def enrolling_device(request):
    """The pending device this session was given by an enrolment link, if any."""
    device_id = request.session.get(SESSION_KEY)
    if device_id is None:
        return None
    return TOTPDevice.objects.filter(pk=device_id, user=request.user, confirmed=False).first()
