"""The admin screens: compose → preview with the count → confirm and send; the log of messages sent."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, ListView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from registry.admin_wording import format_count
from registry.digests import coordinators_email
from registry.models import MessageLog, Volunteer

from . import sending
from .audience import Audience
from .forms import ComposeMessageForm
from .placeholders import DESCRIPTIONS, fill, values_for

SEND_PERMISSION = "registry.message_volunteers"
LOG_PERMISSION = "registry.view_messagelog"


def reach_sentence(count):
    """ "Wiadomość trafi do 37 osób": the count before sending, with the Polish plural forms."""
    return ngettext("The message will go to %(count)s person.", "The message will go to %(count)s people.", count) % {
        "count": format_count(count)
    }


def left_out_sentence(count):
    return ngettext(
        "%(count)s person on this list will not receive it (unsubscribed from programme messages, application "
        "withdrawn or rejected, an open request to withdraw consent, object or restrict processing, or record "
        "anonymised).",
        "%(count)s people on this list will not receive it (unsubscribed from programme messages, application "
        "withdrawn or rejected, an open request to withdraw consent, object or restrict processing, or record "
        "anonymised).",
        count,
    ) % {"count": format_count(count)}


def send_label(count):
    return ngettext("Send to %(count)s person", "Send to %(count)s people", count) % {"count": format_count(count)}


class PermissionRequiredMixin:
    permission = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            from registry.gdpr.views import permission_denied

            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class ComposeMessageView(PermissionRequiredMixin, WagtailAdminTemplateMixin, FormView):
    """The list's filters travel in this page's own query string, from the listing's button to the send."""

    permission = SEND_PERMISSION
    template_name = "registry/messages/compose.html"
    page_title = _("Message to volunteers")
    header_icon = "mail"
    form_class = ComposeMessageForm

    @cached_property
    def audience(self):
        return Audience(self.request.GET)

    @cached_property
    def counts(self):
        return self.audience.counts()

    def get_initial(self):
        return {"token": ComposeMessageForm.new_token()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        listed, reached = self.counts
        context.update(
            {
                "action_url": self.request.get_full_path(),
                "filters_valid": self.audience.is_valid,
                "filter_description": self.audience.description(),
                "list_url": self.list_url(),
                "reach_sentence": reach_sentence(reached),
                "left_out_sentence": left_out_sentence(listed - reached) if listed > reached else "",
                "reached": reached,
                "send_label": send_label(reached),
                "placeholders": [(f"{{{name}}}", description) for name, description in DESCRIPTIONS.items()],
            }
        )
        return context

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": self.list_url(), "label": Volunteer._meta.verbose_name_plural.capitalize()},
            {"url": "", "label": self.get_page_title()},
        ]

    def list_url(self):
        query = self.audience.query_string
        return reverse("wagtailsnippets_registry_volunteer:list") + (f"?{query}" if query else "")

    def post(self, request, *args, **kwargs):
        if not self.audience.is_valid:
            return self.get(request, *args, **kwargs)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        messages.error(self.request, gettext("Nothing was sent. Correct the marked fields."))
        return super().form_invalid(form)

    def form_valid(self, form):
        reached = self.counts[1]
        if not reached:
            form.add_error(None, gettext("No one on this list can receive programme messages. Nothing was sent."))
            return self.form_invalid(form)
        confirmed = (
            self.request.POST.get("action") == "send"
            and form.cleaned_data.get("confirmed_count") == reached
            and form.cleaned_data.get("previewed") == form.content_digest()
        )
        if not confirmed:
            if self.request.POST.get("action") == "send":
                messages.warning(
                    self.request,
                    gettext("The message or the list changed since the preview. Check it and confirm again."),
                )
            return self.preview(form, reached)
        log, created = sending.send(
            form.message(), self.audience, form.cleaned_data["token"], self.request.user, self.audience.description()
        )
        if created:
            messages.success(
                self.request,
                ngettext(
                    "The message is queued for %(count)s person.",
                    "The message is queued for %(count)s people.",
                    log.recipient_count,
                )
                % {"count": format_count(log.recipient_count)},
            )
        else:
            messages.warning(self.request, gettext("This message was already sent; nothing was sent twice."))
        return redirect("registry_messages_log")

    def preview(self, form, reached):
        """The confirmation step: the message as each language's recipients will read it, and the count."""
        data = form.data.copy()
        data["confirmed_count"] = str(reached)
        data["previewed"] = form.content_digest()
        bound = self.get_form_class()(data)
        bound.is_valid()
        return self.render_to_response(self.get_context_data(form=bound, previews=self.previews(form)))

    def previews(self, form):
        message = form.message()
        example = Volunteer(status=Volunteer.Status.ACTIVE)
        contact = coordinators_email()
        previews = []
        for language, (subject, text) in message.versions().items():
            with translation.override(language):
                values = values_for(example, contact)
                previews.append(
                    {
                        "language": language,
                        "subject": fill(subject.strip(), values),
                        "text": fill(text.strip(), values),
                    }
                )
        return previews


class MessageLogView(PermissionRequiredMixin, WagtailAdminTemplateMixin, ListView):
    permission = LOG_PERMISSION
    template_name = "registry/messages/log.html"
    page_title = _("Messages to volunteers")
    header_icon = "mail"
    paginate_by = 50

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_queryset(self):
        return MessageLog.objects.select_related("sent_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_send"] = self.request.user.has_perm(SEND_PERMISSION)
        context["compose_url"] = reverse("registry_messages_compose")
        return context
