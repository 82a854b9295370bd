"""Issuing and revoking documents: numbered in the register, logged, and never issued twice for one bulk key.

Every function here is what the admin, the bulk task and the volunteer's own page call; none renders a PDF
(pdf.py does, on download, from the frozen content).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from . import content
from .models import IssuedDocument
from .numbering import new_verification_code, next_serial

ISSUE_ACTION = "paperwork.issue"
REVOKE_ACTION = "paperwork.revoke"
Kind = IssuedDocument.Kind
MAX_REASON_LENGTH = 500


def document_language(volunteer, language=None):
    """The language asked for, else the volunteer's preferred one, else the site's default."""
    codes = {code for code, _name in settings.LANGUAGES}
    for candidate in (language, volunteer.preferred_language, settings.LANGUAGE_CODE):
        if candidate in codes:
            return candidate
    return settings.LANGUAGE_CODE


def _issue(kind, holder, user, signatory_user, language, build_content, agreement=None, bulk_key="", replaces=None):
    """Number and store one document; build_content(number) gives what it says. Runs in one transaction."""
    year = timezone.localdate().year
    with transaction.atomic():
        serial = next_serial(kind, year)
        number = f"{serial}/{year}"
        document = IssuedDocument.objects.create(
            kind=kind,
            year=year,
            serial=serial,
            holder=holder,
            holder_initials=content.holder_initials(holder),
            language=language,
            issued_by=user,
            verification_code=new_verification_code(),
            agreement=agreement,
            bulk_key=bulk_key,
            content={
                **build_content(number),
                "signatory": content.signatory(signatory_user or user),
                "issuer": settings.PAPERWORK_ISSUER_NAME,
            },
        )
        if replaces is not None:
            replace(replaces, document, user)
        # The label is "Certificate 12/2026": the log names the document, never the person.
        log(instance=document, action=ISSUE_ACTION, user=user, data={"kind": kind, "number": number})
    return document


def issue_certificate(holder, user, *, signatory=None, language=None, start=None, end=None, scope_note="", **kw):
    """A certificate (zaświadczenie, art. 44) of the approved service between start and end."""
    language = document_language(holder, language)
    if not content.approved_service_records(holder).exists():
        raise ValidationError(_("There are no approved hours to certify."), code="no_service")
    return _issue(
        Kind.CERTIFICATE,
        holder,
        user,
        signatory,
        language,
        lambda number: content.certificate_content(holder, language, start, end, scope_note),
        **kw,
    )


def issue_opinion(holder, user, *, assessment, signatory=None, language=None, **kw):
    """An opinion (opinia, art. 44) with the coordinator's assessment of the work."""
    assessment = (assessment or "").strip()
    if not assessment:
        raise ValidationError(_("Write the assessment."), code="no_assessment")
    language = document_language(holder, language)
    return _issue(
        Kind.OPINION,
        holder,
        user,
        signatory,
        language,
        lambda number: content.opinion_content(holder, language, assessment),
        **kw,
    )


def issue_agreement(agreement, user, *, signatory=None, language=None, **kw):
    """The agreement's document (porozumienie), made from the programme's template in the holder's language."""
    holder = agreement.volunteer
    language = document_language(holder, language)
    return _issue(
        Kind.AGREEMENT,
        holder,
        user,
        signatory,
        language,
        lambda number: content.agreement_content(agreement, language, number),
        agreement=agreement,
        **kw,
    )


def issue_once(issue_function, holder, bulk_key, user, **kwargs):
    """Issue with `bulk_key` unless the holder already has a document under it; (document, created)."""
    existing = IssuedDocument.objects.filter(holder=holder, bulk_key=bulk_key).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            return issue_function(holder, user, bulk_key=bulk_key, **kwargs), True
    except IntegrityError:
        # A second run of the same task got there first; its number was rolled back with this transaction.
        return IssuedDocument.objects.get(holder=holder, bulk_key=bulk_key), False


def clean_reason(reason):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(_("Give the reason for revoking the document."), code="no_reason")
    if len(reason) > MAX_REASON_LENGTH:
        raise ValidationError(_("The reason is too long."), code="reason_too_long")
    return reason


def revoke(document, user, reason):
    """Mark a valid document revoked, with the reason; the verification page says so from then on."""
    reason = clean_reason(reason)
    with transaction.atomic():
        locked = IssuedDocument.objects.select_for_update().get(pk=document.pk)
        if locked.state != IssuedDocument.State.VALID:
            raise ValidationError(_("Only a valid document can be revoked."), code="not_valid")
        locked.state = IssuedDocument.State.REVOKED
        locked.revoked_reason = reason
        locked.revoked_at = timezone.now()
        locked.save(update_fields=["state", "revoked_reason", "revoked_at"])
        # The reason stays on the record (coordinators only); the log keeps only that it happened.
        log(instance=locked, action=REVOKE_ACTION, user=user, data={"number": locked.number})
    return locked


def replace(old, new, user):
    """The old document now points to the one that replaces it."""
    updated = IssuedDocument.objects.filter(pk=old.pk, state=IssuedDocument.State.VALID).update(
        state=IssuedDocument.State.REPLACED, replaced_by=new, revoked_at=timezone.now()
    )
    if not updated:
        raise ValidationError(_("Only a valid document can be replaced."), code="not_valid")
    log(instance=old, action=REVOKE_ACTION, user=user, data={"number": old.number, "replaced_by": new.number})
