"""Queue the coordinators' digest of vetting expiring within 30 days or expired (counts and links only)."""

from django.core.management.base import BaseCommand

from registry.digests import send_vetting_digest


class Command(BaseCommand):
    help = "E-mail the coordinators how many active volunteers' vetting expires soon or has expired."

    def handle(self, *args, **options):
        figures = send_vetting_digest()
        self.stdout.write(f"Vetting expiring: {figures['expiring']}, expired: {figures['expired']}.")
