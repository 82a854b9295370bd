from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaperworkConfig(AppConfig):
    """The documents and duties Polish law asks of a host of volunteers (Act of 24 April 2003, art. 42–46).

    Reads the registry (volunteers, hours, organisations, areas); the registry never imports this app:
    it asks through Wagtail hooks (status rules, personal-data export, anonymisation, volunteer buttons).
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "paperwork"
    verbose_name = _("Paperwork")
