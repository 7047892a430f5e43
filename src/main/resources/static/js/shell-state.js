// Read before the page is drawn, so a sidebar its user collapsed does not flash open. The state is
// kept in this browser, per user (localStorage); pyra.js writes it when the user toggles the sidebar.
(function () {
  var user = document.querySelector('meta[name="pyra-user"]');
  if (!user) {
    return;
  }
  try {
    if (window.localStorage.getItem("pyra.sidebar.collapsed." + user.content) === "1") {
      document.documentElement.classList.add("sidebar-collapsed");
    }
  } catch (storageRefused) {
    // private modes may refuse storage: the sidebar then simply starts open
  }
})();
