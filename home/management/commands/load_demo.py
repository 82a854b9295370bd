"""Load the demo content: pages in Polish and English, images, the registry and demo logins.

Each app keeps its own demo (home/demo/, news/demo/, registry/demo/; the shared machinery in core/demo/); this
command runs them in the order the page tree is built. Safe to run again and again: it finds what an earlier run
made and creates only what is missing.
"""

from collections import Counter

from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from wagtail import hooks
from wagtail.models import Locale, Page

from core.demo.images import NEW_FILES, REPLACED_FILES, discard_new_files, discard_replaced_files
from core.demo.pages import PageLoader
from home.demo import pages as home_demo
from home.demo.users import DEMO_PASSWORD, ensure_demo_users
from home.models import default_home
from news import demo as news_demo
from opportunities.demo import load_demo_opportunities
from opportunities.demo_signups import load_signups
from opportunities.models import Shift
from registry.demo import pages as registry_pages
from registry.demo.records import (
    load_areas,
    load_organisations,
    load_recognitions,
    load_service_records,
    load_volunteers,
)
from registry.models import Organisation, Recognition, ServiceRecord, Volunteer

# Apps this command does not import add their demo data here, before the sign-ups (e.g. paperwork: the areas'
# health-and-safety information and the volunteers' acknowledgements, which sign-up asks for).
BEFORE_SIGN_UPS_HOOK = "load_demo_before_sign_ups"


class Command(BaseCommand):
    help = "Load the demo content and make sure the demo logins exist (idempotent)."

    def handle(self, *args, **options):
        stats = Counter()
        NEW_FILES.clear()
        REPLACED_FILES.clear()
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
            loader = PageLoader(admin, stats)
            categories = news_demo.load_categories(loader)
            home = home_demo.load_home(loader)
            home_demo.load_standard_pages(loader, home)
            partners = home_demo.load_partners(loader, home)
            articles = news_demo.load_news(loader, home, categories, partners)
            registry_pages.load_pages(loader, home)
            areas = load_areas(english, admin)
            organisations = load_organisations()
            volunteers = load_volunteers(areas, organisations, stats)
            load_service_records(volunteers, stats)
            load_recognitions(organisations, volunteers, gala_article=articles["gala-2015"])
            load_demo_opportunities(default_home(), admin, stats, areas, organisations)
            for load_more in hooks.get_hooks(BEFORE_SIGN_UPS_HOOK):
                load_more(areas=areas, volunteers=volunteers, stats=stats)
            # Sign-ups, a full shift with a waiting list, a past shift's attendance counted as hours.
            stats.update(load_signups())
            # Files of images whose pictures changed go once the new ones are committed.
            transaction.on_commit(discard_replaced_files)
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
