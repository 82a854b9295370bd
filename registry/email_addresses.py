"""One spelling per mailbox: every volunteer e-mail address is normalised here before it is stored or compared.

Without it the database's one-live-record-per-address constraint (on Lower(email)) sees `"x"@example.org`,
`x@example.org`, `x@ＥＸＡＭＰＬＥ.org` and a Unicode domain beside its punycode form as four people.
"""

import re
import unicodedata

import idna
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

__all__ = ["normalise_email", "InvalidEmail"]

# RFC 5322 dot-atom: what a plain mailbox's local part is. No quoted strings, no comments, no spaces.
LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")
MAX_LENGTH = 254
MAX_LOCAL_LENGTH = 64

INVALID_MESSAGE = _("Enter an email address like name@example.com.")


class InvalidEmail(ValidationError):
    def __init__(self):
        super().__init__(INVALID_MESSAGE, code="invalid")


def _ascii_domain(domain):
    """The domain as lower-case ASCII (punycode for Unicode names), after UTS #46 mapping (full-width, case)."""
    if not domain or domain.startswith("[") or domain.endswith("."):
        raise InvalidEmail()
    try:
        return idna.encode(domain, uts46=True).decode("ascii").lower()
    except (idna.IDNAError, UnicodeError):
        raise InvalidEmail() from None


def normalise_email(value):
    """The stored form of an address: NFKC, a plain dot-atom local part (case kept), an IDNA, lower-case domain.

    Raises InvalidEmail (a ValidationError) for anything that is not a plain mailbox: quoted local parts,
    comments, domain literals such as [127.0.0.1], several @ signs, spaces, control characters.
    """
    if not isinstance(value, str):
        raise InvalidEmail()
    address = unicodedata.normalize("NFKC", value.strip())
    local, at, domain = address.rpartition("@")
    if not at or len(local) > MAX_LOCAL_LENGTH or not LOCAL_PART.match(local):
        raise InvalidEmail()
    normalised = f"{local}@{_ascii_domain(domain)}"
    if len(normalised) > MAX_LENGTH:
        raise InvalidEmail()
    try:
        # Django's own check of the result: a real domain shape (dots, labels, a TLD).
        validate_email(normalised)
    except ValidationError:
        raise InvalidEmail() from None
    return normalised


def normalise_or_keep(value):
    """The normalised address, or the value unchanged when it cannot be normalised (for data migrations)."""
    try:
        return normalise_email(value)
    except ValidationError:
        return value


def normalise_stored_emails(volunteer_model):
    """Rewrite live records' addresses in their normalised spelling; returns how many changed.

    An address that cannot be normalised (a quoted local part, say) is left as it is: saving that record later
    asks for a valid address. One whose normalised form is already another live record's is left too, so no
    record is lost: coordinators see both and merge them by hand. Takes the model so a migration can pass its own.
    """
    live = volunteer_model.objects.filter(anonymised_at__isnull=True)
    taken = {email.lower() for email in live.values_list("email", flat=True)}
    changed = 0
    for pk, email in live.order_by("pk").values_list("pk", "email"):
        normalised = normalise_or_keep(email)
        if normalised == email or (normalised.lower() != email.lower() and normalised.lower() in taken):
            continue
        taken.discard(email.lower())
        taken.add(normalised.lower())
        volunteer_model.objects.filter(pk=pk).update(email=normalised)
        changed += 1
    return changed
