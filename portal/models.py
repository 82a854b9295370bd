"""Sign-in links, address changes, volunteer sessions and calendar secrets: each holds a sha256 digest, never the
secret itself.

A volunteer is never a Django user: these rows point at registry.Volunteer, and the session lives in its own
cookie, apart from the admin's.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SignInLink(models.Model):
    """A one-time link e-mailed to a volunteer. Rows for unknown addresses have no volunteer and never work:
    they are written so that a known and an unknown address cost the same."""

    volunteer = models.ForeignKey(
        "registry.Volunteer", null=True, blank=True, on_delete=models.CASCADE, related_name="portal_sign_in_links"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Sign-in link #{self.pk}"


class EmailChange(models.Model):
    """A new e-mail address waiting for the one-time link sent to it (portal/email_change.py).

    Both addresses are kept here, never in the link: the link is a random token, of which only the digest is
    stored. It works once, until `expires_at`, and only while the record still has `old_email`. Deleted a day
    after it expires (housekeeping) and when the record is anonymised.
    """

    volunteer = models.ForeignKey("registry.Volunteer", on_delete=models.CASCADE, related_name="portal_email_changes")
    token_hash = models.CharField(max_length=64, unique=True)
    old_email = models.EmailField(max_length=254)
    new_email = models.EmailField(max_length=254)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(db_index=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"E-mail address change #{self.pk}"


class VolunteerSession(models.Model):
    """A signed-in browser: ends on sign-out, after PORTAL_SESSION_IDLE_SECONDS idle or PORTAL_SESSION_MAX_SECONDS."""

    volunteer = models.ForeignKey("registry.Volunteer", on_delete=models.CASCADE, related_name="portal_sessions")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True, db_index=True)

    def __str__(self):
        return f"Volunteer session #{self.pk}"


class CalendarFeed(models.Model):
    """The secret address of a volunteer's calendar; renewing it replaces the digest, so the old address dies."""

    volunteer = models.OneToOneField("registry.Volunteer", on_delete=models.CASCADE, related_name="portal_calendar")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now=True)

    def __str__(self):
        return f"Calendar feed #{self.pk}"
