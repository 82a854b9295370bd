"""Content-Security-Policy: the strict policy everywhere, the admin's looser one under its prefixes."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


class PathAwareCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, swapping in ADMIN_CONTENT_SECURITY_POLICY for admin URLs.

    The Wagtail admin needs inline scripts and styles; public pages never do. A view can still
    override either policy with django-csp's decorators.
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


def is_admin_path(path):
    return path.startswith(tuple(settings.ADMIN_URL_PREFIXES))
