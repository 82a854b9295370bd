/*
 * Small progressive enhancements. Everything works without this file: the phone menu is a
 * <details> toggle whose open state shows the navigation through CSS alone.
 */
(function () {
  "use strict";

  var toggle = document.querySelector("details.nav-toggle");
  if (!toggle) {
    return;
  }
  var button = toggle.querySelector("summary");
  var menu = document.querySelector(".main-nav");
  if (menu && button) {
    // Tell assistive technology which region the button opens.
    menu.id = menu.id || "main-nav";
    button.setAttribute("aria-controls", menu.id);
  }

  function close(returnFocus) {
    if (!toggle.open) {
      return;
    }
    toggle.open = false;
    if (returnFocus && button) {
      button.focus();
    }
  }

  document.addEventListener("keydown", function (event) {
    var header = toggle.closest("header");
    if (event.key === "Escape" && header && header.contains(document.activeElement)) {
      close(true);
    }
  });

  document.addEventListener("click", function (event) {
    var header = toggle.closest("header");
    if (header && !header.contains(event.target)) {
      close(false);
    }
  });
})();
