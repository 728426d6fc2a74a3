/* Draw every stored Vega-Lite chart on the page with the vendored vega-embed.
   Each chart is a <div class="vl-chart" id=...> followed by
   <script type="application/json" data-vl-for=id>{"spec":..., "opt":...}</script>.
   A drawn chart gets data-vl-drawn="true"; when every chart on the page is drawn, the
   performance mark "hielspoor:charts-drawn" is set (benchmarks/bench_book.py reads it). */
(function () {
  "use strict";
  var FAILED = "Deze grafiek kon niet worden getekend: ";

  /* vega gives every mark the role graphics-symbol; marks without a text (such as the
     transparent rectangle of a brush selection) are decoration for screen readers. */
  function hideUnlabelledMarks(div) {
    div.querySelectorAll('svg [role="graphics-symbol"]').forEach(function (mark) {
      if (!mark.getAttribute("aria-label") && !mark.getAttribute("aria-labelledby")) {
        mark.setAttribute("aria-hidden", "true");
      }
    });
  }

  function drawOne(tag) {
    var div = document.getElementById(tag.getAttribute("data-vl-for"));
    if (!div) { return Promise.resolve(); }
    try {
      var payload = JSON.parse(tag.textContent);
      var opt = Object.assign({}, payload.opt || {}, { actions: false, renderer: "svg" });
      return window.vegaEmbed(div, payload.spec, opt).then(function () {
        hideUnlabelledMarks(div);
        div.setAttribute("data-vl-drawn", "true");
      }).catch(function (err) {
        div.textContent = FAILED + err.message;
      });
    } catch (err) {
      div.textContent = FAILED + err.message;
      return Promise.resolve();
    }
  }

  function drawAll() {
    var tags = Array.prototype.slice.call(document.querySelectorAll("script[data-vl-for]"));
    Promise.all(tags.map(drawOne)).then(function () {
      if (window.performance && performance.mark) { performance.mark("hielspoor:charts-drawn"); }
    });
  }

  /* Draw as soon as the page is parsed ("interactive"), before the theme's deferred
     scripts run and DOMContentLoaded fires: charts appear a few hundred ms earlier. */
  function whenParsed() {
    if (document.readyState === "loading") { return; }
    document.removeEventListener("readystatechange", whenParsed);
    drawAll();
  }
  if (document.readyState === "loading") {
    document.addEventListener("readystatechange", whenParsed);
  } else {
    drawAll();
  }
})();
