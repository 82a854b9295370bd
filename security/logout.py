"""Signing out of the admin only by POST.

Wagtail's LogoutView deletes the session cookie in dispatch() whatever the method, so a plain GET (a link
or a prefetch) answered 405 still signed the person out. This pattern takes the same address before the
admin's own and refuses other methods before Wagtail's view runs.
"""

from django.urls import path
from django.views.decorators.http import require_POST
from wagtail.admin.views.account import LogoutView

urlpatterns = [
    # Same name as Wagtail's, so reverse() and the two-factor exemptions (middleware.py) still find it.
    path("logout/", require_POST(LogoutView.as_view()), name="wagtailadmin_logout"),
]
