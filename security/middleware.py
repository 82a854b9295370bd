"""Sends admin users who still owe their one-time code to the verify (or set-up) page."""

from django.shortcuts import redirect

from .csp import is_admin_path
from .two_factor import confirmed_device, two_factor_required, url_with_next

# Pages a signed-in but unverified user must still reach: signing in and out, the 2FA pages, admin assets.
EXEMPT_VIEW_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "security_2fa_setup",
    "security_2fa_verify",
    "security_2fa_enrol",
    "admin:login",
    "admin:logout",
}


class AdminTwoFactorMiddleware:
    """After sign-in, a user with a TOTP device must enter a code before any admin page.

    When REGISTRY_REQUIRE_2FA is on, a user with any registry permission and no device is sent
    to set one up first. Needs django_otp's OTPMiddleware before it (it provides user.is_verified).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not is_admin_path(request.path_info) or not user.is_authenticated or user.is_verified():
            return None
        if request.resolver_match and request.resolver_match.view_name in EXEMPT_VIEW_NAMES:
            return None
        if confirmed_device(user):
            return redirect_with_next("security_2fa_verify", request)
        if two_factor_required(user):
            return redirect_with_next("security_2fa_setup", request)
        return None


def redirect_with_next(view_name, request):
    return redirect(url_with_next(view_name, request.get_full_path()))
