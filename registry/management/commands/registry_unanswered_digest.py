"""Queue the coordinators' digest of applications left without an answer longer than REGISTRY_ANSWER_DAYS."""

from django.core.management.base import BaseCommand

from registry.digests import send_unanswered_digest


class Command(BaseCommand):
    help = "E-mail the coordinators how many applications wait longer than REGISTRY_ANSWER_DAYS for an answer."

    def handle(self, *args, **options):
        self.stdout.write(f"Applications waiting too long: {send_unanswered_digest()}.")
