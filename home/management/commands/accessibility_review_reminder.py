"""Remind the site's editors of the accessibility statement's yearly review, when it is due or overdue."""

from django.core.management.base import BaseCommand

from home.accessibility_review import send_review_reminders


class Command(BaseCommand):
    help = "E-mail the editors (group Communications and superusers) when the yearly review (by 31 March) is due."

    def handle(self, *args, **options):
        state = send_review_reminders()
        self.stdout.write(f"Accessibility statement review: {state or 'nothing due'}.")
