"""The public verification page: anyone holding a document (or its QR code) can check it is genuine.

It confirms the number, date, kind and the holder's initials, never more; it says when a document was revoked
or replaced. An unknown code answers 404. Each lookup is counted per client address (registry/join/ratelimit.py)
so codes cannot be tried in bulk, and no answer may be kept by the page cache or a CDN (private, no-store).
The page reads one register row: its query count does not depend on the document.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET

from core.client_ip import get_client_ip
from registry.join.ratelimit import allow, parse_rate

from .models import IssuedDocument
from .numbering import format_code, normalise_code

RATE_SCOPE = "paperwork-verify"
FIELDS = ("kind", "year", "serial", "issued_at", "holder_initials", "state", "replaced_by__year", "replaced_by__serial")


def private(response):
    """Nothing here belongs in a shared cache: the page shows initials and says whether a code exists."""
    patch_cache_control(response, private=True, no_store=True, max_age=0)
    return response


def within_rate(request):
    limit, window = parse_rate(settings.PAPERWORK_VERIFY_RATE)
    return allow(RATE_SCOPE, get_client_ip(request) or "unknown", limit, window)


@require_GET
def verify_form(request):
    """The form for typing a code; a typed code goes on to its own address."""
    typed = request.GET.get("code", "")
    if typed:
        code = normalise_code(typed)
        if code:
            return private(redirect("paperwork_verify_code", code=code))
        return private(render(request, "paperwork/verify.html", {"typed": typed[:64], "malformed": True}, status=404))
    return private(render(request, "paperwork/verify.html", {}))


@require_GET
def verify_code(request, code):
    if not within_rate(request):
        response = render(request, "paperwork/verify.html", {"rate_limited": True}, status=429)
        response["Retry-After"] = "600"
        return private(response)
    normalised = normalise_code(code)
    document = (
        IssuedDocument.objects.filter(verification_code=normalised).values(*FIELDS).first() if normalised else None
    )
    if document is None:
        return private(render(request, "paperwork/verify.html", {"unknown": True, "typed": code[:64]}, status=404))
    context = {
        "found": document,
        "kind_label": IssuedDocument.Kind(document["kind"]).label,
        "number": f"{document['serial']}/{document['year']}",
        "replacement_number": (
            f"{document['replaced_by__serial']}/{document['replaced_by__year']}"
            if document["replaced_by__serial"]
            else ""
        ),
        "code": format_code(normalised),
    }
    return private(render(request, "paperwork/verify.html", context))
