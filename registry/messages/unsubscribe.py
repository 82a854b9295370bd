"""The unsubscribe link in every programme message: a signed token, no login, one confirming POST.

Opening the link changes nothing (mail scanners follow links); the page asks, the button unsubscribes.
The pages name no one and say the same for a record that no longer exists, so a token reveals nothing.
Messages about the person's own application or shifts do not look at the flag.

The address is translated (/pl/wypisz/<token>/, /en/unsubscribe/<token>/, website/urls.py); links sent before it was,
/pl/unsubscribe/<token>/, lead to it (old_address).
"""

from django.conf import settings
from django.core import signing
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from registry.models import Volunteer

SALT = "registry.messages.unsubscribe"


def make_token(volunteer):
    return signing.dumps(volunteer.pk, salt=SALT, compress=False)


def volunteer_id_from_token(token):
    """The volunteer id the token was signed for, or None for a forged or damaged token."""
    try:
        value = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


def unsubscribe_url(volunteer, language):
    """The absolute link, in the person's language (/pl/… or /en/…)."""
    with translation.override(language):
        path = reverse("registry_messages_unsubscribe", args=[make_token(volunteer)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    volunteer_id = volunteer_id_from_token(token)
    if volunteer_id is None:
        return render(request, "registry/messages/unsubscribe_invalid.html", status=404)
    if request.method == "POST":
        # An anonymised or deleted record updates nothing and gets the same answer.
        Volunteer.objects.filter(pk=volunteer_id, anonymised_at__isnull=True).update(unsubscribed_from_messages=True)
        return render(request, "registry/messages/unsubscribe_done.html")
    return render(request, "registry/messages/unsubscribe_confirm.html")


@never_cache
@require_http_methods(["GET", "POST"])
def old_address(request, token):
    """A link sent before the address was translated: to the page's address in the link's language. Permanent,
    and a POST stays a POST (308)."""
    return redirect("registry_messages_unsubscribe", token=token, permanent=True, preserve_request=True)
