"""Secrets handed to a volunteer (sign-in links, session cookies, calendar addresses): only their digest is stored."""

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token():
    """(the secret to give out, its digest to store)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, digest(token)


def digest(token):
    return hashlib.sha256(str(token).encode()).hexdigest()
