"""Anonymise applications left rejected or withdrawn for longer than REGISTRY_RETENTION_DAYS.

Safe to run as often as you like (e.g. daily from cron on any one host): anonymised records are skipped.
Prints counts and record ids only, never personal data.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from registry.gdpr.anonymise import anonymise_volunteer
from registry.models import Volunteer

CLOSED_STATUSES = [Volunteer.Status.REJECTED, Volunteer.Status.WITHDRAWN]


def due_for_anonymisation(now=None):
    """Closed applications whose status last changed (or, unknown, whose record was last updated) too long ago."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.REGISTRY_RETENTION_DAYS)
    return (
        Volunteer.objects.not_anonymised()
        .filter(status__in=CLOSED_STATUSES)
        .filter(Q(status_changed_at__lt=cutoff) | Q(status_changed_at__isnull=True, updated_at__lt=cutoff))
        .order_by("pk")
    )


class Command(BaseCommand):
    help = "Anonymise volunteers rejected or withdrawn longer than REGISTRY_RETENTION_DAYS ago."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Say what would be anonymised; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        ids = list(due_for_anonymisation().values_list("pk", flat=True))
        days = settings.REGISTRY_RETENTION_DAYS
        if dry_run:
            self.stdout.write(f"Dry run: {len(ids)} volunteer(s) would be anonymised (retention {days} days).")
            if ids:
                self.stdout.write("Ids: " + ", ".join(str(pk) for pk in ids))
            return
        done = []
        for pk in ids:
            # One at a time, each in its own transaction: a failure leaves the others done.
            volunteer = Volunteer.objects.filter(pk=pk).first()
            if volunteer is not None and anonymise_volunteer(volunteer):
                done.append(volunteer.pk)
        self.stdout.write(f"Anonymised {len(done)} volunteer(s) (retention {days} days).")
        if done:
            self.stdout.write("Ids: " + ", ".join(str(pk) for pk in done))
