"""Signing up and cancelling on the volunteer's page: /pl/wolontariusz/dyzury/…, /en/volunteer/shifts/….

Included by website/urls.py under the portal's own prefix; paths translated with the context "portal URL".
"""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import portal_views

app_name = "portal_shifts"

urlpatterns = [
    path(pgettext_lazy("portal URL", "shifts/<int:shift_id>/sign-up/"), portal_views.sign_up_view, name="sign_up"),
    path(
        pgettext_lazy("portal URL", "shifts/sign-ups/<int:signup_id>/cancel/"),
        portal_views.cancel_view,
        name="cancel",
    ),
]
