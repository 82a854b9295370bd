"""PostgreSQL: a text-search configuration that ignores Polish diacritics ("Lodz" finds "Łódź").

PostgreSQL has no Polish stemmer, so words are kept as written ("simple") and accents are folded
with the `unaccent` extension (trusted since PostgreSQL 13: the database owner may create it).
Where the extension cannot be created the configuration is still made, as a plain copy of
"simple", so search keeps working, just without folding. Nothing happens on SQLite.
"""

from django.db import DatabaseError, migrations, transaction

CONFIG = "simple_unaccent"


def create_configuration(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIG])
        if cursor.fetchone():
            return
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)")
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        except DatabaseError:  # no privilege, or no contrib package: keep plain "simple"
            return
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"
        )


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")


class Migration(migrations.Migration):
    dependencies = [("home", "0002_create_homepage")]

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
