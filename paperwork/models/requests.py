"""A volunteer's request for a document (art. 44): the certificate of the work done, an opinion on it, or the
agreement's terms in writing. Asked for on the volunteer's own page; a named coordinator issues the document
(or declines, saying why) and the person sees the request's state on their page.

One open request per person and kind (a constraint, not only a check): asking again while one waits stores
nothing more. The row names no one but through its foreign keys; `__str__` is "Document request #5" (the audit
log keeps it).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

__all__ = ["DocumentRequest"]


class RequestKind(models.TextChoices):
    # The same codes as IssuedDocument.Kind: a request is answered with a document of its own kind.
    CERTIFICATE = "certificate", pgettext_lazy("requested document", "Certificate of the work done")
    OPINION = "opinion", pgettext_lazy("requested document", "Opinion on the work done")
    AGREEMENT = "agreement", pgettext_lazy("requested document", "Terms of the agreement in writing")


class RequestState(models.TextChoices):
    OPEN = "open", pgettext_lazy("document request state", "Waiting")
    DONE = "done", pgettext_lazy("document request state", "Issued")
    DECLINED = "declined", pgettext_lazy("document request state", "Declined")


class DocumentRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(state=RequestState.OPEN)


class DocumentRequest(models.Model):
    Kind = RequestKind
    State = RequestState

    volunteer = models.ForeignKey(
        "registry.Volunteer",
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="document_requests",
    )
    kind = models.CharField(_("document"), max_length=20, choices=RequestKind.choices)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now, db_index=True)
    state = models.CharField(
        _("state"), max_length=20, choices=RequestState.choices, default=RequestState.OPEN, db_index=True
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    done_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    document = models.ForeignKey(
        "paperwork.IssuedDocument",
        verbose_name=_("issued document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
    )
    # Shown to the volunteer on their page; must not name other people.
    decline_reason = models.TextField(_("reason for declining"), blank=True)

    objects = DocumentRequestQuerySet.as_manager()

    def __str__(self):
        return _("Document request #%(id)s") % {"id": self.pk}

    @property
    def is_open(self):
        return self.state == RequestState.OPEN

    class Meta:
        verbose_name = _("document request")
        verbose_name_plural = _("document requests")
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer", "kind"],
                condition=models.Q(state="open"),
                name="paperwork_request_one_open_per_kind",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=[kind.value for kind in RequestKind]), name="paperwork_request_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(state__in=[state.value for state in RequestState]),
                name="paperwork_request_state_valid",
            ),
        ]
