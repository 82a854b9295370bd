"""Test-only authentication backend (used by website.settings.test, nowhere else)."""

from axes.backends import AxesStandaloneBackend


class AxesBackendForTests(AxesStandaloneBackend):
    """django-axes, except that Django's test Client.login(), which passes no request, is let through.

    Requests that do carry a request (every real login, and the lockout tests) are checked as in production.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
