/* Make the book's charts interactive. Each chart is drawn at build time (hielspoor/book/charts.py):
     <div class="vl-chart" id=...><div class="vl-static"><svg data-vl-wide><svg data-vl-narrow></div></div>
     <script type="application/json" data-vl-for=id>{"spec": Vega, "narrow": Vega, "opt": ..., "size": ...}</script>
   so it is visible before any script runs, without JavaScript and on paper. This script
   loads the vendored vega runtime when a chart comes into view (or the reader touches,
   scrolls or types), then replaces each picture by a live view of the same size, so bound
   sliders and drop-downs redraw it. A chart is laid out "narrow" when its container is
   narrower than the wide picture, and laid out again when that changes (resize, rotation).
   A drawn chart gets data-vl-drawn="true"; when every chart on the page is drawn, the
   performance mark "hielspoor:charts-drawn" is set (benchmarks/bench_book.py reads it).

   Vega on demand for a page's own script (e.g. the diary):
     window.hielspoorVega().then(function (vega) { ... new vega.View(vega.parse(spec), ...) });
   loads _static/vega/vega.min.js once. A page gets this script (and so hielspoorVega) when its
   HTML contains class="vl-chart" or data-hs-vega (see hielspoor/book/assets.py). */
(function () {
  "use strict";
  var FAILED = "Deze grafiek kon niet worden getekend: ";
  var vegaPromise = null;

  function staticRoot() {
    var root = document.documentElement.getAttribute("data-content_root") || "";
    return root + "_static/";
  }

  function loadScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = staticRoot() + path;
      script.onload = resolve;
      script.onerror = function () { reject(new Error(path + " niet geladen")); };
      document.head.appendChild(script);
    });
  }

  /* Load vega once; resolves with window.vega. */
  window.hielspoorVega = function () {
    if (window.vega) { return Promise.resolve(window.vega); }
    if (!vegaPromise) {
      /* vega, then vega-tooltip (it extends vega): the charts' Dutch hover labels. */
      vegaPromise = loadScript("vega/vega.min.js").then(function () {
        return loadScript("vega/vega-tooltip.min.js");
      }).then(function () { return window.vega; }, function (err) {
        vegaPromise = null;
        throw err;
      });
    }
    return vegaPromise;
  };

  /* vega gives every mark the role graphics-symbol; marks without a text (such as the
     transparent rectangle of a brush selection) are decoration for screen readers. */
  function hideUnlabelledMarks(div) {
    div.querySelectorAll('svg [role="graphics-symbol"]').forEach(function (mark) {
      if (!mark.getAttribute("aria-label") && !mark.getAttribute("aria-labelledby")) {
        mark.setAttribute("aria-hidden", "true");
      }
    });
  }

  /* Datasets are stored once in payload.values; a spec names them "@hs-values:<key>". */
  function withValues(spec, values) {
    var copy = Object.assign({}, spec);
    copy.data = (spec.data || []).map(function (entry) {
      var ref = typeof entry.values === "string" && entry.values.indexOf("@hs-values:") === 0;
      return ref ? Object.assign({}, entry, { values: values[entry.values.slice(11)] }) : entry;
    });
    return copy;
  }

  function fits(div, payload) {
    var size = payload.size || {};
    /* Without a narrow picture the wide one is scaled down; the live chart does the same. */
    if (!payload.narrow || size.narrowPicture === false) { return true; }
    return div.clientWidth >= (size.wide || 0);
  }

  /* Draw (or redraw, after a change of layout) one chart as a live vega view. */
  function draw(vega, div, payload) {
    var layout = fits(div, payload) ? "wide" : "narrow";
    if (div.__hsLayout === layout) { return Promise.resolve(); }
    var opt = payload.opt || {};
    if (opt.formatLocale) { vega.formatLocale(opt.formatLocale); }
    if (opt.timeFormatLocale) { vega.timeFormatLocale(opt.timeFormatLocale); }
    var live = document.createElement("div");
    live.className = "vl-live";
    div.appendChild(live);
    var view = new vega.View(vega.parse(withValues(layout === "wide" ? payload.spec : payload.narrow, payload.values)), {
      renderer: "svg", container: live, hover: true
    });
    if (window.vegaTooltip) { view.tooltip(new window.vegaTooltip.Handler().call); }
    return view.runAsync().then(function () {
      /* Swap in one task: no paint shows both pictures or neither. */
      if (div.__hsView) { div.__hsView.finalize(); }
      Array.prototype.slice.call(div.children).forEach(function (child) {
        if (child !== live) { div.removeChild(child); }
      });
      live.classList.add("vl-ready");
      /* A picture (role img) becomes a document with controls, as vega marks its views. */
      div.setAttribute("role", "graphics-document");
      div.setAttribute("aria-roledescription", "visualisatie");
      div.__hsView = view;
      div.__hsLayout = layout;
      hideUnlabelledMarks(div);
      div.setAttribute("data-vl-drawn", "true");
    });
  }

  function hydrate(vega, tag) {
    var div = document.getElementById(tag.getAttribute("data-vl-for"));
    if (!div) { return Promise.resolve(); }
    var payload;
    try {
      payload = JSON.parse(tag.textContent);
    } catch (err) {
      div.setAttribute("data-vl-error", FAILED + err.message);
      return Promise.resolve();
    }
    div.__hsPayload = payload;
    return draw(vega, div, payload).catch(function (err) {
      div.setAttribute("data-vl-error", FAILED + err.message);
      if (window.console) { console.warn(FAILED + err.message); }
    });
  }

  var started = false;
  function start() {
    if (started) { return; }
    started = true;
    var tags = Array.prototype.slice.call(document.querySelectorAll("script[data-vl-for]"));
    window.hielspoorVega().then(function (vega) {
      return Promise.all(tags.map(function (tag) { return hydrate(vega, tag); })).then(function () {
        if (window.performance && performance.mark) { performance.mark("hielspoor:charts-drawn"); }
        var timer = null;
        window.addEventListener("resize", function () {
          clearTimeout(timer);
          timer = setTimeout(function () {
            document.querySelectorAll(".vl-chart[data-vl-drawn]").forEach(function (div) {
              if (div.__hsPayload) { draw(vega, div, div.__hsPayload); }
            });
          }, 150);
        });
      });
    }, function (err) {
      document.querySelectorAll(".vl-chart").forEach(function (div) {
        div.setAttribute("data-vl-error", FAILED + err.message);
      });
    });
  }

  function watch() {
    var charts = document.querySelectorAll(".vl-chart");
    if (!charts.length) { return; }
    /* The reader's own actions; "scroll" of the window only (not of the sidebar, which the
       theme scrolls itself), so nothing loads vega until a reader does something or a
       chart is in view. */
    var events = ["pointerdown", "touchstart", "keydown", "wheel"];
    var onInteract = function () {
      events.forEach(function (name) { window.removeEventListener(name, onInteract, true); });
      window.removeEventListener("scroll", onInteract);
      start();
    };
    events.forEach(function (name) {
      window.addEventListener(name, onInteract, { capture: true, passive: true });
    });
    window.addEventListener("scroll", onInteract, { passive: true });
    if (!("IntersectionObserver" in window)) { start(); return; }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (entry) { return entry.isIntersecting; })) {
        observer.disconnect();
        start();
      }
    });
    charts.forEach(function (div) { observer.observe(div); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
