"""Cheap bot filters for the join form: a honeypot field and a signed start time.

A bot that trips either gets the normal thank-you page, so it learns nothing; a person who left the
form open for too long is asked, gently, to send it again.
"""

import enum
import time

from django.conf import settings
from django.core import signing

HONEYPOT_FIELD = "homepage"
TOKEN_FIELD = "form_started"  # noqa: S105 - a form field name, not a secret
_SALT = "registry.join.started"


class Verdict(enum.Enum):
    OK = "ok"
    BOT = "bot"
    EXPIRED = "expired"


def _signer():
    return signing.TimestampSigner(salt=_SALT)


def new_token():
    """A signed note of when the form was handed out."""
    return _signer().sign(f"{time.time():.3f}")


def _age(token):
    """Seconds since the token was issued; raises signing errors for forged or too-old tokens."""
    started = float(_signer().unsign(token, max_age=settings.REGISTRY_JOIN_MAX_SECONDS))
    return time.time() - started


def token_is_valid(token):
    """True when the token can be reused on a re-displayed form (so fixing a typo is not "too fast")."""
    try:
        _age(token)
    except (signing.BadSignature, ValueError):
        return False
    return True


def check(data):
    """Classify a POSTed form by its honeypot and timing."""
    if data.get(HONEYPOT_FIELD, ""):
        return Verdict.BOT
    try:
        age = _age(data.get(TOKEN_FIELD, ""))
    except signing.SignatureExpired:
        return Verdict.EXPIRED
    except (signing.BadSignature, ValueError):
        return Verdict.BOT
    if age < settings.REGISTRY_JOIN_MIN_SECONDS:
        return Verdict.BOT
    return Verdict.OK
