from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from sitesearch.indexing import rebuild


class Command(BaseCommand):
    help = "Index every live page for the site search afresh (after an upgrade or a bulk change in the database)."

    def handle(self, *args, **options):
        def progress(done, total):
            if options["verbosity"] > 1:
                self.stdout.write(f"{done}/{total}")

        count = rebuild(progress=progress)
        self.stdout.write(_("Indexed pages: %(count)s") % {"count": count})
