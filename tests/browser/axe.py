"""Run axe-core in a page and keep the violations that block people: serious and critical ones."""

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}


def run_axe(page, axe_source):
    """Inject axe through the DevTools protocol (the page's CSP does not apply there) and run it."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source)
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_TAGS,
    )


def blocking_violations(page, axe_source):
    results = run_axe(page, axe_source)
    return [violation for violation in results["violations"] if violation["impact"] in BLOCKING]


def describe(violations):
    """One readable line per failing element, so an assertion message says what to fix."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            lines.append(
                f"[{violation['impact']}] {violation['id']}: {', '.join(node['target'])} — {violation['help']}"
            )
    return "\n".join(lines)
