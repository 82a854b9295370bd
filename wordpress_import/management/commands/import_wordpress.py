"""`manage.py import_wordpress EXPORT.xml`: bring a WordPress site's posts over, with their old addresses."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from wordpress_import import wxr
from wordpress_import.importer import Importer, ImportFailed, ImportRefused, Options, Reporter


class Command(BaseCommand):
    @property
    def help(self):
        # A property, not gettext_lazy: argparse formats the text with a regular expression, which needs a str.
        return _(
            "Import the posts of a WordPress export (WXR file from Tools → Export) as news pages, with their "
            "categories, tags, images and redirects from their old addresses. Safe to run again."
        )

    def add_arguments(self, parser):
        parser.add_argument("export", help=_("The WordPress export file (WXR, .xml)."))
        parser.add_argument(
            "--locale", help=_("Language to import into (e.g. pl, en). Default: the export's language, else Polish.")
        )
        parser.add_argument(
            "--parent", help=_("News index to put the posts under: a page ID or address such as /pl/aktualnosci/.")
        )
        parser.add_argument("--pages", action="store_true", help=_("Also import WordPress pages as standard pages."))
        parser.add_argument(
            "--pages-parent", help=_("Page to put imported pages under (ID or address). Default: the home page.")
        )
        parser.add_argument(
            "--skip-drafts", action="store_true", help=_("Leave out drafts, pending, private and scheduled posts.")
        )
        parser.add_argument("--uploads", help=_("A local copy of the old site's wp-content/uploads folder."))
        parser.add_argument("--no-fetch", action="store_true", help=_("Never download images from the old site."))
        parser.add_argument(
            "--fetch-host",
            action="append",
            default=[],
            help=_(
                "Another host images may be fetched from (e.g. a CDN); repeat for more. Without it, only the "
                "export's own site."
            ),
        )
        parser.add_argument("--dry-run", action="store_true", help=_("Show what would be done, and change nothing."))
        parser.add_argument(
            "--progress-every", type=int, default=100, help=_("Show progress every N items (0: never).")
        )

    def handle(self, *args, **options):
        try:
            export = wxr.parse(options["export"])
        except wxr.WXRError as error:
            raise CommandError(
                _("%(file)s was not imported: %(reason)s")
                % {
                    "file": options["export"],
                    "reason": error,
                }
            ) from None
        if options["uploads"] and not Path(options["uploads"]).is_dir():
            raise CommandError(_("The uploads folder %(folder)s does not exist.") % {"folder": options["uploads"]})
        settings = Options(
            locale=options["locale"],
            parent=options["parent"],
            pages=options["pages"],
            pages_parent=options["pages_parent"],
            skip_drafts=options["skip_drafts"],
            uploads=options["uploads"],
            fetch=not options["no_fetch"],
            fetch_hosts=tuple(options["fetch_host"]),
            dry_run=options["dry_run"],
            progress_every=max(options["progress_every"], 0),
        )
        reporter = CommandReporter(self, verbose=options["verbosity"] >= 2 or settings.dry_run)
        try:
            summary = Importer(export, settings, reporter).run()
        except ImportRefused as error:
            raise CommandError(_("Nothing was imported: %(reason)s") % {"reason": error}) from None
        except ImportFailed as error:
            raise CommandError(str(error)) from error
        self.report(summary, settings.dry_run)

    def report(self, summary, dry_run):
        write = self.stdout.write
        if dry_run:
            write(self.style.WARNING(_("Dry run: nothing was changed. This is what the import would do.")))
        else:
            write(self.style.SUCCESS(_("WordPress import finished.")))
        write(
            _(
                "Posts and pages: created %(created)s, updated %(updated)s, unchanged %(unchanged)s, "
                "recreated after deletion %(recreated)s; of those saved, drafts %(drafts)s."
            )
            % {
                "created": summary.created,
                "updated": summary.updated,
                "unchanged": summary.unchanged,
                "recreated": summary.recreated,
                "drafts": summary.drafts,
            }
        )
        skipped = ", ".join(f"{reason}: {count}" for reason, count in sorted(summary.skipped.items()))
        write(
            _("Skipped %(count)s: %(reasons)s.") % {"count": sum(summary.skipped.values()), "reasons": skipped or "-"}
        )
        if dry_run:
            planned = list(summary.images_planned.values())
            write(
                _(
                    "Images: to copy from the uploads folder %(uploads)s, to fetch %(fetch)s, already imported "
                    "%(existing)s, missing %(missing)s."
                )
                % {
                    "uploads": planned.count("uploads"),
                    "fetch": planned.count("fetch"),
                    "existing": planned.count("existing"),
                    "missing": len(summary.images_missing),
                }
            )
        else:
            write(
                _("Images: imported %(imported)s, missing %(missing)s.")
                % {"imported": len(summary.images_imported), "missing": len(summary.images_missing)}
            )
        write(
            _("Categories created: %(categories)s. Redirects: created %(created)s, updated %(updated)s.")
            % {
                "categories": summary.categories_created,
                "created": summary.redirects_created,
                "updated": summary.redirects_updated,
            }
        )
        for source, posts in summary.images_without_alt.items():
            write(
                _(
                    "Image without alternative text (describe it, or leave it empty if decorative): "
                    "%(source)s in %(posts)s"
                )
                % {"source": source, "posts": "; ".join(posts)}
            )
        for url, posts in summary.old_site_links.items():
            write(
                _("Link to a page of the old site that was not imported, left pointing there: %(url)s in %(posts)s")
                % {"url": url, "posts": "; ".join(posts)}
            )
        for path, post in summary.redirects_skipped.items():
            self.stderr.write(
                _("No redirect from %(path)s (%(post)s): this site serves that address itself.")
                % {"path": path, "post": post}
            )
        for url, (reason, posts) in summary.images_missing.items():
            self.stderr.write(
                _("Image missing: %(url)s (%(reason)s), used by %(posts)s; left out.")
                % {"url": url, "reason": reason, "posts": ", ".join(f"#{post}" for post in posts)}
            )
        if summary.recreated:
            write(
                self.style.WARNING(
                    _("Pages deleted on this site since the last import, made again: %(count)s.")
                    % {"count": summary.recreated}
                )
            )


class CommandReporter(Reporter):
    def __init__(self, command, verbose):
        self.command = command
        self.verbose = verbose

    def action(self, message):
        if self.verbose:
            self.command.stdout.write(f"  {message}")

    def warning(self, message):
        self.command.stderr.write(self.command.style.WARNING(message))

    def progress(self, done, total):
        self.command.stderr.write(f"[{done}/{total}]")
