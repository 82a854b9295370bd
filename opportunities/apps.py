from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpportunitiesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "opportunities"
    verbose_name = _("Opportunities and shifts")

    def ready(self):
        # The registry knows nothing of this app: its GDPR export and anonymisation take our parts through
        # their own small registries.
        from . import freshness, gdpr, permissions, portal_shifts

        gdpr.register()
        # The volunteer's page shows their shifts and puts them in their calendar (portal/ imports nothing of ours).
        portal_shifts.register()
        # Coordinators may edit every opportunities index as it is created.
        permissions.connect()
        # Pages showing free places stay in the page cache until a shift changes (freshness.py).
        freshness.connect()
