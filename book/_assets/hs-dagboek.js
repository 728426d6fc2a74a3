/* The reader's own pain diary and programme in the static book (no Python, no account).
   Entries stay in this browser (localStorage) and never leave the device: nothing here
   makes a request. Fields, file format, chart, rule texts and schedule come from the
   JSON the package generates at build time (<script id="hs-data-dagboek"> and
   "hs-data-programma"; hielspoor.booktools.payload). Mounts on
   <div data-hs-tool="dagboek"> (chapter 07) and <div data-hs-tool="programma"> (08). */
(function () {
  "use strict";
  var STORE = "hielspoor-dagboek-v1";
  var R = window.HielspoorRegel;

  function data(name) {
    var tag = document.getElementById("hs-data-" + name);
    return tag ? JSON.parse(tag.textContent) : null;
  }
  /* The JSON sits at the end of the page body: read it when the page is parsed. */
  var D = null, P = null, LINKS = {}, rule = null, PAIN = [], reader = null;

  /* ------------------------------------------------------------------ small helpers */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") { node.textContent = attrs[key]; }
      else if (key.slice(0, 2) === "on") { node.addEventListener(key.slice(2), attrs[key]); }
      else if (attrs[key] !== null && attrs[key] !== false) { node.setAttribute(key, attrs[key] === true ? "" : attrs[key]); }
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }
  function isNum(v) { return typeof v === "number" && !isNaN(v); }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function isoOf(date) { return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()); }
  function todayIso() { return isoOf(new Date()); }
  function fromDay(n) { var d = new Date(n * 86400000); return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate()); }
  var dayNumber = R.dayNumber, dateNl = R.dateNl, fmt = R.fmt;
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
  var seq = 0;
  function uid(prefix) { seq += 1; return "hs-" + prefix + "-" + seq; }

  /* ------------------------------------------------------------------ storage */
  function load() {
    try {
      var raw = window.localStorage.getItem(STORE);
      var state = raw ? JSON.parse(raw) : {};
      state.entries = Array.isArray(state.entries) ? state.entries : [];
      return state;
    } catch (err) {
      return { entries: [], error: "Je browser laat deze pagina niets bewaren (" + err.message + "). Je invoer gaat verloren als je de pagina sluit." };
    }
  }
  var state = { entries: [] };
  function save() {
    state.entries.sort(function (a, b) { return a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0; });
    try {
      window.localStorage.setItem(STORE, JSON.stringify({ entries: state.entries, programma: state.programma || null }));
      return "";
    } catch (err) {
      return "Niet bewaard in je browser: " + err.message + ". Download je dagboek als CSV om niets te verliezen.";
    }
  }
  function findEntry(iso) {
    for (var i = 0; i < state.entries.length; i++) { if (state.entries[i].datum === iso) { return i; } }
    return -1;
  }
  var listeners = [];
  function changed() { listeners.forEach(function (fn) { fn(); }); }

  /* ------------------------------------------------------------------ reading (hs-lezen.js) */
  /* hielspoor.diary.parse_pain_diary for CSV and .xlsx: a Promise of
     {entries, problems, summary}; the form's date and steps use the same checks. */
  function parseDiary(bytes, filename) { return reader.parse(bytes, filename); }
  function parseDate(value) { return reader.parseDate(value); }
  function parseSteps(value, label) { return reader.parseSteps(value, label); }
  function neutralise(text) { return reader.neutralise(text); }

  /* ------------------------------------------------------------------ export (as write_pain_diary) */
  function formatFloat(v) {
    if (!isNum(v)) { return ""; }
    return (Number.isInteger(v) ? String(v) : String(v)).replace(".", D.csv.decimal);
  }
  function csvField(text) {
    if (text.indexOf(D.csv.sep) >= 0 || /["\r\n]/.test(text)) { return '"' + text.replace(/"/g, '""') + '"'; }
    return text;
  }
  function csvText(entries) {
    var lines = [D.columns.map(function (c) { return D.headers[c]; }).join(D.csv.sep)];
    entries.forEach(function (e) {
      var cells = [dateNl(e.datum)];
      PAIN.forEach(function (key) { cells.push(formatFloat(e[key])); });
      cells.push(isNum(e.stappen) ? String(e.stappen) : "");
      cells.push(neutralise(e.oefeningen || ""), neutralise(e.notities || ""));
      lines.push(cells.map(csvField).join(D.csv.sep));
    });
    return (D.csv.bom ? "\ufeff" : "") + lines.join(D.csv_newline) + D.csv_newline;
  }
  function download(text, filename, type) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var link = el("a", { href: url, download: filename });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  /* ------------------------------------------------------------------ summaries (as hielspoor.diary) */
  function npRound2(v) {
    var x = v * 100, r = Math.round(x);
    if (Math.abs(x % 1) === 0.5) { r = 2 * Math.round(x / 2); }
    return r / 100;
  }
  function meanOf(list) { var n = list.filter(isNum); if (!n.length) { return NaN; } return n.reduce(function (a, b) { return a + b; }, 0) / n.length; }
  function chartRows(entries) {
    return entries.map(function (e) {
      var row = { datum: e.datum + "T00:00:00" };
      var end = dayNumber(e.datum);
      PAIN.forEach(function (key) { row[D.labels[key]] = isNum(e[key]) ? e[key] : null; });
      PAIN.forEach(function (key) {
        var window7 = entries.filter(function (o) { var d = dayNumber(o.datum); return d > end - 7 && d <= end && isNum(o[key]); });
        row[D.mean_prefix + D.labels[key]] = window7.length >= 4 ? npRound2(meanOf(window7.map(function (o) { return o[key]; }))) : null;
      });
      return row;
    });
  }
  function sessionRows(entries) {
    return entries.filter(function (e) { return (e.oefeningen || "").trim(); }).map(function (e) {
      return { datum: e.datum + "T00:00:00", oefeningen: e.oefeningen, notities: e.notities || "" };
    });
  }
  function mondayOf(iso) { var n = dayNumber(iso); var wd = (new Date(n * 86400000).getUTCDay() + 6) % 7; return fromDay(n - wd); }
  function weekly(entries) {
    var weeks = {}, order = [];
    entries.forEach(function (e) {
      var w = mondayOf(e.datum);
      if (!weeks[w]) { weeks[w] = []; order.push(w); }
      weeks[w].push(e);
    });
    order.sort();
    return order.map(function (w) {
      var rows = weeks[w], out = { week: w, dagen: rows.length };
      PAIN.forEach(function (key) { var m = meanOf(rows.map(function (r) { return r[key]; })); out[key] = isNaN(m) ? NaN : npRound2(m); });
      out.sessies = rows.filter(function (r) { return (r.oefeningen || "").trim(); }).length;
      var worst = [out.pijn_activiteit, out.pijn_volgende_ochtend].filter(isNum);
      out.zone = worst.length ? rule.painZone(Math.max.apply(null, worst)) : "";
      return out;
    });
  }
  function weeklyCells(w) {
    return [dateNl(w.week), String(w.dagen)].concat(PAIN.map(function (k) {
      return isNum(w[k]) ? R.pyFixed(w[k], 1).replace(".", ",") : "";
    })).concat([String(w.sessies), w.zone]);
  }
  function table(headers, rows, caption) {
    var head = el("tr", {}, headers.map(function (h) { return el("th", { scope: "col", text: h }); }));
    var body = rows.map(function (cells) { return el("tr", {}, cells.map(function (c) { return el("td", { text: c }); })); });
    return el("div", { class: "hs-scroll", tabindex: "0", role: "region", "aria-label": caption }, [
      el("table", { class: "hs-tabel" }, [el("caption", { text: caption }), el("thead", {}, [head]), el("tbody", {}, body)])
    ]);
  }
  function redFlagsLink() {
    return el("a", { href: LINKS.rode_vlaggen || "#", text: D.rule.red_flags_title });
  }
  function adviceBox(entries) {
    var box = el("div", { class: "hs-advies", role: "status" });
    if (!entries.length) { box.textContent = "Je dagboek is nog leeg."; return box; }
    var advice;
    try { advice = rule.adviseFromDiary(entries); }
    catch (err) { box.textContent = "Nog geen advies: " + err.message; return box; }
    box.setAttribute("data-zone", advice.zone);
    box.setAttribute("data-decision", advice.decision);
    box.appendChild(el("p", {}, [el("strong", { text: advice.outcome }), " (zone tijdens de activiteit: " + advice.zone + ")"]));
    box.appendChild(el("p", { class: "hs-advies-reden", text: advice.reason }));
    box.appendChild(el("p", {}, [el("em", { text: D.rule.disclaimer + " " }), redFlagsLink()]));
    return box;
  }

  /* ------------------------------------------------------------------ chart */
  var NARROW_CHART_PX = 480;
  function drawChart(target, entries, widthPx, heightPx) {
    target.textContent = "";
    if (!entries.length) { return Promise.resolve(); }
    var C = D.chart;
    var spec = JSON.parse(JSON.stringify(C.vega));
    spec.data.forEach(function (d) {
      if (d.name === C.days) { d.values = chartRows(entries); }
      if (d.name === C.sessions) { d.values = sessionRows(entries); }
    });
    if (heightPx) {
      spec.signals.forEach(function (sig) { if (sig.name === "concat_0_height") { sig.value = heightPx; } });
    }
    spec.width = Math.max(200, Math.min(640, (widthPx || target.clientWidth || 640) - 70));
    if (spec.width < NARROW_CHART_PX) {
      /* On a phone the two legends side by side, each entry under the other. */
      (spec.legends || []).forEach(function (legend) { legend.direction = "vertical"; });
    }
    var first = dateNl(entries[0].datum), last = dateNl(entries[entries.length - 1].datum);
    var desc = (entries.length === 1 ? C.description.one : C.description.many)
      .replace("{first}", first).replace("{last}", last).replace("{days}", String(entries.length));
    spec.description = desc;
    target.setAttribute("role", "img");
    target.setAttribute("aria-label", desc);
    if (!window.hielspoorVega) {
      target.textContent = "De grafiek kan hier niet worden getekend; de tabel hieronder geeft dezelfde weken.";
      return Promise.resolve();
    }
    return window.hielspoorVega().then(function (vega) {
      var opt = C.embed_options || {};
      if (opt.formatLocale) { vega.formatLocale(opt.formatLocale); }
      if (opt.timeFormatLocale) { vega.timeFormatLocale(opt.timeFormatLocale); }
      if (target.__hsView) { target.__hsView.finalize(); }
      var view = new vega.View(vega.parse(spec), { renderer: "svg", container: target, hover: true });
      if (window.vegaTooltip) { view.tooltip(new window.vegaTooltip.Handler().call); }
      target.__hsView = view;
      return view.runAsync();
    }).then(function () {
      target.setAttribute("data-hs-drawn", "true");
      target.querySelectorAll('svg [role="graphics-symbol"]').forEach(function (mark) {
        if (!mark.getAttribute("aria-label")) { mark.setAttribute("aria-hidden", "true"); }
      });
    }).catch(function (err) { target.textContent = "Deze grafiek kon niet worden getekend: " + err.message; });
  }

  /* ------------------------------------------------------------------ the diary form */
  function field(label, input, hint) {
    var id = input.id || uid("veld");
    input.id = id;
    var parts = [el("label", { for: id, text: label }), input];
    if (hint) { parts.push(hint); }
    return el("div", { class: "hs-veld" }, parts);
  }
  function painInput(name, label) {
    var input = el("input", { type: "range", min: "0", max: "10", step: "1", value: "0", name: name });
    var out = el("output", { for: "", text: "0", "aria-hidden": "true" });
    input.addEventListener("input", function () { out.textContent = input.value; });
    var wrap = field(label, input);
    wrap.classList.add("hs-pijn");
    wrap.appendChild(out);
    return { wrap: wrap, input: input, out: out, set: function (v) { input.value = String(v); out.textContent = String(v); } };
  }

  function mountDiary(root) {
    root.textContent = "";
    root.classList.add("hs-app");
    var msg = el("p", { class: "hs-melding", role: "status", "aria-live": "polite" });
    function say(text, ok) { msg.textContent = text; msg.className = "hs-melding " + (ok ? "hs-ok" : "hs-fout"); }
    if (state.error) { say(state.error, false); }

    var date = el("input", { type: "date", name: "datum", required: true, value: todayIso() });
    var first = painInput("pijn_eerste_stap", D.headers.pijn_eerste_stap + " (0-10)");
    var activity = painInput("pijn_activiteit", D.headers.pijn_activiteit + " (0-10)");
    var next = painInput("pijn_volgende_ochtend", D.headers.pijn_volgende_ochtend + " (0-10)");
    var unknown = el("input", { type: "checkbox", name: "volgende_onbekend", checked: true });
    function syncNext() { next.input.disabled = unknown.checked; next.wrap.classList.toggle("hs-uit", unknown.checked); }
    unknown.addEventListener("change", syncNext);
    var unknownId = uid("onbekend"); unknown.id = unknownId;
    var steps = el("input", { type: "text", inputmode: "numeric", name: "stappen", placeholder: "bijv. 8500", autocomplete: "off" });
    var stepsError = el("p", { class: "hs-fout", "aria-live": "polite" });
    var exercises = D.exercises.map(function (name) {
      var box = el("input", { type: "checkbox", name: "oefening", value: name, id: uid("oef") });
      var detail = el("input", { type: "text", name: "oefening_detail", placeholder: "sets x herhalingen, gewicht (bijv. 3x12 10 kg)", "aria-label": "Details " + name });
      return { name: name, box: box, detail: detail,
        node: el("div", { class: "hs-oefening" }, [el("label", { class: "hs-check", for: box.id }, [box, " " + name]), detail]) };
    });
    var notes = el("textarea", { name: "notities", rows: "3" });
    var replace = el("input", { type: "checkbox", name: "vervang", id: uid("vervang") });

    function fillForm(entry) {
      date.value = entry.datum;
      first.set(isNum(entry.pijn_eerste_stap) ? Math.round(entry.pijn_eerste_stap) : 0);
      activity.set(isNum(entry.pijn_activiteit) ? Math.round(entry.pijn_activiteit) : 0);
      unknown.checked = !isNum(entry.pijn_volgende_ochtend);
      next.set(isNum(entry.pijn_volgende_ochtend) ? Math.round(entry.pijn_volgende_ochtend) : 0);
      syncNext();
      steps.value = isNum(entry.stappen) ? String(entry.stappen) : "";
      var parts = (entry.oefeningen || "").split(";").map(function (p) { return p.trim(); }).filter(Boolean);
      var rest = [];
      exercises.forEach(function (x) { x.box.checked = false; x.detail.value = ""; });
      parts.forEach(function (p) {
        var hit = exercises.filter(function (x) { return p === x.name || p.indexOf(x.name + " ") === 0; })[0];
        if (hit) { hit.box.checked = true; hit.detail.value = p.slice(hit.name.length).trim(); } else { rest.push(p); }
      });
      notes.value = (entry.notities || "");
      form.dataset.extraOefeningen = rest.join("; ");
      replace.checked = true;
    }
    function onSave(event) {
      event.preventDefault();
      stepsError.textContent = "";
      if (!date.value) { say("Kies eerst een datum.", false); date.focus(); return; }
      var iso;
      try { iso = parseDate(date.value); } catch (err) { say("Datum: " + err.message, false); return; }
      var stepValue;
      try { stepValue = parseSteps(steps.value, "Stappen"); }
      catch (err) { stepsError.textContent = err.message; say("Niet opgeslagen: kijk bij Stappen.", false); steps.focus(); return; }
      var parts = exercises.filter(function (x) { return x.box.checked; }).map(function (x) { return (x.name + " " + x.detail.value.trim()).trim(); });
      if (form.dataset.extraOefeningen) { parts.push(form.dataset.extraOefeningen); }
      var entry = {
        datum: iso,
        pijn_eerste_stap: Number(first.input.value),
        pijn_activiteit: Number(activity.input.value),
        pijn_volgende_ochtend: unknown.checked ? null : Number(next.input.value),
        stappen: stepValue,
        oefeningen: parts.join("; "),
        notities: notes.value
      };
      var at = findEntry(iso);
      if (at >= 0 && !replace.checked) {
        say("Voor " + dateNl(iso) + " staat al een invoer in je dagboek. Kies 'vervang' om die te overschrijven.", false);
        return;
      }
      if (at >= 0) { state.entries[at] = entry; } else { state.entries.push(entry); }
      var problemSaving = save();
      form.dataset.extraOefeningen = "";
      replace.checked = false;
      say(problemSaving || "Opgeslagen: " + dateNl(iso) + " (" + plural(state.entries.length, "dag", "dagen") + " in je dagboek).", !problemSaving);
      changed();
    }
    var form = el("form", { class: "hs-formulier", "aria-label": "Dag invullen", onsubmit: onSave }, [
      field("Datum", date),
      first.wrap, activity.wrap,
      next.wrap,
      el("div", { class: "hs-veld" }, [el("label", { class: "hs-check", for: unknownId }, [unknown, " volgende ochtend nog niet bekend"])]),
      field("Stappen (mag leeg)", steps, stepsError),
      el("fieldset", {}, [el("legend", { text: "Oefeningen vandaag" })].concat(exercises.map(function (x) { return x.node; }))),
      field("Notities", notes),
      el("div", { class: "hs-veld" }, [el("label", { class: "hs-check", for: replace.id }, [replace, " vervang: overschrijf deze datum als die al in je dagboek staat"])]),
      el("button", { type: "submit", class: "hs-knop hs-hoofd", text: "Opslaan" })
    ]);
    syncNext();

    /* list of days */
    var list = el("div", { class: "hs-lijst" });
    function renderList() {
      list.textContent = "";
      if (!state.entries.length) { list.appendChild(el("p", { text: "Nog geen dagen in je dagboek." })); return; }
      var headers = [D.headers.datum].concat(PAIN.map(function (k) { return D.labels[k]; })).concat(["Oefeningen", "Wijzig"]);
      var rows = state.entries.slice().reverse().map(function (e) {
        var edit = el("button", { type: "button", class: "hs-knop", text: "Bewerk", "aria-label": "Bewerk " + dateNl(e.datum),
          onclick: function () { fillForm(e); say("Je bewerkt " + dateNl(e.datum) + "; pas aan en kies Opslaan.", true); date.focus(); } });
        var del = el("button", { type: "button", class: "hs-knop", text: "Verwijder", "aria-label": "Verwijder " + dateNl(e.datum),
          onclick: function () {
            if (!window.confirm("Verwijder " + dateNl(e.datum) + " uit je dagboek?")) { return; }
            var at = findEntry(e.datum);
            if (at >= 0) { state.entries.splice(at, 1); }
            var problemSaving = save();
            say(problemSaving || dateNl(e.datum) + " is verwijderd.", !problemSaving);
            changed();
          } });
        return el("tr", {}, [el("td", { text: dateNl(e.datum) })].concat(PAIN.map(function (k) {
          return el("td", { text: isNum(e[k]) ? fmt(e[k]) : "" });
        })).concat([el("td", { text: e.oefeningen || "" }), el("td", { class: "hs-acties" }, [edit, del])]));
      });
      list.appendChild(el("div", { class: "hs-scroll", tabindex: "0", role: "region", "aria-label": "Je dagen" }, [
        el("table", { class: "hs-tabel" }, [el("caption", { text: "Je dagen (nieuwste eerst)" }),
          el("thead", {}, [el("tr", {}, headers.map(function (h) { return el("th", { scope: "col", text: h }); }))]),
          el("tbody", {}, rows)])
      ]));
    }

    /* import */
    var file = el("input", { type: "file", id: uid("bestand"),
      accept: ".csv,.txt,.xlsx,.xlsm,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
    var importReport = el("div", { class: "hs-import-rapport", "aria-live": "polite" });
    var importReplace = el("input", { type: "checkbox", id: uid("vervang-import") });
    var importButton = el("button", { type: "button", class: "hs-knop", text: "Zet in mijn dagboek", disabled: true });
    var pending = null, reading = 0;
    function shorten(text) { var chars = Array.from(text); return chars.length <= 80 ? text : chars.slice(0, 79).join("") + "…"; }
    function refused(name, err) {
      importReport.textContent = "";
      importReport.removeAttribute("aria-busy");
      importReport.appendChild(el("p", { class: "hs-fout", text: name + ": " + (err.dutch ? err.message : "dit bestand kan deze pagina niet lezen (" + err.message + ").") }));
    }
    file.addEventListener("change", function () {
      pending = null; importButton.disabled = true; importReport.textContent = "";
      importReport.removeAttribute("data-hs-read");
      var chosen = file.files && file.files[0];
      if (!chosen) { return; }
      var mine = ++reading;
      /* the size is checked before anything is read, as read_pain_diary does */
      try { reader.checkSize(chosen.size); } catch (err) { refused(chosen.name, err); return; }
      importReport.setAttribute("aria-busy", "true");
      importReport.appendChild(el("p", { class: "hs-bezig", text: "Bezig met lezen van " + chosen.name + " …" }));
      chosen.arrayBuffer().then(function (buffer) { return parseDiary(new Uint8Array(buffer), chosen.name); }).then(function (result) {
        if (mine !== reading) { return; }
        importReport.textContent = "";
        importReport.removeAttribute("aria-busy");
        importReport.appendChild(el("p", {}, [el("strong", { text: chosen.name }), ": " + result.summary]));
        if (result.problems.length) {
          importReport.appendChild(table(["Rij", "Kolom", "Waarde", "Probleem", "Gevolg"], result.problems.map(function (p) {
            return [p.row === null ? "" : String(p.row), p.column || "", shorten(p.value), p.message, p.skipped ? "rij overgeslagen" : "ingelezen, controleer"];
          }), "Problemen in het bestand"));
        }
        if (result.entries.length) { pending = result.entries; importButton.disabled = false; }
        importReport.setAttribute("data-hs-read", "true");
      }, function (err) { if (mine === reading) { refused(chosen.name, err); importReport.setAttribute("data-hs-read", "true"); } });
    });
    importButton.addEventListener("click", function () {
      if (!pending) { return; }
      var conflicts = 0;
      pending.forEach(function (e) {
        var at = findEntry(e.datum);
        if (at >= 0) { conflicts += 1; if (importReplace.checked) { state.entries[at] = e; } }
        else { state.entries.push(e); }
      });
      var added = pending.length - (importReplace.checked ? 0 : conflicts);
      var text = plural(added, "dag", "dagen") + " in je dagboek gezet";
      if (conflicts && !importReplace.checked) {
        text += "; " + conflicts + " " + (conflicts === 1 ? "datum stond er al en is" : "datums stonden er al en zijn") + " niet overschreven (kies 'vervang' om dat wel te doen)";
      } else if (conflicts) {
        text += ", waarvan " + conflicts + " bestaande " + (conflicts === 1 ? "datum" : "datums") + " overschreven";
      }
      var problemSaving = save();
      say(problemSaving || text + ". Je dagboek heeft nu " + state.entries.length + " dagen.", !problemSaving);
      pending = null; importButton.disabled = true; file.value = "";
      changed();
    });

    var exportButton = el("button", { type: "button", class: "hs-knop", text: "Download als CSV", onclick: function () {
      if (!state.entries.length) { say("Je dagboek is nog leeg; er is niets te downloaden.", false); return; }
      download(csvText(state.entries), "mijn_pijndagboek.csv", "text/csv;charset=utf-8");
      say("Je dagboek staat in je downloads als mijn_pijndagboek.csv (" + plural(state.entries.length, "dag", "dagen") + ").", true);
    } });
    var reportButton = el("button", { type: "button", class: "hs-knop", text: "Verslag voor je fysiotherapeut of huisarts (printen)", onclick: function () { printReport(); } });
    var wipeButton = el("button", { type: "button", class: "hs-knop hs-gevaar", text: "Wis alles", onclick: function () {
      if (!window.confirm("Alles wissen? Je dagen en je schema verdwijnen uit deze browser. Download eerst je CSV als je ze wilt houden.")) { return; }
      state.entries = []; state.programma = null;
      try { window.localStorage.removeItem(STORE); } catch (err) { /* nothing stored */ }
      say("Alles is gewist uit deze browser.", true);
      changed();
    } });

    var advice = el("div", { class: "hs-advies-plek" });
    var logBox = el("div", { class: "hs-log-plek" });
    var logDetails = el("details", { class: "hs-week hs-log-open" }, [el("summary", { text: "Advies per dag (logboek)" }), logBox]);
    function renderLog() {
      logBox.textContent = "";
      if (!logDetails.open) { return; }
      if (!state.entries.length) { logBox.appendChild(el("p", { text: "Je dagboek is nog leeg." })); return; }
      var log = adviceLog(state.entries).reverse();
      logBox.appendChild(el("p", { text: "Wat de pijnregel op elke ingevulde dag zei, met wat er tot en met die dag in je dagboek stond. Nieuwste eerst." }));
      logBox.appendChild(logTable(log, "Advies per dag (nieuwste eerst)"));
    }
    logDetails.addEventListener("toggle", renderLog);
    var chart = el("div", { class: "hs-grafiek" });
    var weeks = el("div", { class: "hs-weken" });
    function renderResults() {
      advice.textContent = ""; advice.appendChild(adviceBox(state.entries));
      weeks.textContent = "";
      if (state.entries.length) {
        weeks.appendChild(table(D.weekly_headers, weekly(state.entries).map(weeklyCells), "Per week"));
      }
      drawChart(chart, state.entries);
    }

    root.appendChild(el("p", { class: "hs-privacy", text: "Je dagboek blijft in deze browser op dit apparaat. Niets wordt verstuurd. Wis je de browsergegevens, dan is het weg: download af en toe je CSV." }));
    root.appendChild(el("h3", { text: "Vandaag invullen" }));
    root.appendChild(form);
    root.appendChild(msg);
    root.appendChild(el("h3", { text: "Advies van de pijnregel" }));
    root.appendChild(advice);
    root.appendChild(logDetails);
    root.appendChild(el("h3", { text: "Je grafiek" }));
    root.appendChild(chart);
    root.appendChild(weeks);
    root.appendChild(el("h3", { text: "Je dagen" }));
    root.appendChild(list);
    root.appendChild(el("h3", { text: "Bestand inlezen of bewaren" }));
    root.appendChild(el("p", { text: "Kies je pijndagboek als CSV-bestand of als Excel-bestand (.xlsx). Ook CSV uit Excel mag: ; als scheidingsteken, komma in getallen, dd-mm-jjjj. Het bestand wordt alleen gelezen, op dit apparaat." }));
    root.appendChild(field("Kies bestand", file));
    root.appendChild(importReport);
    root.appendChild(el("div", { class: "hs-veld" }, [el("label", { class: "hs-check", for: importReplace.id }, [importReplace, " vervang: overschrijf datums die al in mijn dagboek staan"])]));
    root.appendChild(el("div", { class: "hs-knoppen" }, [importButton, exportButton, reportButton, wipeButton]));
    listeners.push(renderList, renderResults, renderLog);
    renderList();
    renderResults();
    var resizeTimer = null;
    window.addEventListener("resize", function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(function () { drawChart(chart, state.entries); }, 250);
    });
    root.setAttribute("data-hs-ready", "true");
  }

  /* ------------------------------------------------------------------ report (one A4 page) */
  var A4_WIDTH_PX = 680;
  var REPORT_WEEKS = 12;
  var REPORT_CHART_HEIGHT = 130;
  var REPORT_ADVICE = "Advies";
  /* The rule's advice at the end of each week (Sunday, or the last day of the diary). */
  function weekAdvice(entries, monday) {
    var end = Math.min(dayNumber(monday) + 6, dayNumber(entries[entries.length - 1].datum));
    var upto = entries.filter(function (e) { return dayNumber(e.datum) <= end; });
    try { return rule.adviseFromDiary(upto, fromDay(end)); }
    catch (err) { return { decision: D.rule.no_advice, zone: "", reason: err.message }; }
  }
  /* monitoring.advice_log: the rule's outcome on each day with an entry, from the diary
     up to that day (what the reader saw that evening). */
  function adviceLog(entries, firstIso) { return rule.adviceLog(entries, firstIso); }
  var LOG_HEADERS = ["Datum", "Uitkomst", "Waarom"];
  function logTable(log, caption) {
    var node = table(LOG_HEADERS, log.map(function (row) { return [dateNl(row.datum), row.label, row.reason]; }), caption);
    node.classList.add("hs-log");
    node.querySelectorAll("tbody tr").forEach(function (tr, i) { tr.setAttribute("data-decision", log[i].decision); });
    return node;
  }
  function adherence(entries) {
    var start = state.programma && state.programma.start;
    if (!start || !P) { return null; }
    var last = entries.length ? entries[entries.length - 1].datum : todayIso();
    var end = Math.min(dayNumber(last), dayNumber(start) + P.weeks * 7 - 1);
    var planned = 0, done = 0;
    P.rows.forEach(function (row) {
      var day = dayNumber(start) + row.offset;
      if (day > end) { return; }
      planned += 1;
      var at = findEntry(fromDay(day));
      if (at >= 0 && sessionDone(state.entries[at], row)) { done += 1; }
    });
    return { start: start, planned: planned, done: done, end: fromDay(end) };
  }
  function buildReport() {
    var entries = state.entries;
    var section = el("section", { class: "hs-rapport", "aria-label": "Verslag pijndagboek" });
    section.appendChild(el("h2", { text: "Pijndagboek: verslag voor fysiotherapeut of huisarts" }));
    if (!entries.length) { section.appendChild(el("p", { text: "Het dagboek is leeg." })); return section; }
    var recent = entries.filter(function (e) { return dayNumber(e.datum) > dayNumber(entries[entries.length - 1].datum) - REPORT_WEEKS * 7; });
    section.appendChild(el("p", { text: "Periode: " + dateNl(entries[0].datum) + " tot en met " + dateNl(entries[entries.length - 1].datum) +
      " (" + plural(entries.length, "dag", "dagen") + " ingevuld)" + (recent.length < entries.length ? "; grafiek en tabellen: de laatste " + REPORT_WEEKS + " weken." : ".") }));
    var chartBox = el("div", { class: "hs-grafiek" });
    section.appendChild(chartBox);
    var weeksRows = weekly(recent).map(function (w) { return weeklyCells(w).concat([weekAdvice(entries, w.week).decision]); });
    section.appendChild(table(D.weekly_headers.concat([REPORT_ADVICE]), weeksRows, "Per week, met het advies van de pijnregel aan het eind van de week"));
    var latest = weekAdvice(entries, mondayOf(entries[entries.length - 1].datum));
    section.appendChild(el("p", {}, [el("strong", { text: "Laatste advies (" + dateNl(entries[entries.length - 1].datum) + "): " + latest.decision + ". " }), latest.reason]));
    var adh = adherence(entries);
    section.appendChild(el("p", { class: "hs-therapietrouw", text: adh
      ? "Oefenprogramma gestart op " + dateNl(adh.start) + ": " + adh.done + " van " + adh.planned + " geplande oefeningen afgevinkt tot en met " + dateNl(adh.end) + "."
      : "Oefendagen per week: zie de kolom Oefendagen (geen schema gekozen in de cursus)." }));
    section.appendChild(el("p", { class: "hs-klein", text: "Ingevuld door de patiënt zelf in de cursus Hielspoor. De pijnregel (Silbernagel e.a., 2007, geleend van achillespeesklachten): " + D.rule.disclaimer + " " + D.rule.red_flags_note }));
    var log = adviceLog(entries, recent[0].datum);
    section.appendChild(el("section", { class: "hs-rapport-log", "aria-label": "Advies per dag" }, [
      el("h3", { text: "Bijlage: advies van de pijnregel per dag" }),
      el("p", { text: "Per ingevulde dag: de uitkomst van de pijnregel met wat er tot en met die dag in het dagboek stond (de ochtend erna was toen nog niet bekend)." }),
      logTable(log, "Advies per dag, " + dateNl(log[0].datum) + " tot en met " + dateNl(log[log.length - 1].datum))
    ]));
    section._chart = chartBox;
    section._entries = recent;
    return section;
  }
  function printReport() {
    var old = document.querySelector(".hs-rapport");
    if (old) { old.remove(); }
    var report = buildReport();
    document.body.appendChild(report);
    document.documentElement.classList.add("hs-print-rapport");
    function done() { document.documentElement.classList.remove("hs-print-rapport"); report.remove(); window.removeEventListener("afterprint", done); }
    var drawn = report._entries ? drawChart(report._chart, report._entries, A4_WIDTH_PX, REPORT_CHART_HEIGHT) : Promise.resolve();
    drawn.then(function () {
      report.setAttribute("data-hs-ready", "true");
      if (window.hsNoPrintDialog) { return; }
      window.addEventListener("afterprint", done);
      window.print();
    });
  }

  /* ------------------------------------------------------------------ programme (chapter 08) */
  function sessionName(row) { return row.exercise_id.replace(/_/g, " "); }
  function sessionDone(entry, row) {
    var name = sessionName(row);
    return (entry.oefeningen || "").split(";").some(function (p) { p = p.trim(); return p === name || p.indexOf(name + " ") === 0; });
  }
  function setSession(iso, row, on) {
    var at = findEntry(iso);
    var entry = at >= 0 ? state.entries[at] : { datum: iso, pijn_eerste_stap: null, pijn_activiteit: null, pijn_volgende_ochtend: null, stappen: null, oefeningen: "", notities: "" };
    var name = sessionName(row);
    var parts = (entry.oefeningen || "").split(";").map(function (p) { return p.trim(); }).filter(function (p) {
      return p && p !== name && p.indexOf(name + " ") !== 0;
    });
    if (on) { parts.push(row.Dosis.indexOf("×") >= 0 ? name + " " + row.Dosis.replace(/\s*×\s*/, "x") : name); }
    entry.oefeningen = parts.join("; ");
    var empty = !entry.oefeningen && !entry.notities && PAIN.every(function (k) { return !isNum(entry[k]); }) && !isNum(entry.stappen);
    if (at >= 0 && empty) { state.entries.splice(at, 1); }
    else if (at < 0 && !empty) { state.entries.push(entry); }
    return save();
  }
  function shifted(startIso) {
    var shift = dayNumber(startIso) - dayNumber(P.reference_start);
    var map = {};
    P.ics_dates.forEach(function (d) {
      var iso = d.slice(0, 4) + "-" + d.slice(4, 6) + "-" + d.slice(6, 8);
      map[d] = fromDay(dayNumber(iso) + shift).replace(/-/g, "");
    });
    return P.ics.replace(/(?<!\d)20\d{6}(?!\d)/g, function (all) { return map[all] || all; });
  }
  function mountProgramme(root) {
    if (!P) { return; }
    root.textContent = "";
    root.classList.add("hs-app");
    var msg = el("p", { class: "hs-melding", role: "status", "aria-live": "polite" });
    function say(text, ok) { msg.textContent = text; msg.className = "hs-melding " + (ok ? "hs-ok" : "hs-fout"); }
    var start = el("input", { type: "date", name: "start", required: true, value: (state.programma && state.programma.start) || todayIso() });
    var schedule = el("div", { class: "hs-schema" });
    var icsButton = el("button", { type: "button", class: "hs-knop", text: "Download agenda (.ics)" });
    var printButton = el("button", { type: "button", class: "hs-knop", text: "Print schema" });
    function current() { return state.programma && state.programma.start; }
    function render() {
      schedule.textContent = "";
      var s = current();
      icsButton.disabled = !s; printButton.disabled = !s;
      if (!s) { schedule.appendChild(el("p", { text: "Kies een startdatum en druk op ‘Maak mijn schema’." })); return; }
      var base = dayNumber(s), todayN = dayNumber(todayIso());
      var byWeek = {};
      P.rows.forEach(function (row) { (byWeek[row.Week] = byWeek[row.Week] || []).push(row); });
      Object.keys(byWeek).sort(function (a, b) { return a - b; }).forEach(function (week) {
        var rows = byWeek[week];
        var first = base + rows[0].offset, last = base + rows[rows.length - 1].offset;
        var isNow = todayN >= first && todayN <= last;
        var body = rows.map(function (row) {
          var iso = fromDay(base + row.offset);
          var at = findEntry(iso);
          var box = el("input", { type: "checkbox", id: uid("sessie"), checked: at >= 0 && sessionDone(state.entries[at], row) });
          var wd = P.weekdays[(new Date((base + row.offset) * 86400000).getUTCDay() + 6) % 7];
          box.addEventListener("change", function () {
            var problemSaving = setSession(iso, row, box.checked);
            say(problemSaving || (box.checked ? "Afgevinkt: " : "Niet meer afgevinkt: ") + row.Oefening + " op " + dateNl(iso) + ". Dit staat nu in je pijndagboek.", !problemSaving);
            changed();
          });
          return el("tr", {}, [
            el("td", {}, [el("label", { class: "hs-check", for: box.id }, [box, el("span", { class: "hs-sr", text: "Gedaan: " + row.Oefening + " op " + dateNl(iso) })])]),
            el("td", { text: wd + " " + dateNl(iso) }), el("td", { text: row.Oefening }), el("td", { text: row.Dosis }),
            el("td", { text: row.Tempo }), el("td", { text: row.Opmerking })
          ]);
        });
        var tableNode = el("div", { class: "hs-scroll", tabindex: "0", role: "region", "aria-label": "Week " + week }, [el("table", { class: "hs-tabel" }, [
          el("thead", {}, [el("tr", {}, ["Gedaan", "Datum", "Oefening", "Dosis", "Tempo", "Opmerking"].map(function (h) { return el("th", { scope: "col", text: h }); }))]),
          el("tbody", {}, body)])]);
        schedule.appendChild(el("details", { class: "hs-week", open: isNow || (todayN < base && week === "1") }, [
          el("summary", { text: "Week " + week + ": " + dateNl(fromDay(first)) + " tot en met " + dateNl(fromDay(last)) }), tableNode]));
      });
    }
    var form = el("form", { class: "hs-formulier", "aria-label": "Startdatum kiezen", onsubmit: function (event) {
      event.preventDefault();
      var iso;
      try { iso = parseDate(start.value); } catch (err) { say("Startdatum: vul een datum in als dd-mm-jjjj.", false); return; }
      state.programma = { start: iso };
      var problemSaving = save();
      say(problemSaving || "Je schema van " + P.weeks + " weken begint op " + dateNl(iso) + ".", !problemSaving);
      render();
    } }, [field("Startdatum", start), el("button", { type: "submit", class: "hs-knop hs-hoofd", text: "Maak mijn schema" })]);
    icsButton.addEventListener("click", function () {
      download(shifted(current()), "oefenprogramma.ics", "text/calendar;charset=utf-8");
      say("De agenda staat in je downloads als oefenprogramma.ics. Open het bestand om de oefendagen in je agenda te zetten.", true);
    });
    printButton.addEventListener("click", function () {
      var all = schedule.querySelectorAll("details");
      var wasOpen = Array.prototype.map.call(all, function (d) { return d.open; });
      all.forEach(function (d) { d.open = true; });
      document.documentElement.classList.add("hs-print-schema");
      function restore() {
        document.documentElement.classList.remove("hs-print-schema");
        all.forEach(function (d, i) { d.open = wasOpen[i]; });
        window.removeEventListener("afterprint", restore);
      }
      if (window.hsNoPrintDialog) { return; }
      window.addEventListener("afterprint", restore);
      window.print();
    });
    root.appendChild(el("p", { class: "hs-privacy", text: "Je schema en je vinkjes blijven in deze browser. Een vinkje zet de oefening in je pijndagboek (hoofdstuk 7), zodat je oefendagen in je grafiek staan." }));
    root.appendChild(form);
    root.appendChild(msg);
    root.appendChild(el("div", { class: "hs-knoppen" }, [icsButton, printButton]));
    root.appendChild(schedule);
    root.appendChild(el("p", { class: "hs-klein", text: P.learning_note + " " + P.red_flags_note }));
    listeners.push(render);
    render();
    root.setAttribute("data-hs-ready", "true");
  }

  window.HielspoorDagboek = { adviceLog: adviceLog, csvText: csvText, parseDiary: parseDiary, weekly: weekly, chartRows: chartRows, icsFor: shifted, state: function () { return state; }, printReport: printReport };

  function start() {
    D = data("dagboek");
    if (!D || !R || !window.HielspoorLezen) { return; }
    P = data("programma");
    LINKS = data("links") || {};
    rule = R.make(D.rule);
    reader = window.HielspoorLezen.make(D);
    PAIN = D.pain_columns;
    state = load();
    document.querySelectorAll('[data-hs-tool="dagboek"]').forEach(mountDiary);
    document.querySelectorAll('[data-hs-tool="programma"]').forEach(mountProgramme);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
