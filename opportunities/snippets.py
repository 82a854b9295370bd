"""The training list editors keep (translated through wagtail-localize, like news categories)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet

from .models import CompletedTraining, OpportunityPage, Training


def training_in_use(training):
    """Whether volunteers' records (registry data, PROTECT) or opportunity pages refer to the training.

    Wagtail's reference index sees neither, so its delete view would offer the deletion and then fail
    on the database's protection. Both kinds of use give one answer, so the refusal does not tell people
    without registry permissions whether anyone has completed the training.
    """
    return (
        CompletedTraining.objects.filter(training=training).exists()
        or OpportunityPage.objects.filter(trainings=training).exists()
    )


class TrainingDeleteView(DeleteView):
    def form_valid(self, form):
        if training_in_use(self.object):
            messages.error(
                self.request,
                _("This training cannot be deleted: it is in use. You can rename it instead."),
            )
            return redirect(self.get_success_url())
        return super().form_valid(form)


class TrainingViewSet(SnippetViewSet):
    model = Training
    icon = "tick-inverse"
    menu_label = _("Trainings")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "valid_for_months", "locale"]
    search_fields = ["name"]
    ordering = ["name"]
    delete_view_class = TrainingDeleteView
