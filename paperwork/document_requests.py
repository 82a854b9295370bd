"""Volunteers' requests for documents (art. 44 of the Act on public benefit activity and volunteering).

The host issues, on the volunteer's request, a certificate of the work done, may give an opinion on it, and
confirms the agreement's terms in writing. A request is made on the volunteer's own page (portal_documents.py)
and answered by a named coordinator in the admin (request_admin.py): the document is issued, or the request is
declined with a reason the person sees. Either way the person is told by e-mail that their page has the answer.

ask(volunteer, kinds, language)   store an open request per kind unless one is open already; ([new], [already])
fulfil(request, user, issue)      issue(request) makes the document; the request is done; one transaction
decline(request, user, reason)    the request is declined with the reason
for_volunteer(volunteer)          the person's requests, newest first, for their page

Every step is in Wagtail's audit log, naming the request ("Document request #5"), never the person.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from portal.notify import email_volunteer
from registry.join import ratelimit
from registry.models import Volunteer

from .models import DocumentRequest

logger = logging.getLogger("paperwork")

REQUESTED_ACTION = "paperwork.request"
ANSWERED_ACTION = "paperwork.request_answered"
EMAIL_KIND = "paperwork.request_answered"
RATE_SCOPE = "paperwork-request"
MAX_REASON_LENGTH = 500
SHOWN_ON_PAGE = 20

Kind = DocumentRequest.Kind
State = DocumentRequest.State


class TooManyRequests(Exception):
    """More new requests than PAPERWORK_REQUEST_RATE allows one person; nothing was stored."""


class AlreadyAnswered(Exception):
    """The request was answered meanwhile (another coordinator, a second click): nothing more was done."""


def within_rate(volunteer):
    """Counts only requests that would be stored: asking again for one that waits costs nothing."""
    limit, window = ratelimit.parse_rate(settings.PAPERWORK_REQUEST_RATE)
    return ratelimit.reserve(RATE_SCOPE, str(volunteer.pk), limit, window)


def ask(volunteer, kinds, language):
    """Store one open request for each kind the person has none waiting for; returns ([stored], [already open]).

    Raises TooManyRequests (and stores nothing) when new rows would pass the person's limit.
    """
    stored, already = [], []
    with transaction.atomic():
        # Locked, so a double click or two tabs store each request once (the constraint stands behind it).
        Volunteer.objects.select_for_update().filter(pk=volunteer.pk).first()
        waiting = {request.kind: request for request in DocumentRequest.objects.open().filter(volunteer=volunteer)}
        new_kinds = [kind for kind in kinds if kind not in waiting]
        already = [waiting[kind] for kind in kinds if kind in waiting]
        if new_kinds and not within_rate(volunteer):
            logger.info("document request refused: the person's rate limit is reached")
            raise TooManyRequests
        for kind in new_kinds:
            try:
                with transaction.atomic():
                    request = DocumentRequest.objects.create(volunteer=volunteer, kind=kind, language=language)
            except IntegrityError:
                already.append(DocumentRequest.objects.open().get(volunteer=volunteer, kind=kind))
                continue
            log(instance=request, action=REQUESTED_ACTION, user=None, data={"kind": kind})
            logger.info("document request #%s stored (%s)", request.pk, kind)
            stored.append(request)
    return stored, already


def for_volunteer(volunteer):
    return (
        DocumentRequest.objects.filter(volunteer=volunteer)
        .select_related("document")
        .order_by("-requested_at", "-pk")[:SHOWN_ON_PAGE]
    )


def _answer(request, user, state, *, document=None, reason=""):
    request.state = state
    request.handled_by = user
    request.done_at = timezone.now()
    request.document = document
    request.decline_reason = reason
    request.save(update_fields=["state", "handled_by", "done_at", "document", "decline_reason"])
    data = {"state": state, "number": document.number} if document else {"state": state}
    log(instance=request, action=ANSWERED_ACTION, user=user, data=data)
    tell_volunteer(request)


def _locked_open(request):
    locked = DocumentRequest.objects.select_for_update().select_related("volunteer").get(pk=request.pk)
    if not locked.is_open:
        raise AlreadyAnswered
    return locked


def fulfil(request, user, issue):
    """Issue the requested document with `issue(request)` and mark the request done; the volunteer is e-mailed.

    One transaction: a ValidationError from issuing leaves the request open and nothing issued.
    """
    with transaction.atomic():
        locked = _locked_open(request)
        document = issue(locked)
        _answer(locked, user, State.DONE, document=document)
    return locked


def clean_reason(reason):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the reason for declining: the volunteer will read it."), code="no_reason")
    if len(reason) > MAX_REASON_LENGTH:
        raise ValidationError(_("The reason is too long."), code="reason_too_long")
    return reason


def decline(request, user, reason):
    reason = clean_reason(reason)
    with transaction.atomic():
        locked = _locked_open(request)
        _answer(locked, user, State.DECLINED, reason=reason)
    return locked


def tell_volunteer(request):
    """An e-mail that the answer is on their page: the kind of document, no number, name or reason."""
    done = request.state == State.DONE
    return email_volunteer(
        request.volunteer,
        key=f"{EMAIL_KIND}:{request.pk}",
        kind=EMAIL_KIND,
        subject=_("Your document is ready") if done else _("Your request for a document has been answered"),
        template="paperwork/emails/request_answered.txt",
        context={"done": done, "kind_label": Kind(request.kind).label},
    )
