"""Document numbers ("12/2026", per kind and year) and verification codes.

The database decides numbers: the kind's counter row for the year is locked (SELECT … FOR UPDATE) while the
next number is taken, so two coordinators issuing at the same moment never get the same number and no number
is skipped when a transaction commits. The register's unique (kind, year, serial) is the last guard.
"""

import secrets

from django.db import IntegrityError, transaction

from .models import DocumentCounter

# Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 20  # 20 × 5 = 100 random bits
CODE_GROUP = 5
MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def next_serial(kind, year):
    """Take the next number for `kind` in `year`; must run inside the transaction that stores the document."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_serial() must run inside transaction.atomic()")
    try:
        with transaction.atomic():
            DocumentCounter.objects.get_or_create(kind=kind, year=year)
    except IntegrityError:
        pass  # another transaction created the year's row first; it is there now
    counter = DocumentCounter.objects.select_for_update().get(kind=kind, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number


def new_verification_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code):
    """ "ABCDE-FGHJK-MNPQR-STVWX": how the code is printed and shown."""
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def normalise_code(typed):
    """What someone typed (any case, spaces, dashes, O for 0) as the stored code, or "" when it cannot be one."""
    cleaned = "".join(ch for ch in str(typed or "").upper() if ch.isalnum()).translate(MISREAD)
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        return ""
    return cleaned
