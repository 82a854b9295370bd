"""Demo content for `manage.py load_demo`: texts in Polish and English, generated images, loaders.

Every loader here is idempotent: it finds what an earlier run made (by slug, translation key or a
natural key), changes it only where it differs from the demo, and creates only what is missing.
"""
