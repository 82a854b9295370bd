"""Queue the coordinators' digest of data-subject requests nearing or past their deadline (counts and links only)."""

from django.core.management.base import BaseCommand

from registry.digests import send_data_requests_digest


class Command(BaseCommand):
    help = "E-mail the coordinators how many open data-subject requests are due within 7 days or overdue."

    def handle(self, *args, **options):
        figures = send_data_requests_digest()
        self.stdout.write(f"Data-subject requests due soon: {figures['due_soon']}, overdue: {figures['overdue']}.")
