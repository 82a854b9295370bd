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

/*
 * The join form: a parent or guardian's fields appear as soon as the date of birth makes the applicant a minor.
 * Without this the server asks for them when the form is sent (registry/join/forms.py).
 */
(function () {
  "use strict";

  var guardian = document.getElementById("guardian-fields");
  var born = document.getElementById("id_date_of_birth");
  if (!guardian || !born) {
    return;
  }
  var adultAge = parseInt(guardian.getAttribute("data-adult-age"), 10) || 18;

  function isMinor(value) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) {
      return false;
    }
    var today = new Date();
    var month = today.getMonth() + 1;
    var day = today.getDate();
    var age = today.getFullYear() - Number(match[1]);
    if (month < Number(match[2]) || (month === Number(match[2]) && day < Number(match[3]))) {
      age -= 1;
    }
    return age >= 0 && age < adultAge;
  }

  // Only on a change: as the page arrives, the server's choice stands (it may be showing errors in these fields).
  function update() {
    guardian.hidden = !isMinor(born.value);
  }

  born.addEventListener("change", update);
  born.addEventListener("input", update);
})();
