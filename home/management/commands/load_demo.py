"""Load the demo content: pages in Polish and English, images, the registry and demo logins.

Safe to run again and again: it finds what an earlier run made and creates only what is missing.
"""

from collections import Counter

from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from wagtail.models import Locale, Page

from home.demo.images import NEW_FILES, discard_new_files
from home.demo.pages import PageLoader
from home.demo.registry import load_areas, load_organisations, load_recognitions, load_service_records, load_volunteers
from home.demo.users import DEMO_PASSWORD, ensure_demo_users
from home.models import default_home
from opportunities.demo import load_demo_opportunities
from opportunities.models import Shift
from registry.models import Organisation, Recognition, ServiceRecord, Volunteer


class Command(BaseCommand):
    help = "Load the demo content and make sure the demo logins exist (idempotent)."

    def handle(self, *args, **options):
        stats = Counter()
        NEW_FILES.clear()
        try:
            logins = self.load(stats)
        except BaseException:
            # The rows are rolled back: the image files written for them must go too, or they stay orphaned.
            discard_new_files()
            raise
        NEW_FILES.clear()
        self.report(stats, logins)

    def load(self, stats):
        # wagtail-localize copies each page under its Polish slug before giving it the English one;
        # Wagtail would keep a redirect from every such never-published address, so none are made here.
        with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False), transaction.atomic():
            logins = ensure_demo_users()
            admin = self.admin_user()
            english = Locale.objects.get(language_code="en")
            conference = PageLoader(admin, stats).load()
            areas = load_areas(english, admin)
            organisations = load_organisations()
            volunteers = load_volunteers(areas, organisations, stats)
            load_service_records(volunteers, stats)
            load_recognitions(organisations, volunteers, conference)
            # The sign-up engine's demo (sign-ups, waiting list, attendance) takes these shifts.
            self.opportunity_shifts = load_demo_opportunities(default_home(), admin, stats, areas, organisations)
        return logins

    @staticmethod
    def admin_user():
        from django.contrib.auth import get_user_model

        return get_user_model().objects.get(username="admin")

    def report(self, stats, logins):
        counts = {
            "pages (both languages)": Page.objects.filter(depth__gt=1).count(),
            "volunteers": Volunteer.objects.count(),
            "organisations": Organisation.objects.count(),
            "service records": ServiceRecord.objects.count(),
            "recognitions": Recognition.objects.count(),
            "shifts": Shift.objects.count(),
        }
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        for label, count in counts.items():
            self.stdout.write(f"  {label}: {count}")
        made = ", ".join(f"{label} {count}" for label, count in sorted(stats.items()) if count)
        self.stdout.write(f"  this run: {made or 'nothing new, nothing changed'}")
        self.stdout.write("Demo logins at /admin/:")
        for username, group, password_works in logins:
            role = group or "superuser"
            password = DEMO_PASSWORD if password_works else "(password changed since; not reset)"
            self.stdout.write(f"  {username} / {password}  [{role}]")
