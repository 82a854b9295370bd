"""wagtail-localize's snippet views, behind the permissions of the model they show or translate.

wagtail-localize checks only admin access and its own `submit_translation` permission: its snippet API lists
any registered snippet (the registry's volunteers included), its submit and update views translate any
translatable snippet, and its report lists every translation. These patterns take the same addresses and
come before Wagtail's admin in website/urls.py, so they answer instead:

- the snippet API serves only translatable snippets, to people with the model's view or change permission;
- submitting or updating a snippet's translations needs the model's change permission (a page's: edit
  permission on that page), besides `submit_translation`;
- the translations report lists only pages and the snippets the user may view or change.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.permissions import get_permission_name
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import TranslationSource
from wagtail_localize.views import report, snippets_api, submit_translations, update_translations

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def can_see_model(user, model):
    return user.has_perm(get_permission_name("view", model)) or user.has_perm(get_permission_name("change", model))


def can_change_model(user, model):
    return user.has_perm(get_permission_name("change", model))


def can_translate(user, instance):
    """Who may translate this object: edit permission on the page, or change permission on the snippet model."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return can_change_model(user, type(instance))


def translatable_snippet_model(app_label, model_name):
    """The snippet model named in the URL, or 404 when it is no snippet or is not translated."""
    model = get_snippet_model_from_url_params(app_label, model_name)
    if not issubclass(model, TranslatableMixin):
        raise Http404
    return model


def visible_content_types(user):
    """Content types whose translations the user may see in the report: every page type, permitted snippets."""
    snippets = [model for model in get_snippet_models() if not can_see_model(user, model)]
    hidden = ContentType.objects.get_for_models(*snippets, for_concrete_models=False).values() if snippets else []
    return ContentType.objects.exclude(pk__in=[content_type.pk for content_type in hidden])


# Views wagtail-localize registers; ours check the object's permissions, then hand over to them.
snippet_listing = snippets_api.SnippetViewSet.as_view({"get": "list"})
snippet_detail = snippets_api.SnippetViewSet.as_view({"get": "retrieve"})
submit_snippet = submit_translations.SubmitSnippetTranslationView.as_view()
update = update_translations.UpdateTranslationsView.as_view()


def snippet_api_view(view):
    def guarded(request, app_label, model_name, **kwargs):
        if not can_see_model(request.user, translatable_snippet_model(app_label, model_name)):
            raise PermissionDenied
        return view(request, app_label=app_label, model_name=model_name, **kwargs)

    return guarded


def submit_snippet_translation(request, app_label, model_name, pk):
    if not can_change_model(request.user, translatable_snippet_model(app_label, model_name)):
        raise PermissionDenied
    return submit_snippet(request, app_label=app_label, model_name=model_name, pk=pk)


def update_translations_view(request, translation_source_id):
    source = get_object_or_404(TranslationSource, pk=translation_source_id)
    model = source.specific_content_type.model_class()
    if model is None:
        raise Http404
    if not issubclass(model, Page) and not can_change_model(request.user, model):
        raise PermissionDenied
    if issubclass(model, Page) and not can_translate(request.user, source.get_source_instance()):
        raise PermissionDenied
    return update(request, translation_source_id=translation_source_id)


class PermittedTranslationsReportView(report.TranslationsReportView):
    """wagtail-localize's report without the translations of snippets the user may not see."""

    def get_queryset(self):
        return super().get_queryset().filter(source__specific_content_type__in=visible_content_types(self.request.user))


# Same addresses as wagtail-localize's (under /admin/localize/); reverse() still finds its names.
urlpatterns = [
    path(
        "api/snippets/<slug:app_label>/<slug:model_name>/",
        require_admin_access(snippet_api_view(snippet_listing)),
        name="security_localize_snippets_api_listing",
    ),
    path(
        "api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        require_admin_access(snippet_api_view(snippet_detail)),
        name="security_localize_snippets_api_detail",
    ),
    path(
        "submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        require_admin_access(submit_snippet_translation),
        name="security_localize_submit_snippet_translation",
    ),
    path(
        "update/<int:translation_source_id>/",
        require_admin_access(update_translations_view),
        name="security_localize_update_translations",
    ),
    path(
        "reports/translations/",
        require_admin_access(PermittedTranslationsReportView.as_view()),
        name="security_localize_translations_report",
    ),
    path(
        "reports/translations/results/",
        require_admin_access(PermittedTranslationsReportView.as_view(results_only=True)),
        name="security_localize_translations_report_results",
    ),
]
