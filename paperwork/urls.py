"""Public addresses of the paperwork app, inside i18n_patterns: /pl/dokumenty/weryfikacja/, /en/documents/verify/."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path(pgettext_lazy("URL", "documents/verify/"), views.verify_form, name="paperwork_verify"),
    path(pgettext_lazy("URL", "documents/verify/<str:code>/"), views.verify_code, name="paperwork_verify_code"),
]
