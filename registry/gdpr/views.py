"""Admin views for a volunteer's data-subject requests; each checks its own permission, not just admin access."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from registry.models import Volunteer

from .anonymise import anonymise_volunteer
from .export import personal_data_json
from .requests import ANSWERED_BY_ANONYMISING, close_matching_requests

PERSONAL_DATA_PERMISSION = "registry.export_personal_data"
ANONYMISE_PERMISSION = "registry.anonymise_volunteer"
PERSONAL_DATA_EXPORT_ACTION = "registry.volunteer.personal_data_export"


class PermissionDeniedView(WagtailAdminTemplateMixin, TemplateView):
    """A real 403 inside the admin furniture (Wagtail turns PermissionDenied into a redirect home)."""

    template_name = "registry/gdpr/permission_denied.html"
    page_title = _("Permission denied")
    header_icon = "warning"

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        response.status_code = 403
        return response

    post = get  # refuse a POST the same way, not with "method not allowed"

    def get_breadcrumbs_items(self):
        # Wagtail's header shows the last item as the page's title: "Start" alone without this one.
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]


def volunteer_breadcrumbs(view, volunteer):
    """Start › Volunteers › the person's record › the view's own title, for pages about one volunteer.

    Wagtail's header shows the last item as the page's title: "Start" alone without these. The record is named
    as on its edit page (its neutral label), and linked only for users who may open it.
    """
    return [
        *view.breadcrumbs_items,
        {
            "url": reverse("wagtailsnippets_registry_volunteer:list"),
            "label": Volunteer._meta.verbose_name_plural.capitalize(),
        },
        {"url": AdminURLFinder(view.request.user).get_edit_url(volunteer), "label": str(volunteer)},
        {"url": "", "label": view.get_page_title()},
    ]


def permission_denied(request):
    return PermissionDeniedView.as_view()(request)


def personal_data_export(request, pk):
    """All data held on one volunteer as a JSON download; every download is audit-logged."""
    if not request.user.has_perm(PERSONAL_DATA_PERMISSION):
        return permission_denied(request)
    volunteer = get_object_or_404(Volunteer, pk=pk)
    response = HttpResponse(personal_data_json(volunteer), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="volunteer-{volunteer.pk}-personal-data.json"'
    response["Cache-Control"] = "no-store"
    log(volunteer, PERSONAL_DATA_EXPORT_ACTION, user=request.user)
    return response


class AnonymiseView(WagtailAdminTemplateMixin, TemplateView):
    """GET asks for confirmation; POST anonymises for good."""

    template_name = "registry/gdpr/confirm_anonymise.html"
    page_title = _("Anonymise")
    header_icon = "user"
    http_method_names = ["get", "post"]

    def dispatch(self, request, pk):
        if not request.user.has_perm(ANONYMISE_PERMISSION):
            return permission_denied(request)
        self.volunteer = get_object_or_404(Volunteer, pk=pk)
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return str(self.volunteer)

    def get_breadcrumbs_items(self):
        return volunteer_breadcrumbs(self, self.volunteer)

    def get_success_url(self):
        return (
            get_valid_next_url_from_request(self.request)
            or AdminURLFinder(self.request.user).get_edit_url(self.volunteer)
            or reverse("wagtailadmin_home")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            volunteer=self.volunteer,
            action_url=reverse("registry_volunteer_anonymise", args=[self.volunteer.pk]),
            cancel_url=self.get_success_url(),
            next_url=get_valid_next_url_from_request(self.request),
        )
        return context

    def post(self, request, pk):
        if anonymise_volunteer(self.volunteer, user=request.user):
            messages.success(request, gettext("%(volunteer)s has been anonymised.") % {"volunteer": self.volunteer})
            # The person's open erasure requests are answered by this (registry/gdpr/requests.py).
            closed = close_matching_requests(self.volunteer, ANSWERED_BY_ANONYMISING, request.user)
            if closed:
                messages.success(
                    request,
                    ngettext(
                        "%(count)d open erasure request was marked answered.",
                        "%(count)d open erasure requests were marked answered.",
                        closed,
                    )
                    % {"count": closed},
                )
        else:
            messages.warning(request, gettext("%(volunteer)s was already anonymised.") % {"volunteer": self.volunteer})
        return redirect(self.get_success_url())
