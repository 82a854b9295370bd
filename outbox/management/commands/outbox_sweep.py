"""Send (in this process) every queued e-mail whose try is due; what celery beat runs every minute."""

from django.core.management.base import BaseCommand

from outbox import delivery


class Command(BaseCommand):
    help = "Send every queued e-mail whose try is due, in this process."

    def handle(self, *args, **options):
        results = [delivery.deliver(email_id) for email_id in delivery.take_due()]
        self.stdout.write(f"Sent {results.count('sent')}, failed {results.count('failed')}.")
