"""E-mail people on upcoming shifts about safety information they owe: `manage.py paperwork_safety_recheck`.

What beat runs daily (paperwork.safety_recheck); each person is told once per version, whoever runs it.
"""

from django.core.management.base import BaseCommand

from paperwork.safety_recheck import tell_about_all


class Command(BaseCommand):
    help = "E-mail people signed up for upcoming shifts about safety information they have not confirmed (once each)."

    def handle(self, *args, **options):
        told = tell_about_all()
        self.stdout.write(f"E-mails queued now: {told}.")
