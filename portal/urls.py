"""The volunteer's page, under each language's prefix: /pl/wolontariusz/…, /en/volunteer/….

Each path is translated with the context "portal URL" (written out in full, so makemessages sees the context);
included by website/urls.py inside i18n_patterns.
"""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "portal"


urlpatterns = [
    path("", views.home, name="home"),
    path(pgettext_lazy("portal URL", "sign-in/"), views.sign_in_view, name="sign_in"),
    path(pgettext_lazy("portal URL", "sign-in/sent/"), views.sign_in_sent, name="sign_in_sent"),
    path(pgettext_lazy("portal URL", "sign-in/link/<str:token>/"), views.confirm, name="confirm"),
    path(pgettext_lazy("portal URL", "sign-out/"), views.sign_out, name="sign_out"),
    path(pgettext_lazy("portal URL", "sign-out/everywhere/"), views.sign_out_everywhere, name="sign_out_everywhere"),
    path(pgettext_lazy("portal URL", "signed-out/"), views.signed_out, name="signed_out"),
    path(pgettext_lazy("portal URL", "hours/"), views.hours_view, name="hours"),
    path(pgettext_lazy("portal URL", "my-data/"), views.my_data, name="my_data"),
    path(pgettext_lazy("portal URL", "my-data/copy/"), views.my_data_copy, name="my_data_copy"),
    path(pgettext_lazy("portal URL", "my-data/address/<str:token>/"), views.confirm_email, name="confirm_email"),
    path(pgettext_lazy("portal URL", "my-data/public-name/"), views.withdraw_public_name, name="withdraw_public_name"),
    path(pgettext_lazy("portal URL", "my-data/removal/"), views.request_removal, name="request_removal"),
    path(pgettext_lazy("portal URL", "calendar/"), views.calendar_page, name="calendar"),
    path(pgettext_lazy("portal URL", "calendar/renew/"), views.renew_calendar, name="renew_calendar"),
    path(pgettext_lazy("portal URL", "calendar/<str:token>.ics"), views.calendar_feed, name="calendar_feed"),
]
