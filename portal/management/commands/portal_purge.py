from django.core.management.base import BaseCommand

from portal import housekeeping


class Command(BaseCommand):
    help = "Delete expired sign-in links and e-mail address changes, and ended volunteer sessions."

    def handle(self, *args, **options):
        links, sessions = housekeeping.purge()
        self.stdout.write(f"{links} links, {sessions} sessions deleted")
