"""Delete e-mails sent or failed more than OUTBOX_KEEP_DAYS ago (what celery beat runs nightly)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from outbox import delivery


class Command(BaseCommand):
    help = "Delete e-mails sent or failed more than OUTBOX_KEEP_DAYS ago."

    def handle(self, *args, **options):
        count = delivery.purge_old(settings.OUTBOX_KEEP_DAYS)
        self.stdout.write(f"Deleted {count} e-mail(s) older than {settings.OUTBOX_KEEP_DAYS} days.")
