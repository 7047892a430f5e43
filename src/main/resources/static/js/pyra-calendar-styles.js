// FullCalendar adds its rules to a <style data-fullcalendar> element's sheet; the Content-Security-Policy
// (style-src 'self') leaves an inline <style> without a sheet. This gives that element a constructed
// sheet adopted by the document (rules added through the CSSOM), so the calendar keeps its layout.
(function () {
  if (!("adoptedStyleSheets" in document) || typeof CSSStyleSheet !== "function") {
    return;
  }
  var sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
  var holder = document.createElement("style");
  holder.setAttribute("data-fullcalendar", "");
  Object.defineProperty(holder, "sheet", {
    get: function () {
      return sheet;
    }
  });
  document.head.appendChild(holder);
})();
