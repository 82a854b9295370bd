/*
 * wagtail-localize's translation editor (a React app) writes a few texts in English whatever the admin's
 * language, because its bundle does not pass them through gettext:
 *   - the heading over the segments, "<source> to <target> translation";
 *   - the screen-reader label of the footer's menu toggle, "More actions";
 *   - the month in each segment's comment ("Przetłumaczono ręcznie dnia 30 November 2026"): the server
 *     formats the date with strftime's English month names before it translates the sentence.
 * After each render, this replaces exactly those texts inside the editor: the first two with their
 * translation from the JavaScript catalogue (gettext; Polish in locale/pl/LC_MESSAGES/djangojs.po),
 * the date with the admin language's own (Intl), and only in a text that is one of the comment
 * sentences the server sends (#localize-editor-comments), so translated content is never touched.
 * It changes text nodes in place, which React leaves alone until it writes a new text there.
 * Registered by home/wagtail_hooks.py with `insert_editor_js`; does nothing on other editors.
 */
(function () {
  "use strict";

  var MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ];
  var DATE = "(\\d{1,2}) (" + MONTHS.join("|") + ") (\\d{4})";

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // "Przetłumaczono z użyciem {tool_name} dnia {date}" → a pattern for the whole text of a comment.
  function commentPattern(template) {
    var parts = template.split(/(\{date\}|\{tool_name\})/);
    var source = parts
      .map(function (part) {
        if (part === "{date}") return DATE;
        if (part === "{tool_name}") return ".+?";
        return escapeRegExp(part);
      })
      .join("");
    return new RegExp("^(\\s*)" + source + "(\\s*)$");
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor || typeof window.gettext !== "function") return;

    var props = JSON.parse(editor.dataset.props || "{}");
    // English text → [where it stands (its parent element), its translation].
    var exact = new Map();
    exact.set("More actions", [".w-dropdown__toggle > .w-sr-only", window.gettext("More actions")]);
    if (props.sourceLocale && props.locale) {
      var names = { source: props.sourceLocale.displayName, target: props.locale.displayName };
      exact.set(names.source + " to " + names.target + " translation", [
        "section h3",
        window.interpolate(window.gettext("%(source)s to %(target)s translation"), names, true),
      ]);
    }

    var language = document.documentElement.lang || "en";
    var templates = document.getElementById("localize-editor-comments");
    var comments = [];
    if (templates && !/^en\b/.test(language)) {
      comments = JSON.parse(templates.textContent).map(commentPattern);
    }
    var dateFormat = new Intl.DateTimeFormat(language, { day: "numeric", month: "long", year: "numeric" });
    var datePattern = new RegExp(DATE);

    function localDate(match, day, month, year) {
      return dateFormat.format(new Date(Number(year), MONTHS.indexOf(month), Number(day)));
    }

    function fix(node) {
      var text = node.data;
      var trimmed = text.trim();
      var known = exact.get(trimmed);
      if (known && node.parentElement && node.parentElement.matches(known[0])) {
        text = text.replace(trimmed, known[1]);
      } else if (comments.some(function (pattern) { return pattern.test(text); })) {
        text = text.replace(datePattern, localDate);
      }
      if (text !== node.data) node.data = text;
    }

    function sweep(root) {
      if (root.nodeType === Node.TEXT_NODE) {
        fix(root);
        return;
      }
      var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      var node;
      while ((node = walker.nextNode())) fix(node);
    }

    sweep(editor);
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        if (record.type === "characterData") {
          fix(record.target);
        } else {
          record.addedNodes.forEach(sweep);
        }
      });
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  }

  // This script comes before the editor's own, so it watches the element before React renders into it.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
