"""One row per e-mail: what to send, to whom, and how far it got."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Email(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Could not be delivered")

    # One cause, one row: e.g. "join.confirmation:42". A second queue_email() with the key returns the first row.
    key = models.CharField(_("idempotency key"), max_length=200, unique=True)
    # What the message is (e.g. "join.confirmation"), shown to coordinators instead of its content.
    kind = models.CharField(_("kind"), max_length=50)
    to = models.EmailField(_("recipient"))
    from_email = models.CharField(_("sender"), max_length=254)
    reply_to = models.EmailField(_("reply-to"), blank=True)
    subject = models.CharField(_("subject"), max_length=250)
    body_text = models.TextField(_("plain text"))
    body_html = models.TextField(_("HTML"), blank=True)
    headers = models.JSONField(_("extra headers"), default=dict, blank=True)

    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # The exception's class only (e.g. "SMTPRecipientsRefused"): its message can quote an address.
    last_error = models.CharField(_("last error"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("queued at"), default=timezone.now)
    # When the next try is due; the sweep hands due rows to the workers.
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("e-mail")
        verbose_name_plural = _("e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["state", "next_attempt_at"], name="outbox_due")]

    def __str__(self):
        return f"{self.kind} #{self.pk}"
