// Pyra's only script: CSRF header for htmx requests, and small behaviours declared by data attributes.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener("change", function (event) {
  if (event.target.matches("[data-autosubmit]")) {
    event.target.form.submit();
  }
});
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});
// The sidebar's menu button: on a narrow screen it opens and closes the menu (not remembered); on a
// wide one it collapses and expands the sidebar, remembered for this user in this browser.
(function () {
  var narrow = window.matchMedia("(max-width: 767.98px)");
  function storageKey() {
    var user = document.querySelector('meta[name="pyra-user"]');
    return user ? "pyra.sidebar.collapsed." + user.content : null;
  }
  function showState() {
    var button = document.querySelector("[data-sidebar-toggle]");
    if (!button) {
      return;
    }
    var root = document.documentElement.classList;
    var expanded = narrow.matches ? root.contains("sidebar-open") : !root.contains("sidebar-collapsed");
    button.setAttribute("aria-expanded", expanded ? "true" : "false");
  }
  document.addEventListener("click", function (event) {
    if (!event.target.closest("[data-sidebar-toggle]")) {
      return;
    }
    var root = document.documentElement.classList;
    if (narrow.matches) {
      root.toggle("sidebar-open");
    } else {
      var collapsed = root.toggle("sidebar-collapsed");
      var key = storageKey();
      try {
        if (key) {
          window.localStorage.setItem(key, collapsed ? "1" : "0");
        }
      } catch (storageRefused) {
        // the sidebar still toggles; it is only not remembered
      }
    }
    showState();
  });
  narrow.addEventListener("change", showState);
  showState();
})();
