"""Queue reminders for shifts starting within the next 24 hours (each person once, whoever runs it)."""

from django.core.management.base import BaseCommand

from opportunities.reminders import send_shift_reminders


class Command(BaseCommand):
    help = "E-mail confirmed volunteers a reminder of their shifts starting within 24 hours (each once)."

    def handle(self, *args, **options):
        due = send_shift_reminders()
        self.stdout.write(f"Sign-ups due a reminder: {due}.")
