from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaperworkConfig(AppConfig):
    """The documents and duties Polish law asks of a host of volunteers (Act of 24 April 2003, art. 42–46).

    Reads the registry (volunteers, hours, organisations, areas); the registry never imports this app:
    it asks through Wagtail hooks (status rules, anonymisation, volunteer buttons) and the export's sections.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "paperwork"
    verbose_name = _("Paperwork")

    def ready(self):
        # Work with minors needs a cleared child-protection check on the shift's day (art. 21 of the Act of
        # 13 May 2016); it replaces the sign-up engine's placeholder, which refused such shifts outright.
        from opportunities import requirements

        from .shift_requirements import check_safeguarding, check_safety, describe_safety

        requirements.register("safeguarding", check_safeguarding)
        # Art. 45: the area's health-and-safety information acknowledged before the first shift there.
        requirements.register("safety", check_safety)
        requirements.describe("safety", describe_safety)
        # A version written after people signed up: shown by their shifts and on the rota, e-mailed once.
        from . import safety_recheck

        safety_recheck.connect()

        # The volunteer's own page lists their documents (the portal imports nothing of this app).
        from . import portal_documents, portal_safety

        portal_documents.register()
        portal_safety.register()

        # The person's data export (JSON and readable copy) holds the paperwork's records.
        from . import gdpr

        gdpr.register()
