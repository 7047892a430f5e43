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
// The sidebar's menu button: on a narrow screen it opens and closes the menu; on a wide one it
// collapses and expands the sidebar, and the server remembers that for the user (the layout draws
// the next page, on any device, the same way).
(function () {
  var narrow = window.matchMedia("(max-width: 767.98px)");
  function showState() {
    var button = document.querySelector("[data-sidebar-toggle]");
    if (!button) {
      return;
    }
    var root = document.documentElement.classList;
    var expanded = narrow.matches ? root.contains("sidebar-open") : !root.contains("sidebar-collapsed");
    button.setAttribute("aria-expanded", expanded ? "true" : "false");
  }
  function save(button, collapsed) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { "Content-Type": "application/x-www-form-urlencoded" };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(button.getAttribute("data-sidebar-save"), {
      method: "POST",
      headers: headers,
      body: "collapsed=" + collapsed,
      credentials: "same-origin"
    }).catch(function () {
      // the sidebar still toggles on this page; it is only not remembered
    });
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-sidebar-toggle]");
    if (!button) {
      return;
    }
    var root = document.documentElement.classList;
    if (narrow.matches) {
      root.toggle("sidebar-open");
      showState();
      return;
    }
    var collapsed = root.toggle("sidebar-collapsed");
    showState();
    save(button, collapsed);
  });
  narrow.addEventListener("change", showState);
  showState();
})();
