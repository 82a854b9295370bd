from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [
        path("2fa/setup/", views.setup, name="security_2fa_setup"),
        path("2fa/verify/", views.verify, name="security_2fa_verify"),
        path("2fa/enrol/<str:token>/", views.enrol, name="security_2fa_enrol"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("security_2fa_setup"),
        "label": _("Two-step verification"),
        "help_text": _("Ask for a code from an authenticator app each time you sign in."),
    }
