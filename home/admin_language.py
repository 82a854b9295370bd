"""New staff accounts start with the Polish admin, whatever their browser asks for.

Wagtail shows the admin in the account's preferred language and, while none is set, in the browser's
(Accept-Language). The site's staff work in Polish, so a new account's preference is set to the site's
default language; anyone can change it in their account settings (Account → Preferences → Language).
"""

from django.conf import settings
from wagtail.users.models import UserProfile


def default_admin_language(sender, instance, created, raw=False, **kwargs):
    """post_save of the user model: a new account's admin language is the site's default language."""
    if not created or raw:
        return
    profile = UserProfile.get_for_user(instance)
    if not profile.preferred_language:
        profile.preferred_language = settings.LANGUAGE_CODE
        profile.save(update_fields=["preferred_language"])
