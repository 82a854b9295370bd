"""The tree's root page is shown to editors ("Przeglądaj: Root"): give it a Polish name (POLISH-REVIEW b26)."""

from django.db import migrations

OLD_TITLE = "Root"
NEW_TITLE = "Katalog główny"


def rename(apps, schema_editor, old, new):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title=old).update(title=new, draft_title=new)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_accessibility_statement_page"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: rename(apps, schema_editor, OLD_TITLE, NEW_TITLE),
            lambda apps, schema_editor: rename(apps, schema_editor, NEW_TITLE, OLD_TITLE),
        )
    ]
