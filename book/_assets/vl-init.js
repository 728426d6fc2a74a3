/* Draw every stored Vega-Lite chart on the page with the vendored vega-embed.
   Each chart is a <div class="vl-chart" id=...> followed by
   <script type="application/json" data-vl-for=id>{"spec":..., "opt":...}</script>. */
(function () {
  "use strict";
  function drawAll() {
    var scripts = document.querySelectorAll("script[data-vl-for]");
    scripts.forEach(function (tag) {
      var div = document.getElementById(tag.getAttribute("data-vl-for"));
      if (!div) { return; }
      try {
        var payload = JSON.parse(tag.textContent);
        var opt = Object.assign({}, payload.opt || {}, { actions: false, renderer: "svg" });
        window.vegaEmbed(div, payload.spec, opt).then(function () {
          div.setAttribute("data-vl-drawn", "true");
        }).catch(function (err) {
          div.textContent = "Deze grafiek kon niet worden getekend: " + err.message;
        });
      } catch (err) {
        div.textContent = "Deze grafiek kon niet worden getekend: " + err.message;
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
