"""Issuing a year's certificates from the admin: a button on the register of issued documents opens a page that
says how many people served in the year and how many would get a certificate; confirming queues the task
(tasks.py), which issues each one once however often it runs. A second confirmation within a few minutes queues
nothing more (the first run is likely still working)."""

import logging

from django.core.cache import cache
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages

from . import tasks
from .admin_views import ISSUE_PERMISSIONS, PaperworkAdminView
from .forms import CertificatesForYearForm

logger = logging.getLogger("paperwork")

QUEUE_GUARD_SECONDS = 10 * 60


def guard_key(year):
    return f"paperwork:certificates-for-year:{year}"


class CertificatesForYearView(PaperworkAdminView):
    permissions = ISSUE_PERMISSIONS
    template_name = "paperwork/admin/certificates_for_year.html"
    form_class = CertificatesForYearForm
    page_title = _("Certificates for a year")
    header_icon = "doc-full"

    def load(self):
        self.years = tasks.years_served()
        asked = self.request.GET.get("year", "")
        this_year = timezone.localdate().year
        default = this_year if this_year in self.years else (self.years[0] if self.years else None)
        self.year = int(asked) if asked.isdigit() and int(asked) in self.years else default

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "years": self.years, "user": self.request.user}

    def get_initial(self):
        return {"year": self.year}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        year = self.year
        if year is not None:
            context["served"] = tasks.served_in(year).count()
            context["would_get"] = len(tasks.certificate_candidates(year))
        context.update({"year": year, "years": self.years})
        return context

    def form_valid(self, form):
        year, signatory = form.cleaned_data["year"], form.cleaned_data["signatory"]
        count = len(tasks.certificate_candidates(year))
        if not count:
            messages.info(
                self.request,
                gettext("Everyone who served in %(year)s already has a certificate; nothing was queued.")
                % {"year": year},
            )
            return redirect("paperwork_register")
        if not cache.add(guard_key(year), True, timeout=QUEUE_GUARD_SECONDS):
            messages.warning(
                self.request,
                gettext("The certificates for %(year)s were queued a few minutes ago; nothing more was queued.")
                % {"year": year},
            )
            return redirect("paperwork_register")
        tasks.certificates_for_year_task.delay(year, self.request.user.pk, signatory.pk)
        logger.info("certificates for %s queued for %s people", year, count)
        messages.success(
            self.request,
            ngettext(
                "Queued: a certificate of %(year)s for %(count)s person. It appears in the register when it is ready.",
                "Queued: certificates of %(year)s for %(count)s people. They appear in the register when they are "
                "ready.",
                count,
            )
            % {"year": year, "count": count},
        )
        return redirect("paperwork_register")
