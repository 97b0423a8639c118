/* dyadwatch dashboard: draws the Vega-Lite charts embedded in the page and highlights the
   sentence of the fact named in the URL fragment. No inline script anywhere: the page's CSP
   allows only this server's own files, and Vega runs with its AST interpreter (no eval). */
(function () {
  "use strict";

  function follow(href) {
    // only same-site paths: a chart datum can never send the reader elsewhere
    if (typeof href === "string" && href.charAt(0) === "/" && href.charAt(1) !== "/") {
      window.location.assign(href);
    }
  }

  function draw() {
    var boxes = document.querySelectorAll("[data-spec]");
    if (!boxes.length) return;
    if (typeof window.vegaEmbed !== "function") {
      boxes.forEach(function (el) { el.textContent = "Charts need JavaScript; the tables show the same data."; });
      return;
    }
    boxes.forEach(function (el) {
      var source = document.getElementById(el.getAttribute("data-spec"));
      if (!source) return;
      var spec = JSON.parse(source.textContent);
      window.vegaEmbed(el, spec, { actions: false, ast: true, renderer: "svg", tooltip: true })
        .then(function (result) {
          el.classList.add("drawn");
          result.view.addEventListener("click", function (event, item) {
            if (item && item.datum) follow(item.datum.href);
          });
        })
        .catch(function (err) {
          el.classList.add("chart-error");
          el.textContent = "The chart could not be drawn (" + err + "); the table shows the same data.";
        });
    });
  }

  function focusFact() {
    document.querySelectorAll(".focus, .focus-fact").forEach(function (el) {
      el.classList.remove("focus");
      el.classList.remove("focus-fact");
    });
    var m = /^#fact-([A-Za-z0-9_-]+)$/.exec(window.location.hash);
    if (!m) return;
    document.querySelectorAll('[data-sent~="' + m[1] + '"]').forEach(function (el) { el.classList.add("focus"); });
    document.querySelectorAll('[data-facts~="' + m[1] + '"]').forEach(function (el) { el.classList.add("focus-fact"); });
    document.querySelectorAll('.fact-link[data-fact="' + m[1] + '"]').forEach(function (el) { el.classList.add("focus-fact"); });
  }

  document.addEventListener("DOMContentLoaded", function () { draw(); focusFact(); });
  window.addEventListener("hashchange", focusFact);
})();
