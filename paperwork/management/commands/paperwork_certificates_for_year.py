"""Queue a certificate for everyone who served in a year: `manage.py paperwork_certificates_for_year 2026 --user NAME`.

The task runs on a worker (or here, when no broker runs); running it again issues nothing more.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from paperwork.tasks import certificates_for_year_task


class Command(BaseCommand):
    help = "Queue a certificate of the year's service for each person who served in it (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("year", type=int)
        parser.add_argument("--user", required=True, help="Username of the coordinator issuing and signing.")

    def handle(self, *args, year, user, **options):
        try:
            issuer = get_user_model().objects.get_by_natural_key(user)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user named {user!r}.") from None
        certificates_for_year_task.delay(year, issuer.pk)
        self.stdout.write(f"Queued the certificates for {year}.")
