"""Keep cached public figures in step with the registry."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from .models import Organisation, ServiceRecord, Volunteer
from .stats import invalidate_public_figures

FIGURE_MODELS = (Volunteer, ServiceRecord, Organisation)


def drop_public_figures(sender, **kwargs):
    # After commit: dropped any earlier, a concurrent request could cache the figures from before the change.
    transaction.on_commit(invalidate_public_figures)


def connect():
    from outbox.delivery import email_sent

    from .join.emails import note_confirmation_sent

    email_sent.connect(note_confirmation_sent, dispatch_uid="registry_confirmation_sent")
    for model in FIGURE_MODELS:
        post_save.connect(drop_public_figures, sender=model, dispatch_uid=f"registry_figures_save_{model.__name__}")
        post_delete.connect(drop_public_figures, sender=model, dispatch_uid=f"registry_figures_delete_{model.__name__}")
