/* The pain-monitoring rule of hielspoor.monitoring, for the book's own diary.
   Thresholds, zones and texts come from the JSON the package generates at build time
   (hielspoor.booktools.payload.rule_payload); this file holds only the order of the
   checks. tests/test_booktools_rule.py runs it in node against the Python rule on
   generated diaries and finds no difference in decision or reason.
   Entries: [{datum: "jjjj-mm-dd", pijn_eerste_stap, pijn_activiteit,
   pijn_volgende_ochtend: number or null}]. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) { module.exports = factory(); }
  else { root.HielspoorRegel = factory(); }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  /* Python's rounding: toFixed rounds the exact binary value, as Python does, except at
     an exact tie (such as 0.25), where Python rounds half to even. toFixed(20) shows
     whether the exact value is a tie. */
  function pyFixed(value, decimals) {
    var exact = Math.abs(value).toFixed(20);
    var cut = exact.indexOf(".") + 1 + decimals;
    if (exact.charAt(cut) === "5" && /^0*$/.test(exact.slice(cut + 1))) {
      var kept = exact.slice(0, cut).replace(/\.$/, "");
      var last = Number(kept.charAt(kept.length - 1));
      var rounded = last % 2 === 0 ? kept : (Math.abs(value) + Math.pow(10, -decimals) / 2).toFixed(decimals);
      return (value < 0 ? "-" : "") + Number(rounded).toFixed(decimals);
    }
    return value.toFixed(decimals);
  }

  /* hielspoor.validation.format_number: no decimals for whole numbers, else one. */
  function fmt(value) {
    var text = Number.isInteger(value) ? String(value) : pyFixed(value, 1);
    var parts = text.split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return parts.join(",");
  }

  /* round(mean, 1) in the Python rule: the mean is a numpy float, and numpy rounds
     x * 10 half to even (so 2.55, stored as 2.5499..., becomes 2.6). */
  function round1(value) {
    var scaled = value * 10, floor = Math.floor(scaled);
    var r = scaled - floor === 0.5 ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(scaled);
    return r / 10;
  }

  function dayNumber(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000;
  }

  function dateNl(iso) {
    var p = iso.split("-");
    return p[2] + "-" + p[1] + "-" + p[0];
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : all;
    });
  }

  function isNum(v) { return typeof v === "number" && !isNaN(v); }

  function mean(values) {
    var nums = values.filter(isNum);
    if (!nums.length) { return NaN; }
    var sum = 0;
    nums.forEach(function (v) { sum += v; });
    return sum / nums.length;
  }

  function make(cfg) {
    var C = cfg.constants;
    var T = cfg.texts;
    var zones = cfg.zones.slice().sort(function (a, b) { return a.max - b.max; });
    var note = cfg.red_flags_note;

    function t(key, values) {
      if (!Object.prototype.hasOwnProperty.call(T, key)) {
        throw new Error("Tekst '" + key + "' ontbreekt in de regel-gegevens.");
      }
      var all = Object.assign({ red_flags_note: note }, values || {});
      return fill(T[key], all);
    }

    function painZone(score) {
      for (var i = 0; i < zones.length; i++) {
        if (score <= zones[i].max) { return zones[i].zone; }
      }
      return zones[zones.length - 1].zone;
    }

    /* monitoring._rule: one day's scores; null means "not filled in". */
    function dayRule(during, nextMorning, before, maxPain) {
      var v = { during: fmt(during), max_pain: fmt(maxPain) };
      if (nextMorning !== null) { v.next_morning = fmt(nextMorning); }
      if (before !== null) { v.before = fmt(before); }
      if (nextMorning !== null && during >= C.SEVERE_PAIN && nextMorning >= C.SEVERE_PAIN) {
        return ["raadpleeg", t("day_severe", v)];
      }
      if (during > maxPain) { return ["verminderen", t("day_too_much", v)]; }
      if (nextMorning !== null && before !== null && nextMorning > before) {
        return ["verminderen", t("day_not_settled", v)];
      }
      if (nextMorning !== null && before === null && nextMorning > maxPain) {
        return ["verminderen", t("day_morning_high", v)];
      }
      if (nextMorning === null) { v.settled = ""; }
      else if (before === null) { v.settled = t("settled_value", v); }
      else { v.settled = t("settled_lower", v); }
      if (painZone(during) === zones[0].zone) { return ["opbouwen", t("day_progress", v)]; }
      return ["handhaven", t("day_keep", v)];
    }

    function firstSentence(text) {
      return text.split(". ")[0].replace(/\.+$/, "") + ".";
    }

    /* monitoring.advise_from_diary; throws an Error with the Dutch message. */
    function adviseFromDiary(entries, today) {
      if (!entries.length) { throw new Error("Het dagboek is leeg; vul eerst een paar dagen in."); }
      var table = entries.map(function (e, i) { return [e, i]; }).sort(function (a, b) {
        return a[0].datum < b[0].datum ? -1 : a[0].datum > b[0].datum ? 1 : a[1] - b[1];
      }).map(function (pair) { return pair[0]; });
      var lastDate = table[table.length - 1].datum;
      var endIso = today || lastDate;
      var end = dayNumber(endIso);
      var start = end - 6;
      var inRange = function (lo, hi) {
        return table.filter(function (e) { var d = dayNumber(e.datum); return d >= lo && d <= hi; });
      };
      var week = inRange(start, end);
      var scored = week.filter(function (e) { return isNum(e.pijn_activiteit); });
      if (!scored.length) {
        throw new Error(t("no_scores", { end: dateNl(endIso) }));
      }
      var zone = painZone(Math.max.apply(null, scored.map(function (e) { return e.pijn_activiteit; })));

      var severeDays = week.filter(function (e) {
        var vals = [e.pijn_eerste_stap, e.pijn_activiteit, e.pijn_volgende_ochtend].filter(isNum);
        return vals.length && Math.max.apply(null, vals) >= C.SEVERE_PAIN;
      }).length;
      if (severeDays >= C.SEVERE_DAYS) {
        return { decision: "raadpleeg", zone: zone,
          reason: t("week_severe", { days: severeDays, severe: fmt(C.SEVERE_PAIN) }) };
      }

      var firstDay = dayNumber(table[0].datum);
      var spanDays = end - firstDay + 1;
      if (spanDays >= C.PROGRAMME_WEEKS * 7) {
        var baseline = mean(inRange(-Infinity, firstDay + 6).map(function (e) { return e.pijn_eerste_stap; }));
        var recent = mean(week.map(function (e) { return e.pijn_eerste_stap; }));
        if (!isNaN(baseline) && !isNaN(recent) && recent > zones[0].max &&
            baseline - recent < C.MIN_IMPROVEMENT) {
          return { decision: "raadpleeg", zone: zone, reason: t("no_improvement", {
            weeks_done: Math.floor(spanDays / 7), baseline: fmt(round1(baseline)),
            recent: fmt(round1(recent)), weeks: C.PROGRAMME_WEEKS }) };
        }
      }

      var decisions = scored.map(function (e) {
        var r = dayRule(e.pijn_activiteit,
          isNum(e.pijn_volgende_ochtend) ? e.pijn_volgende_ochtend : null,
          isNum(e.pijn_eerste_stap) ? e.pijn_eerste_stap : null, C.MAX_PAIN);
        return { day: e.datum, decision: r[0], reason: r[1] };
      });
      var bad = decisions.filter(function (d) { return d.decision === "verminderen" || d.decision === "raadpleeg"; });
      if (bad.length && (bad[bad.length - 1] === decisions[decisions.length - 1] || bad.length >= C.BAD_DAYS)) {
        var last = bad[bad.length - 1];
        var prefix = bad.length > 1
          ? t("bad_days_prefix", { count: bad.length, day: dateNl(last.day) })
          : t("bad_day_prefix", { day: dateNl(last.day) });
        return { decision: "verminderen", zone: zone, reason: prefix + ": " + last.reason };
      }

      var before = inRange(start - 7, start - 1);
      var checks = [["pijn_activiteit", "label_activity"], ["pijn_eerste_stap", "label_first_step"]];
      for (var i = 0; i < checks.length; i++) {
        var col = checks[i][0];
        var now = mean(week.map(function (e) { return e[col]; }));
        var then = mean(before.map(function (e) { return e[col]; }));
        if (!isNaN(now) && !isNaN(then) && now - then >= C.WEEKLY_INCREASE) {
          return { decision: "verminderen", zone: zone, reason: t("weekly_increase", {
            label: t(checks[i][1]), now: fmt(round1(now)), then: fmt(round1(then)) }) };
        }
      }

      if (bad.length) {
        var one = bad[bad.length - 1];
        return { decision: "handhaven", zone: zone, reason: t("one_slip", {
          day: dateNl(one.day), first: firstSentence(one.reason) }) };
      }
      if (decisions.every(function (d) { return d.decision === "opbouwen"; })) {
        if (decisions.length >= C.MIN_DAYS_TO_PROGRESS) {
          return { decision: "opbouwen", zone: zone, reason: t("week_progress", { days: decisions.length }) };
        }
        return { decision: "handhaven", zone: zone, reason: t("too_few_days", {
          days: decisions.length, min_days: C.MIN_DAYS_TO_PROGRESS }) };
      }
      return { decision: "handhaven", zone: zone, reason: t("week_keep", { max_pain: fmt(C.MAX_PAIN) }) };
    }

    return { painZone: painZone, dayRule: dayRule, adviseFromDiary: adviseFromDiary };
  }

  return { make: make, fmt: fmt, pyFixed: pyFixed, round1: round1, dateNl: dateNl, dayNumber: dayNumber };
});
