"""What every app's demo content is built with: Polish/English text pairs, generated images, an idempotent page
loader and wagtail-localize translations. Each app keeps its own demo (home/demo/, news/demo/, registry/demo/);
`manage.py load_demo` (home/management/commands/load_demo.py) runs them in order.

Every loader is idempotent: it finds what an earlier run made (by slug, translation key or a natural key),
changes it only where it differs from the demo, and creates only what is missing.
"""
