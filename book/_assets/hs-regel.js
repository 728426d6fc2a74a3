/* The pain-monitoring rule of hielspoor.monitoring, for the book's own diary.
   Thresholds, zones, labels and texts come from data/pain_rule.yaml and
   data/pain_monitoring.csv through the JSON the package generates at build time
   (hielspoor.booktools.payload.rule_payload); this file holds only the order of the
   checks (D1-D8, W1-W9 in hielspoor/monitoring/__init__.py); each branch's sources are
   in the yaml too (branches). tests/test_booktools_rule.py runs it in node against
   the Python rule on generated diaries and finds no difference in decision or reason.
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
    var TH = cfg.thresholds;
    var T = cfg.texts;
    var SOURCES = cfg.sources;
    var BRANCH_SOURCES = cfg.branch_sources;
    var LABELS = cfg.decisions;
    var zones = cfg.zones.slice().sort(function (a, b) { return a.max - b.max; });
    var note = cfg.red_flags_note;
    var ACTION = ["verminderen", "raadpleeg"];
    var UNJUDGED = ["day_no_next_morning", "day_no_morning_before"];

    /* params.fill: a template with the thresholds and values as Dutch numbers. */
    function t(key, values) {
      if (!Object.prototype.hasOwnProperty.call(T, key)) {
        throw new Error("Tekst '" + key + "' ontbreekt in de regel-gegevens.");
      }
      var names = {
        max_pain: fmt(TH.max_pain), green_max: fmt(TH.green_max), severe: fmt(TH.severe_pain),
        severe_days: fmt(TH.severe_days), weeks: fmt(TH.programme_weeks),
        mcid: fmt(TH.min_important_change), weekly_increase: fmt(TH.weekly_increase),
        min_days: fmt(TH.min_days_to_progress), red_flags_note: note
      };
      Object.keys(values || {}).forEach(function (k) {
        var v = values[k];
        names[k] = typeof v === "number" ? fmt(v) : v;
      });
      return fill(T[key], names);
    }
    function sourceText(keys) { return keys.map(function (k) { return SOURCES[k]; }).join(" "); }

    function painZone(score) {
      for (var i = 0; i < zones.length; i++) {
        if (score <= zones[i].max) { return zones[i].zone; }
      }
      return zones[zones.length - 1].zone;
    }

    /* monitoring.day.day_rule: D1-D8; null means "not filled in". */
    function dayRule(during, nextMorning, before, maxPain) {
      var severe = TH.severe_pain;
      if (nextMorning !== null && during >= severe && nextMorning >= severe) { return ["raadpleeg", "day_severe"]; }
      if (during > maxPain) { return ["verminderen", "day_too_much"]; }
      if (nextMorning !== null && before !== null && nextMorning > before) { return ["verminderen", "day_not_settled"]; }
      if (nextMorning !== null && before === null && nextMorning > maxPain) { return ["verminderen", "day_morning_high"]; }
      if (nextMorning === null) { return ["handhaven", "day_no_next_morning"]; }
      if (before === null) { return ["handhaven", "day_no_morning_before"]; }
      if (during <= TH.green_max) { return ["opbouwen", "day_progress"]; }
      return ["handhaven", "day_keep"];
    }
    function dayReason(key, during, nextMorning, before, maxPain) {
      var values = { during: during, max_pain: maxPain };
      if (nextMorning !== null) { values.next_morning = nextMorning; }
      if (before !== null) { values.before = before; }
      return t(key, values);
    }

    function advice(decision, key, zone, values) {
      var sources = BRANCH_SOURCES[key];
      values = values || {};
      var extra = values.extra || "";
      delete values.extra;
      var reason = t(key, values) + extra + " " + sourceText(sources);
      var outcome = t("outcome", { label: LABELS[decision] });
      return { decision: decision, reason: reason, zone: zone, rule: key, sources: sources,
        outcome: outcome, label: LABELS[decision], text: outcome + " " + reason + " " + note };
    }

    function known(v) { return isNum(v) ? v : null; }

    /* Sorted copy (stable), one entry per date as the diary holds them. */
    function sorted(entries) {
      return entries.map(function (e, i) { return [e, i]; }).sort(function (a, b) {
        return a[0].datum < b[0].datum ? -1 : a[0].datum > b[0].datum ? 1 : a[1] - b[1];
      }).map(function (pair) { return pair[0]; });
    }

    /* week._mornings: the morning before and after each date, filled from the neighbours. */
    function mornings(table) {
      var first = {}, after = {};
      table.forEach(function (e) {
        var d = dayNumber(e.datum);
        first[d] = known(e.pijn_eerste_stap);
        after[d] = known(e.pijn_volgende_ochtend);
      });
      var beforeOf = {}, afterOf = {};
      Object.keys(first).forEach(function (key) {
        var d = Number(key);
        beforeOf[d] = first[d] !== null ? first[d] : (after[d - 1] === undefined ? null : after[d - 1]);
        afterOf[d] = after[d] !== null ? after[d] : (first[d + 1] === undefined ? null : first[d + 1]);
      });
      return [beforeOf, afterOf];
    }

    /* week.daily_advice_frame: the one-day rule on every day with a pain-during score. */
    function dailyAdvice(table) {
      var m = mornings(table), beforeOf = m[0], afterOf = m[1], maxPain = TH.max_pain;
      return table.filter(function (e) { return isNum(e.pijn_activiteit); }).map(function (e) {
        var d = dayNumber(e.datum), before = beforeOf[d], after = afterOf[d];
        var r = dayRule(e.pijn_activiteit, after, before, maxPain);
        return { day: d, datum: e.datum, during: e.pijn_activiteit, before: before, after: after,
          decision: r[0], rule: r[1], reason: dayReason(r[1], e.pijn_activiteit, after, before, maxPain) };
      });
    }

    function firstStepRise(list) {
      if (list.length < 2) { return null; }
      var last = list[list.length - 1], low = null;
      list.slice(0, -1).forEach(function (item) {
        if (low === null || item[1] < low[1] || (item[1] === low[1] && item[0] > low[0])) { low = item; }
      });
      return last[1] - low[1] >= TH.min_important_change ? [low[0], low[1], last[0], last[1]] : null;
    }

    /* monitoring.week.advise_from_diary: W1-W9; throws an Error with the Dutch message. */
    function adviseFromDiary(entries, today) {
      if (!entries.length) { throw new Error("Het dagboek is leeg; vul eerst een paar dagen in."); }
      var table = sorted(entries);
      var endIso = today || table[table.length - 1].datum;
      var end = dayNumber(endIso), start = end - 6;
      var inRange = function (lo, hi) {
        return table.filter(function (e) { var d = dayNumber(e.datum); return d >= lo && d <= hi; });
      };
      var week = inRange(start, end);
      var days = dailyAdvice(table).filter(function (d) { return d.day >= start && d.day <= end; });
      if (!days.length) { throw new Error(t("no_scores", { end: dateNl(endIso) })); }
      var zone = painZone(Math.max.apply(null, days.map(function (d) { return d.during; })));
      var column = function (rows, key) { return rows.map(function (e) { return e[key]; }); };

      var severeDays = week.filter(function (e) {
        var vals = [e.pijn_eerste_stap, e.pijn_activiteit, e.pijn_volgende_ochtend].filter(isNum);
        return vals.length && Math.max.apply(null, vals) >= TH.severe_pain;
      }).length;
      if (severeDays >= TH.severe_days) {
        return advice("raadpleeg", "week_severe", zone, { days: String(severeDays) });
      }

      var firstDay = dayNumber(table[0].datum);
      var spanDays = end - firstDay + 1;
      if (spanDays >= TH.programme_weeks * 7) {
        var baseline = mean(column(inRange(-Infinity, firstDay + 6), "pijn_eerste_stap"));
        var recent = mean(column(week, "pijn_eerste_stap"));
        if (!isNaN(baseline) && !isNaN(recent) && recent > TH.green_max &&
            baseline - recent < TH.min_important_change) {
          return advice("raadpleeg", "week_no_improvement", zone, {
            weeks_done: String(Math.floor(spanDays / 7)), baseline: round1(baseline), recent: round1(recent) });
        }
      }

      var bad = days.filter(function (d) { return ACTION.indexOf(d.decision) >= 0; });
      if (bad.length && (bad[bad.length - 1] === days[days.length - 1] || bad.length >= TH.bad_days)) {
        var last = bad[bad.length - 1];
        return advice("verminderen", bad.length === 1 ? "week_last_day_bad" : "week_bad_days", zone, { count: String(bad.length), date: dateNl(last.datum), day_reason: last.reason });
      }

      var m = mornings(table), beforeOf = m[0], afterOf = m[1];
      var list = week.filter(function (e) { return beforeOf[dayNumber(e.datum)] !== null; }).map(function (e) {
        return [dayNumber(e.datum), beforeOf[dayNumber(e.datum)]];
      });
      if (Object.prototype.hasOwnProperty.call(afterOf, end) && afterOf[end] !== null) { list.push([end + 1, afterOf[end]]); }
      var rise = firstStepRise(list);
      if (rise) {
        return advice("verminderen", "week_first_step_rise", zone, {
          low: rise[1], low_date: dateNl(fromDay(rise[0])), high: rise[3], high_date: dateNl(fromDay(rise[2])),
          rise: Number(pyFixed(rise[3] - rise[1], 1)) });
      }

      var previous = inRange(start - 7, start - 1);
      var checks = [["pijn_activiteit", "what_during"], ["pijn_eerste_stap", "what_first_step"]];
      for (var i = 0; i < checks.length; i++) {
        var now = mean(column(week, checks[i][0])), then = mean(column(previous, checks[i][0]));
        if (!isNaN(now) && !isNaN(then) && now - then >= TH.weekly_increase) {
          return advice("verminderen", "week_increase", zone, {
            what: t(checks[i][1]), now: round1(now), then: round1(then) });
        }
      }

      var unjudged = days.filter(function (d) { return UNJUDGED.indexOf(d.rule) >= 0; }).length;
      var extra = unjudged ? " " + t("week_missing_mornings", { missing: String(unjudged) }) : "";
      if (bad.length) {
        var one = bad[bad.length - 1];
        return advice("handhaven", "week_one_slip", zone, { date: dateNl(one.datum), day_reason: one.reason, extra: extra });
      }
      var judged = days.length - unjudged;
      var allGreen = days.every(function (d) { return d.during <= TH.green_max; });
      if (allGreen && judged >= TH.min_days_to_progress) {
        return advice("opbouwen", "week_progress", zone, { judged: String(judged), extra: extra });
      }
      if (allGreen || judged === 0) {
        return advice("handhaven", "week_too_few", zone, { judged: String(judged), extra: extra });
      }
      return advice("handhaven", "week_keep", zone, { extra: extra });
    }

    /* monitoring.advice_log: the outcome on each day with an entry (from firstIso on),
       from the diary up to that day. The rule on day d reads only the first week of the
       diary (W2) and the 14 days up to d (the week, the week before, the morning before),
       so each day gets just those rows: the same outcome, in linear time. */
    function adviceLog(entries, firstIso) {
      var table = sorted(entries), out = [], low = 0;
      if (!table.length) { return out; }
      var firstWeekEnd = dayNumber(table[0].datum) + 6, head = [];
      table.forEach(function (e) { if (dayNumber(e.datum) <= firstWeekEnd) { head.push(e); } });
      table.forEach(function (e, i) {
        var d = dayNumber(e.datum);
        while (dayNumber(table[low].datum) < d - 13) { low += 1; }
        if ((firstIso && e.datum < firstIso) || (i + 1 < table.length && table[i + 1].datum === e.datum)) { return; }
        var rows = head.filter(function (h) { return dayNumber(h.datum) < dayNumber(table[low].datum); }).concat(table.slice(low, i + 1));
        var row = { datum: e.datum };
        try {
          var a = adviseFromDiary(rows, e.datum);
          row.decision = a.decision; row.label = a.label; row.rule = a.rule; row.reason = a.reason;
        } catch (err) {
          row.decision = ""; row.label = cfg.no_advice; row.rule = ""; row.reason = err.message;
        }
        out.push(row);
      });
      return out;
    }

    return { painZone: painZone, dayRule: dayRule, adviseFromDiary: adviseFromDiary, adviceLog: adviceLog, labels: LABELS };
  }

  function fromDay(n) {
    var d = new Date(n * 86400000);
    var pad = function (x) { return (x < 10 ? "0" : "") + x; };
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate());
  }

  return { make: make, fmt: fmt, pyFixed: pyFixed, round1: round1, dateNl: dateNl, dayNumber: dayNumber };
});
