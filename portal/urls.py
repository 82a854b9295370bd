"""The volunteer's page, under each language's prefix: /pl/wolontariusz/…, /en/volunteer/….

Each path is translated (pgettext "portal URL"), so each language has its own words; included by
website/urls.py inside i18n_patterns.
"""

from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

app_name = "portal"


def _(route):
    return pgettext_lazy("portal URL", route)


urlpatterns = [
    path("", views.home, name="home"),
    path(_("sign-in/"), views.sign_in_view, name="sign_in"),
    path(_("sign-in/sent/"), views.sign_in_sent, name="sign_in_sent"),
    path(_("sign-in/link/<str:token>/"), views.confirm, name="confirm"),
    path(_("sign-out/"), views.sign_out, name="sign_out"),
    path(_("sign-out/everywhere/"), views.sign_out_everywhere, name="sign_out_everywhere"),
    path(_("signed-out/"), views.signed_out, name="signed_out"),
    path(_("hours/"), views.hours_view, name="hours"),
    path(_("my-data/"), views.my_data, name="my_data"),
    path(_("my-data/copy/"), views.my_data_copy, name="my_data_copy"),
    path(_("my-data/public-name/"), views.withdraw_public_name, name="withdraw_public_name"),
    path(_("my-data/removal/"), views.request_removal, name="request_removal"),
    path(_("calendar/renew/"), views.renew_calendar, name="renew_calendar"),
    path(_("calendar/<str:token>.ics"), views.calendar_feed, name="calendar_feed"),
]
