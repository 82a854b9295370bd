"""Who must use two-step verification, and whether they have a device for it."""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice


def has_registry_permission(user):
    """Any permission on the registry app: the people who can reach volunteers' personal data."""
    return user.is_active and (user.is_superuser or any(p.startswith("registry.") for p in user.get_all_permissions()))


def two_factor_required(user):
    return settings.REGISTRY_REQUIRE_2FA and has_registry_permission(user)


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def url_with_next(view_name, next_url):
    return f"{reverse(view_name)}?{urlencode({'next': next_url})}"
