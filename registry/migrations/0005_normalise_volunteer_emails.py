"""Store every live volunteer's e-mail address in its one normalised spelling (registry/email_addresses.py)."""

from django.db import migrations


def normalise_emails(apps, schema_editor):
    from registry.email_addresses import normalise_stored_emails

    normalise_stored_emails(apps.get_model("registry", "Volunteer"))


class Migration(migrations.Migration):
    dependencies = [("registry", "0004_recognition_english_text")]

    operations = [migrations.RunPython(normalise_emails, migrations.RunPython.noop)]
