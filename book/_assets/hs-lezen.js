/* Reading a diary file in the static book as hielspoor.diary.parse_pain_diary does:
   the same kept rows, the same problems (row, column, Dutch message) and the same
   summary, for CSV (hielspoor/diary/reading.py: decode, _records, _read_csv_bytes) and
   .xlsx (_check_xlsx_size, then the cells as openpyxl gives them), through the same row
   engine (hielspoor/diary/rows.py and cells.py). Limits and header names come from the
   JSON the package generates (hielspoor.booktools.payload.diary_payload); no library and
   no request: the zip is read here, inflated with the browser's
   DecompressionStream("deflate-raw") and its XML read with DOMParser.
   Python values are mirrored as: str -> string, float -> number, int -> BigInt,
   bool -> boolean, None -> null, datetime/time/timedelta -> {kind: ...}.
   tests/test_booktools_reader.py (node, CSV) and tests/browser/test_diary_import.py
   (chromium, CSV and xlsx) compare it with the Python reader on hostile files. */
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) { module.exports = factory(); }
  else { root.HielspoorLezen = factory(); }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  /* ---------------------------------------------------------------- Python's text rules */
  var WS = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var STRIP = new RegExp("^[" + WS + "]+|[" + WS + "]+$", "g");
  var ALL_WS = new RegExp("^[" + WS + "]*$");
  var SPLITLINES = /\r\n|[\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029]/;
  var ND = /\p{Nd}/u;
  function strip(s) { return s.replace(STRIP, ""); }
  function isSpace(s) { return ALL_WS.test(s); }
  function cpLength(s) {
    var pairs = s.match(/[\ud800-\udbff][\udc00-\udfff]/g);
    return s.length - (pairs ? pairs.length : 0);
  }
  function cpSlice(s, n) {
    if (s.length <= n) { return s; }
    return Array.from(s.slice(0, 2 * n)).slice(0, n).join("");
  }
  /* Python's str.splitlines (without the line ends). */
  function splitlines(s) {
    var parts = s.split(SPLITLINES);
    if (parts.length && parts[parts.length - 1] === "") { parts.pop(); }
    return parts;
  }
  /* A decimal digit of any script (Python's \d, int() and float() accept them). Unicode
     puts each script's digits 0-9 in runs of whole blocks of ten. */
  function isNd(cp) { return cp >= 0 && ND.test(String.fromCodePoint(cp)); }
  function asciiDigits(s) {
    if (!/[^\x00-\x7f]/.test(s)) { return s; }
    return s.replace(/\p{Nd}/gu, function (ch) {
      var cp = ch.codePointAt(0), start = cp;
      while (isNd(start - 1)) { start -= 1; }
      return String((cp - start) % 10);
    });
  }
  var D = "\\p{Nd}";
  var FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;
  /* Python's float(text): NaN when Python raises ValueError is told apart by null. */
  function pyFloat(text) {
    var t = "";
    for (var i = 0; i < text.length; i++) {
      var ch = text.charAt(i);
      if (isSpace(ch)) { t += " "; } else { t += ch; }
    }
    t = asciiDigits(t).replace(/^ +| +$/g, "");
    if (/[^\x00-\x7f]/.test(t) || !FLOAT.test(t)) { return null; }
    var low = t.toLowerCase().replace(/^[+-]/, "");
    var sign = t.charAt(0) === "-" ? -1 : 1;
    if (low === "nan") { return NaN; }
    if (low === "inf" || low === "infinity") { return sign * Infinity; }
    return Number(t.replace(/_/g, ""));
  }

  /* ---------------------------------------------------------------- Python's number text */
  function pyFixed(value, decimals) {
    var exact = Math.abs(value).toFixed(20 > decimals ? 20 : decimals);
    var cut = exact.indexOf(".") + 1 + decimals;
    if (exact.charAt(cut) === "5" && /^0*$/.test(exact.slice(cut + 1)) && Math.abs(value) < 1e21) {
      var kept = exact.slice(0, cut).replace(/\.$/, "");
      var last = Number(kept.charAt(kept.length - 1));
      var rounded = last % 2 === 0 ? kept : (Math.abs(value) + Math.pow(10, -decimals) / 2).toFixed(decimals);
      return (value < 0 ? "-" : "") + Number(rounded).toFixed(decimals);
    }
    return value.toFixed(decimals);
  }
  /* hielspoor.display.format.format_number */
  function formatNumber(value, decimals) {
    value = Number(value);
    if (!isFinite(value)) { return isNaN(value) ? "onbekend" : (value > 0 ? "∞" : "-∞"); }
    if (decimals === undefined || decimals === null) { decimals = Number.isInteger(value) ? 0 : 1; }
    var text = pyFixed(value, decimals);
    if (text.charAt(0) === "-" && !/[1-9]/.test(text)) { text = text.slice(1); }
    var parts = text.split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ".");
    return parts.join(",");
  }
  /* digits and exponent of the shortest repr */
  function shortest(x) {
    var m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(x.toExponential());
    return { sign: m[1], digits: m[2] + (m[3] || ""), exp: Number(m[4]) };
  }
  function expText(exp) { return (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp); }
  /* Python's repr(float) */
  function pyRepr(x) {
    if (isNaN(x)) { return "nan"; }
    if (!isFinite(x)) { return x > 0 ? "inf" : "-inf"; }
    if (x === 0) { return (1 / x < 0 ? "-" : "") + "0.0"; }
    var s = shortest(x), digits = s.digits, exp = s.exp;
    if (exp >= -5 + 1 && exp < 16) {
      var text;
      if (exp >= digits.length - 1) { text = digits + "0".repeat(exp - digits.length + 1) + ".0"; }
      else if (exp >= 0) { text = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1); }
      else { text = "0." + "0".repeat(-exp - 1) + digits; }
      return s.sign + text;
    }
    return s.sign + digits.charAt(0) + (digits.length > 1 ? "." + digits.slice(1) : "") + "e" + expText(exp);
  }
  /* Python's f"{x:.3g}" */
  function pyG3(x) {
    if (x === 0) { return "0"; }
    var m = /^(-?)(\d)\.(\d\d)e([+-]\d+)$/.exec(x.toExponential(2));
    var digits = m[2] + m[3], exp = Number(m[4]), text;
    if (exp >= -4 && exp < 3) {
      if (exp >= 2) { text = digits.slice(0, exp + 1); }
      else if (exp >= 0) { text = digits.slice(0, exp + 1) + "." + digits.slice(exp + 1); }
      else { text = "0." + "0".repeat(-exp - 1) + digits; }
      if (text.indexOf(".") >= 0) { text = text.replace(/0+$/, "").replace(/\.$/, ""); }
      return m[1] + text;
    }
    var mant = (digits.charAt(0) + "." + digits.slice(1)).replace(/0+$/, "").replace(/\.$/, "");
    return m[1] + mant + "e" + expText(exp);
  }
  /* hielspoor.validation._plain */
  function plain(number) {
    var a = Math.abs(number);
    if (a >= 1e15 || (a > 0 && a < 1e-4)) { return pyG3(number).replace(".", ","); }
    if (Number.isInteger(number)) { return formatNumber(number); }
    return formatNumber(number, 4).replace(/0+$/, "").replace(/,$/, "");
  }

  /* ---------------------------------------------------------------- Python values */
  function pad(n, w) { var s = String(n); while (s.length < (w || 2)) { s = "0" + s; } return s; }
  function isBlank(v) {
    return v === null || v === undefined || (typeof v === "number" && isNaN(v)) ||
      (typeof v === "string" && isSpace(v));
  }
  function dateText(v) { return pad(v.y, 4) + "-" + pad(v.mo) + "-" + pad(v.d); }
  function timeText(v) { return pad(v.h) + ":" + pad(v.mi) + ":" + pad(v.s) + (v.us ? "." + pad(v.us, 6) : ""); }
  /* Python's str(value) */
  function pyStr(v) {
    if (typeof v === "string") { return v; }
    if (v === null || v === undefined) { return "None"; }
    if (typeof v === "boolean") { return v ? "True" : "False"; }
    if (typeof v === "bigint") { return v.toString(); }
    if (typeof v === "number") { return pyRepr(v); }
    if (v.kind === "datetime") { return dateText(v) + " " + timeText(v); }
    if (v.kind === "time") { return timeText(v); }
    if (v.kind === "timedelta") {
      var rest = v.seconds, days = v.days;
      var text = pad(Math.floor(rest / 3600), 1) + ":" + pad(Math.floor(rest % 3600 / 60)) + ":" + pad(rest % 60) + (v.us ? "." + pad(v.us, 6) : "");
      return days ? days + " day" + (Math.abs(days) === 1 ? "" : "s") + ", " + text : text;
    }
    return String(v);
  }
  /* hielspoor.diary.schema.as_text */
  function asText(v) {
    if (typeof v === "string") { return v; }
    if (isBlank(v)) { return ""; }
    if (typeof v === "number" && Number.isInteger(v)) { return BigInt(v).toString(); }
    if (v && v.kind === "datetime") { return pad(v.d) + "-" + pad(v.mo) + "-" + pad(v.y, 4); }
    return pyStr(v);
  }

  function Problem(row, column, value, message, skipped) {
    return { row: row, column: column, value: value, message: message, skipped: skipped !== false };
  }
  function fail(message) { var e = new Error(message); e.dutch = true; return e; }

  function make(cfg) {
    var L = cfg.limits;
    var HEADERS = cfg.headers, LOOKUP = cfg.header_lookup, PAIN = cfg.pain_columns;
    var TEXTS = ["oefeningen", "notities"];
    var TRIGGERS = cfg.formula_triggers;

    /* ------------------------------------------------------------ validation.check_number */
    function shown(value) {
      var text = strip(pyStr(value));
      return cpLength(text) <= 40 ? text : cpSlice(text, 39) + "…";
    }
    function checkNumber(value, name, low, high, unit, integer) {
      var suffix = unit ? " " + unit : "", number;
      if (value === null || value === undefined) { throw fail(name + ": dit veld is leeg; vul een getal in."); }
      if (typeof value === "boolean") { throw fail(name + ": vul een getal in, geen ja/nee (True/False)."); }
      if (typeof value === "string") {
        var cleaned = strip(value).replace(/ /g, "");
        if (!cleaned) { throw fail(name + ": dit veld is leeg; vul een getal in."); }
        if (cleaned.indexOf(",") >= 0 && cleaned.indexOf(".") >= 0) { cleaned = cleaned.replace(/\./g, ""); }
        number = pyFloat(cleaned.replace(/,/g, "."));
        if (number === null) { throw fail(name + ": '" + shown(value) + "' is geen getal."); }
      } else if (typeof value === "number") {
        number = value;
      } else if (typeof value === "bigint") {
        number = Number(value);
        if (!isFinite(number)) { throw fail(name + ": dit getal is te groot om mee te rekenen."); }
      } else {
        throw fail(name + ": vul één getal in.");
      }
      if (isNaN(number)) { throw fail(name + ": NaN (geen getal) kan niet; vul een gewoon getal in."); }
      if (!isFinite(number)) { throw fail(name + ": oneindig kan niet; vul een gewoon getal in."); }
      if (integer && !Number.isInteger(number)) { throw fail(name + ": vul een heel getal in (zonder komma)."); }
      if (number < low || number > high) {
        throw fail(name + ": " + plain(number) + suffix + " ligt buiten het bereik van " + plain(low) + " tot " + plain(high) + suffix + ".");
      }
      return number;
    }

    /* ------------------------------------------------------------ diary.cells */
    var PAIN_FRACTION = new RegExp("^[" + WS + "]*(" + D + "+(?:[.,]" + D + "+)?)[" + WS + "]*/[" + WS + "]*10[" + WS + "]*$", "u");
    var THOUSANDS = new RegExp("^" + D + "{1,3}(?:[. ]" + D + "{3})+$", "u");
    var ISO_DATE = new RegExp("^(" + D + "{4})[-/.](" + D + "{1,2})[-/.](" + D + "{1,2})(?:[ T]" + D + "{1,2}:" + D + "{2}(?::" + D + "{2}(?:\\." + D + "+)?)?)?$", "u");
    var NL_DATE = new RegExp("^(" + D + "{1,2})[-/.](" + D + "{1,2})[-/.](" + D + "{4}|" + D + "{2})(?:[" + WS + "]+" + D + "{1,2}:" + D + "{2}(?::" + D + "{2})?)?$", "u");
    function yearMessage(text, year) {
      return text + ": het jaartal " + year + " kan niet kloppen (een datum in het dagboek ligt tussen " + L.first_year + " en " + L.last_year + ").";
    }
    /* cells.parse_date -> "jjjj-mm-dd" */
    function parseDate(value) {
      if (value && value.kind === "datetime") {
        if (value.y < L.first_year || value.y > L.last_year) { throw fail(yearMessage(dateText(value), value.y)); }
        return dateText(value);
      }
      if (isBlank(value)) { throw fail("de datum ontbreekt."); }
      var text = strip(pyStr(value)), m, y, mo, d;
      if ((m = ISO_DATE.exec(text))) {
        y = +asciiDigits(m[1]); mo = +asciiDigits(m[2]); d = +asciiDigits(m[3]);
      } else if ((m = NL_DATE.exec(text))) {
        d = +asciiDigits(m[1]); mo = +asciiDigits(m[2]); y = +asciiDigits(m[3]);
        if (cpLength(m[3]) === 2) { y += 2000; }
      } else {
        throw fail("'" + cpSlice(text, 40) + "' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 05-03-2026.");
      }
      if (y < L.first_year || y > L.last_year) { throw fail(yearMessage(text, y)); }
      var date = new Date(Date.UTC(2000, mo - 1, d));
      date.setUTCFullYear(y);
      if (mo < 1 || mo > 12 || d < 1 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
        throw fail(text + " is geen bestaande datum.");
      }
      return pad(y, 4) + "-" + pad(mo) + "-" + pad(d);
    }
    function parsePain(value, label) {
      if (isBlank(value)) { return null; }
      var m;
      if (typeof value === "string" && (m = PAIN_FRACTION.exec(value))) { value = m[1]; }
      if (typeof value === "string" && cpLength(value) > 40) { throw fail(label + ": '" + cpSlice(value, 40) + "…' is geen getal."); }
      return checkNumber(value, label, L.pain_min, L.pain_max, "", false);
    }
    function parseSteps(value, label) {
      if (isBlank(value)) { return null; }
      if (typeof value === "string" && THOUSANDS.test(strip(value))) { value = strip(value).replace(/[. ]/g, ""); }
      if (typeof value === "string" && cpLength(value) > 40) { throw fail(label + ": '" + cpSlice(value, 40) + "…' is geen getal."); }
      return checkNumber(value, label, 0, L.max_steps, "stappen", true);
    }
    /* cells.number_column's fast path, one cell: a number Python's float() reads */
    function fastNumber(value) {
      if (typeof value === "string") { return isSpace(value) ? NaN : pyFloat(value.replace(/,/g, ".")); }
      if (typeof value === "number") { return value; }
      if (typeof value === "bigint") { var n = Number(value); return isFinite(n) ? n : null; }
      if (value === null || value === undefined) { return NaN; }
      return null;
    }
    function readNumber(value, reader, low, high, integer) {
      var n = fastNumber(value);
      if (n !== null && isNaN(n) && isBlank(value)) { return null; }
      if (n !== null && isFinite(n) && n >= low && n <= high && (!integer || Number.isInteger(n))) { return n; }
      return reader(value);
    }

    /* ------------------------------------------------------------ diary.schema headers */
    function normaliseHeader(value) {
      var v = (value === null || value === undefined ? "" : pyStr(value)).normalize("NFKC");
      v = strip(v.replace(/\ufeff/g, "")).toLowerCase();
      v = v.replace(/\([^]*?\)|\[[^]*?\]/g, " ").replace(/[_\-/:.,;]+/g, " ");
      return strip(v.replace(new RegExp("[" + WS + "]+", "g"), " "));
    }
    function columnOf(value) {
      var key = normaliseHeader(value);
      return Object.prototype.hasOwnProperty.call(LOOKUP, key) ? LOOKUP[key] : null;
    }
    function printable(value) { return cpSlice(strip(asText(value)).replace(/[\x00-\x08\x0b-\x1f\x7f]/g, "?"), 40); }
    function blankRow(cells) { return cells.every(isBlank); }

    /* ------------------------------------------------------------ rows.parse_rows */
    function parseRows(header, rows, headerRow, joinableSep, restore) {
      var positions = {}, names = {}, problems = [];
      header.forEach(function (raw, index) {
        var shownName = strip(asText(raw).replace(/\ufeff/g, ""));
        var key = columnOf(raw);
        if (key === null) {
          var hasValues = rows.some(function (r) { return index < r[1].length && !isBlank(r[1][index]); });
          if (shownName || hasValues) {
            problems.push(Problem(headerRow, cpSlice(shownName, 80) || "(kolom " + (index + 1) + " zonder naam)", "", "onbekende kolom; deze kolom is genegeerd.", false));
          }
          return;
        }
        if (Object.prototype.hasOwnProperty.call(positions, key)) {
          throw fail("De kolommen '" + names[key] + "' en '" + shownName + "' betekenen allebei '" + HEADERS[key] + "'; houd er één over.");
        }
        positions[key] = index; names[key] = shownName;
      });
      if (!("datum" in positions)) {
        var found = header.slice(0, 10).filter(function (h) { return !isBlank(h); }).map(function (h) { return "'" + printable(h) + "'"; }).join(", ");
        throw fail("Geen kolom 'Datum' gevonden (wel: " + (found || "niets") + "). De eerste rij moet de kolomnamen bevatten: Datum, Pijn eerste stap, Pijn bij activiteit, ...");
      }
      if (!PAIN.some(function (c) { return c in positions; })) {
        throw fail("Geen pijnkolom gevonden. Verwacht minstens één van: " + PAIN.map(function (c) { return HEADERS[c]; }).join(", ") + ".");
      }
      var width = header.length;
      var maxPos = Math.max.apply(null, Object.keys(positions).map(function (k) { return positions[k]; }));
      var joinNotes = joinableSep !== null && positions.notities === width - 1 && maxPos === width - 1;
      var out = [], valid = [], owners = {};
      rows.forEach(function (pair) {
        var number = pair[0], cells = pair[1].slice(), notes = [], errors = [];
        if (blankRow(cells)) { return; }
        if (cells.length > width) {
          var extra = cells.slice(width);
          if (joinNotes) {
            var text = cells.slice(width - 1).map(asText).join(joinableSep);
            cells = cells.slice(0, width - 1).concat([text]);
            notes.push(Problem(number, names.notities, text, "meer cellen dan kolommen; de extra '" + joinableSep + "' is als tekst bij de notities gezet. Zet notities met ; tussen aanhalingstekens.", false));
          } else if (extra.some(function (c) { return !isBlank(c); })) {
            notes.push(Problem(number, null, "", "deze rij heeft " + cells.length + " cellen maar er zijn " + width + " kolommen (staat er een scheidingsteken in een tekst zonder aanhalingstekens?); rij overgeslagen."));
          }
          cells = cells.slice(0, width);
        }
        while (cells.length < width) { cells.push(null); }
        function cell(key) { return key in positions ? cells[positions[key]] : null; }
        function bad(key, message) { errors.push(Problem(number, names[key], cpSlice(asText(cell(key)), 200), message)); }
        var record = {}, rawDate = cell("datum");
        try { record.datum = parseDate(cell("datum")); }
        catch (err) { if (!err.dutch) { throw err; } record.datum = null; bad("datum", err.message + " Rij overgeslagen."); }
        PAIN.forEach(function (key) {
          var label = key in names ? names[key] : HEADERS[key];
          try {
            record[key] = readNumber(cell(key), function (v) { return parsePain(v, label); }, L.pain_min, L.pain_max, false);
          } catch (err) {
            if (!err.dutch) { throw err; }
            record[key] = null;
            bad(key, "pijnscore " + stripLabel(err.message, label) + " Rij overgeslagen.");
          }
        });
        var stepsLabel = "stappen" in names ? names.stappen : "";
        try { record.stappen = readNumber(cell("stappen"), function (v) { return parseSteps(v, stepsLabel); }, 0, L.max_steps, true); }
        catch (err) { if (!err.dutch) { throw err; } record.stappen = null; bad("stappen", stripLabel(err.message, stepsLabel) + " Rij overgeslagen."); }
        TEXTS.forEach(function (key) {
          var text = asText(cell(key));
          if (restore && text.charAt(0) === "'") { text = restore(text); }
          record[key] = text;
          var length = text.length > L.max_cell_chars ? cpLength(text) : 0;
          if (length > L.max_cell_chars) {
            bad(key, "de tekst is " + formatNumber(length) + " tekens lang; het dagboek bewaart hoogstens " + formatNumber(L.max_cell_chars) + " tekens per cel. Maak de tekst korter. Rij overgeslagen.");
          }
        });
        var skipped = errors.length > 0 || notes.some(function (p) { return p.skipped; });
        out.push({ number: number, record: record, rawDate: rawDate, notes: notes, errors: errors, bad: skipped });
      });
      /* _mark_duplicates: the first dated valid row owns its date */
      out.forEach(function (row) { if (row.record.datum && !row.bad && !(row.record.datum in owners)) { owners[row.record.datum] = row; } });
      out.forEach(function (row) {
        var owner = row.record.datum ? owners[row.record.datum] : undefined;
        if (owner && out.indexOf(owner) < out.indexOf(row)) {
          row.errors.push(Problem(row.number, names.datum, cpSlice(asText(row.rawDate), 200), "dubbele datum: " + dutchDate(row.record.datum) + " staat al in rij " + owner.number + ". Rij overgeslagen."));
        }
      });
      out.forEach(function (row) {
        if (row.errors.length || row.notes.length) { problems.push.apply(problems, row.notes.concat(row.errors)); }
        if (!row.errors.length && !row.bad) { valid.push(row.record); }
      });
      valid = valid.map(function (r, i) { return [r, i]; }).sort(function (a, b) {
        return a[0].datum < b[0].datum ? -1 : a[0].datum > b[0].datum ? 1 : a[1] - b[1];
      }).map(function (p) { return p[0]; });
      return { entries: valid, problems: problems };
    }
    function stripLabel(message, label) { return message.indexOf(label + ": ") === 0 ? message.slice(label.length + 2) : message; }
    function dutchDate(iso) { var p = iso.split("-"); return p[2] + "-" + p[1] + "-" + p[0]; }

    /* ------------------------------------------------------------ reading.decode */
    var CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
    var SKIP_NOTE = "deze rij bevat tekens die niet te lezen zijn (geen UTF-8 en geen Windows-1252); rij overgeslagen. Typ de rij opnieuw in.";
    var CP1252_NOTE = "deze rij was niet als UTF-8 opgeslagen en is gelezen als Windows-1252; controleer de letters met accenten (bijvoorbeeld é of ë).";
    function utf8(bytes) { return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes); }
    /* Python's bytes.decode("cp1252", errors="replace"), by table (not every TextDecoder
       knows windows-1252) */
    var CP1252_HIGH = "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";
    function cp1252(bytes) {
      var out = [];
      for (var i = 0; i < bytes.length; i += 8192) {
        out.push(String.fromCharCode.apply(null, Array.prototype.map.call(bytes.subarray(i, i + 8192), function (b) {
          return b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
        })));
      }
      return out.join("");
    }
    function utf16WithoutBom(bytes) {
      var n = Math.min(bytes.length, 4000), even = 0, odd = 0;
      for (var i = 0; i < n; i++) { if (bytes[i] === 0) { if (i % 2) { odd += 1; } else { even += 1; } } }
      var half = Math.floor(n / 2);
      if (half && odd > 0.3 * half && even < 0.05 * half) { return "utf-16le"; }
      if (half && even > 0.3 * half && odd < 0.05 * half) { return "utf-16be"; }
      return null;
    }
    function hasUndefined(line) { for (var i = 0; i < line.length; i++) { if (CP1252_UNDEFINED.indexOf(line[i]) >= 0) { return true; } } return false; }
    function isAscii(line) { for (var i = 0; i < line.length; i++) { if (line[i] > 127) { return false; } } return true; }
    function decode(bytes) {
      var body = bytes, bom = false, variant;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { body = bytes.subarray(3); bom = true; }
      else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || (variant = utf16WithoutBom(bytes))) {
        var withBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
        var encoding = withBom ? (bytes[0] === 0xff ? "utf-16le" : "utf-16be") : variant;
        try {
          if (bytes.length % 2) { throw new Error("odd"); }
          var text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(withBom ? bytes.subarray(2) : bytes);
          return { text: text.replace(/^\ufeff+/, ""), bom: true, notes: {} };
        } catch (err) {
          throw fail("Het bestand lijkt UTF-16-tekst, maar is daarvoor beschadigd. Sla het in je spreadsheetprogramma op als 'CSV UTF-8' en probeer het opnieuw.");
        }
      }
      try { return { text: utf8(body), bom: bom, notes: {} }; } catch (err) { /* line by line */ }
      var lines = [], start = 0;
      for (var i = 0; i <= body.length; i++) {
        if (i === body.length || body[i] === 0x0a) { lines.push(body.subarray(start, i)); start = i + 1; }
      }
      var texts = [], badLines = [], utf8NonAscii = false;
      lines.forEach(function (line, index) {
        try { texts.push(utf8(line)); utf8NonAscii = utf8NonAscii || !isAscii(line); }
        catch (err) { texts.push(cp1252(line)); badLines.push(index + 1); }
      });
      var notes = {};
      if (utf8NonAscii) {
        badLines.forEach(function (n) { notes[n] = hasUndefined(lines[n - 1]) ? SKIP_NOTE : CP1252_NOTE; });
      } else {
        badLines.forEach(function (n) { if (hasUndefined(lines[n - 1])) { notes[n] = SKIP_NOTE; } });
      }
      return { text: texts.join("\n"), bom: true, notes: notes };
    }
    function sniffSep(text) {
      var pieces = text.slice(0, 100000).split("\n");
      if (pieces.length > 51) { pieces = pieces.slice(0, 50).concat([pieces.slice(50).join("\n")]); }
      var first = pieces.filter(function (l) { return strip(l); })[0] || "";
      var best = ";", most = -1;
      [";", ",", "\t"].forEach(function (sep) { var c = first.split(sep).length - 1; if (c > most) { best = sep; most = c; } });
      return most ? best : ",";
    }

    /* ------------------------------------------------------------ Python's csv.reader */
    /* Lines as io.StringIO(newline="") gives them (ends kept). */
    function physicalLines(text) {
      var lines = [], re = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g, m;
      while ((m = re.exec(text)) !== null) { if (!m[0]) { break; } lines.push(m[0]); }
      return lines;
    }
    /* A csv.reader (excel dialect, delimiter sep, strict off) over lines[from...]: next()
       gives the next record's cells or null; lineNum counts the lines read. */
    function CsvReader(lines, from, sep) {
      this.lines = lines; this.at = from; this.sep = sep; this.lineNum = 0;
    }
    CsvReader.prototype.next = function () {
      var fields = [], field = "", state = "start_record", sep = this.sep;
      function save() { fields.push(field); field = ""; }
      do {
        if (this.at >= this.lines.length) {
          if (field.length || state === "in_quoted") { save(); break; }
          if (state === "start_record" && !fields.length) { return null; }
          return null;
        }
        var line = this.lines[this.at];
        this.at += 1; this.lineNum += 1;
        for (var i = 0; i <= line.length; i++) {
          var eol = i === line.length, c = eol ? "" : line.charAt(i);
          var nl = c === "\n" || c === "\r";
          switch (state) {
            case "start_record":
              if (eol) { break; }
              if (nl) { state = "eat_crnl"; break; }
              state = "start_field";
              /* falls through */
            case "start_field":
              if (nl || eol) { save(); state = eol ? "start_record" : "eat_crnl"; }
              else if (c === '"') { state = "in_quoted"; }
              else if (c === sep) { save(); state = "start_field"; }
              else { field += c; state = "in_field"; }
              break;
            case "in_field":
              if (nl || eol) { save(); state = eol ? "start_record" : "eat_crnl"; }
              else if (c === sep) { save(); state = "start_field"; }
              else { field += c; }
              break;
            case "in_quoted":
              if (eol) { break; }
              if (c === '"') { state = "quote_in_quoted"; } else { field += c; }
              break;
            case "quote_in_quoted":
              if (c === '"') { field += c; state = "in_quoted"; }
              else if (c === sep) { save(); state = "start_field"; }
              else if (nl || eol) { save(); state = eol ? "start_record" : "eat_crnl"; }
              else { field += c; state = "in_field"; }
              break;
            case "eat_crnl":
              if (nl) { break; }
              if (eol) { state = "start_record"; break; }
              throw fail("new-line character seen in unquoted field");
          }
        }
      } while (state !== "start_record");
      return fields;
    };
    function parseLine(line, sep) { var r = new CsvReader([line], 0, sep).next(); return r || []; }

    var ROW_START = {}, ROW_START_LINE = {};
    [";", ",", "\t"].forEach(function (sep) {
      var body = "[" + WS + "]*\"?" + D + "{1,4}[-/.]" + D + "{1,2}[-/.]" + D + "{1,4}\"?[" + WS + "]*" + (sep === "\t" ? "\\t" : sep);
      ROW_START[sep] = new RegExp("^" + body, "u");
      ROW_START_LINE[sep] = new RegExp("(?:^|(?<=\\n))" + body, "u");
    });
    function swallowedRows(rows, ends, sep) {
      var inner = [];
      rows.forEach(function (cells, index) {
        if (ends[index] - (index ? ends[index - 1] : 0) <= 1) { return; }
        cells.forEach(function (cell) { if (/[\n\r]/.test(cell)) { inner.push(splitlines(cell).slice(1).join("\n")); } });
      });
      return ROW_START_LINE[sep].test(inner.join("\n"));
    }
    var QUOTE_NOTE = 'een aanhalingsteken (") wordt in deze rij niet gesloten; de rij is tot het einde van de regel gelezen en de rijen erna apart. Controleer de tekst.';
    /* reading._records */
    function records(text, sep, lineNotes) {
      var lines = physicalLines(text), reader, rows, ends, cells;
      if (!Object.keys(lineNotes).length) {
        reader = new CsvReader(lines, 0, sep); rows = []; ends = [];
        while ((cells = reader.next()) !== null) { rows.push(cells); ends.push(reader.lineNum); }
        if (reader.lineNum === rows.length || !swallowedRows(rows, ends, sep)) {
          return { records: rows.map(function (r, i) { return [i + 1, r]; }), problems: [], skip: {} };
        }
      }
      var out = [], problems = [], skip = {}, rowStart = ROW_START[sep], position = 0;
      while (position < lines.length) {
        reader = new CsvReader(lines, position, sep);
        var done = position, broke = false;
        while ((cells = reader.next()) !== null) {
          var end = position + reader.lineNum;
          var span = lines.slice(done + 1, end);
          if (span.some(function (l) { return rowStart.test(l); })) { broke = true; break; }
          var number = out.length + 1;
          out.push([number, cells]);
          var seen = {};
          for (var n = done + 1; n <= end; n++) {
            var note = lineNotes[n];
            if (note === undefined || seen[note]) { continue; }
            seen[note] = true;
            var skipped = note.indexOf("overgeslagen") >= 0;
            problems.push(Problem(number, null, "", note, skipped));
            if (skipped) { skip[number] = true; }
          }
          done = end;
        }
        if (!broke) { break; }
        if (done >= lines.length) { break; }
        var line = lines[done];
        out.push([out.length + 1, parseLine(line.replace(/[\r\n]+$/, ""), sep)]);
        problems.push(Problem(out.length, null, cpSlice(strip(line), 80), QUOTE_NOTE, false));
        position = done + 1;
      }
      return { records: out, problems: problems, skip: skip };
    }

    function summary(entries, problems) {
      var skipped = {}, count = 0, notes = 0;
      problems.forEach(function (p) { if (p.skipped && p.row !== null && !skipped[p.row]) { skipped[p.row] = true; count += 1; } if (!p.skipped) { notes += 1; } });
      var text = entries.length + " " + (entries.length === 1 ? "dag" : "dagen") + " ingelezen";
      if (count) { text += "; " + count + " " + (count === 1 ? "rij" : "rijen") + " overgeslagen"; }
      if (notes) { text += "; " + notes + " " + (notes === 1 ? "opmerking" : "opmerkingen") + " om te controleren"; }
      return text + ".";
    }
    function sortedProblems(list) {
      return list.map(function (p, i) { return [p, i]; }).sort(function (a, b) {
        return ((a[0].row || 0) - (b[0].row || 0)) || a[1] - b[1];
      }).map(function (p) { return p[0]; });
    }
    function triggers(text, at) { return TRIGGERS.indexOf(text.charAt(at)) >= 0; }
    /* fileio.restore_formula */
    function restoreFormula(text) {
      if (text.charAt(0) === "'" && text.length > 1 && (triggers(text, 1) || text.charAt(1) === "'")) { return text.slice(1); }
      return text;
    }
    function neutraliseFormula(text) {
      if ((text && triggers(text, 0)) || (text.charAt(0) === "'" && (triggers(text, 1) || text.charAt(1) === "'"))) { return "'" + text; }
      return text;
    }

    /* reading._read_csv_bytes */
    function readCsv(bytes) {
      var decoded = decode(bytes), text = decoded.text;
      if (!text || isSpace(text)) { throw fail("Het bestand is leeg."); }
      var sep = sniffSep(text);
      var rec = records(text, sep, decoded.notes);
      var header = null, headerRow = 1, rows = [];
      rec.records.forEach(function (pair) {
        if (header === null) {
          if (pair[1].every(function (c) { return !strip(c); })) { return; }
          header = pair[1]; headerRow = pair[0];
        } else if (!rec.skip[pair[0]]) { rows.push(pair); }
      });
      if (header === null) { throw fail("Het bestand is leeg."); }
      var parsed = parseRows(header, rows, headerRow, sep, restoreFormula);
      var problems = sortedProblems(rec.problems.concat(parsed.problems));
      return { entries: parsed.entries, problems: problems, summary: summary(parsed.entries, problems), kind: "csv" };
    }

    /* ------------------------------------------------------------ .xlsx */
    function u16(b, at) { return b[at] | (b[at + 1] << 8); }
    function u32(b, at) { return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 16777216; }
    var BROKEN_ZIP = "Het Excel-bestand is beschadigd (geen geldig .xlsx).";
    /* The zip's central directory (zipfile.ZipFile(...).infolist()), read without
       unpacking anything. */
    function zipMembers(b) {
      var eocd = -1;
      for (var i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
        if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) { eocd = i; break; }
      }
      if (eocd < 0) { throw fail(BROKEN_ZIP); }
      var size = u32(b, eocd + 12), offset = u32(b, eocd + 16);
      /* as zipfile: data in front of the zip shifts every offset */
      var shift = eocd - size - offset, at = offset + shift, stop = at + size, members = [];
      if (at < 0) { throw fail(BROKEN_ZIP); }
      while (at < stop) {
        if (at + 46 > b.length || u32(b, at) !== 0x02014b50) { throw fail(BROKEN_ZIP); }
        var nameLength = u16(b, at + 28), extraLength = u16(b, at + 30), commentLength = u16(b, at + 32);
        var member = {
          method: u16(b, at + 10), compressed: u32(b, at + 20), size: u32(b, at + 24),
          local: u32(b, at + 42) + shift,
          name: new TextDecoder("utf-8").decode(b.subarray(at + 46, at + 46 + nameLength))
        };
        /* zip64: the real sizes are in the extra field */
        var extra = b.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), e = 0;
        while (e + 4 <= extra.length) {
          var id = u16(extra, e), len = u16(extra, e + 2), p = e + 4;
          if (id === 1) {
            if (member.size === 0xffffffff) { member.size = u32(extra, p) + u32(extra, p + 4) * 4294967296; p += 8; }
            if (member.compressed === 0xffffffff) { member.compressed = u32(extra, p) + u32(extra, p + 4) * 4294967296; p += 8; }
          }
          e += 4 + len;
        }
        members.push(member);
        at += 46 + nameLength + extraLength + commentLength;
      }
      return members;
    }
    /* reading._check_xlsx_size: refuse before unpacking anything */
    function checkXlsxSize(members) {
      var total = 0, ratio = 0;
      members.forEach(function (m) { total += m.size; ratio = Math.max(ratio, m.size / Math.max(m.compressed, 1)); });
      var reason;
      if (members.length > L.xlsx_max_members) {
        reason = "bevat " + formatNumber(members.length) + " onderdelen; een dagboek heeft er hoogstens " + formatNumber(L.xlsx_max_members);
      } else if (total > L.xlsx_max_unpacked_bytes) {
        reason = "pakt uit tot " + formatNumber(total / 1e6) + " MB; dat is te groot voor een dagboek (hoogstens " + formatNumber(L.xlsx_max_unpacked_bytes / 1e6) + " MB)";
      } else if (ratio > L.xlsx_max_ratio) {
        reason = "is verdacht sterk ingepakt: een onderdeel pakt uit tot " + formatNumber(ratio, 0) + " keer zijn grootte (hoogstens " + formatNumber(L.xlsx_max_ratio) + " keer)";
      } else {
        return;
      }
      throw fail("Het Excel-bestand " + reason + ". Het is niet geopend.");
    }
    function notOpened(kind) { return fail("Het Excel-bestand is niet te openen (" + kind + ")."); }
    /* errors met while reading the sheet itself (openpyxl reads it lazily) */
    function notRead(kind) { return fail("Het Excel-bestand is niet helemaal te lezen (" + kind + "); sla het opnieuw op of bewaar het als CSV."); }
    /* One member's bytes; inflating stops as soon as it passes the declared size. */
    function unpack(b, member) {
      var at = member.local;
      if (u32(b, at) !== 0x04034b50) { return Promise.reject(notOpened("BadZipFile")); }
      var start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
      var data = b.subarray(start, start + member.compressed);
      if (member.method === 0) {
        return data.length === member.size ? Promise.resolve(data) : Promise.reject(notOpened("BadZipFile"));
      }
      if (member.method !== 8 || typeof DecompressionStream === "undefined") { return Promise.reject(notOpened("NotImplementedError")); }
      var stream = new DecompressionStream("deflate-raw");
      var writer = stream.writable.getWriter(), reader = stream.readable.getReader();
      var chunks = [], total = 0, stopped = false, SLICE = 4096;
      (function feed(offset) {
        if (stopped) { return; }
        if (offset >= data.length) { writer.close().catch(function () {}); return; }
        writer.write(data.subarray(offset, offset + SLICE)).then(function () { feed(offset + SLICE); }, function () {});
      })(0);
      function pull() {
        return reader.read().then(function (step) {
          if (step.done) { return; }
          total += step.value.length;
          if (total > member.size) {
            stopped = true;
            reader.cancel().catch(function () {});
            throw notOpened("BadZipFile");
          }
          chunks.push(step.value);
          return pull();
        });
      }
      return pull().then(function () {
        if (total !== member.size) { throw notOpened("BadZipFile"); }
        var out = new Uint8Array(total), p = 0;
        chunks.forEach(function (c) { out.set(c, p); p += c.length; });
        return out;
      }, function (err) { stopped = true; throw err.dutch ? err : notOpened("BadZipFile"); });
    }
    function xml(bytes, onError) {
      var doc = new DOMParser().parseFromString(new TextDecoder("utf-8").decode(bytes), "application/xml");
      if (doc.getElementsByTagName("parsererror").length) { throw (onError || notOpened)("ParseError"); }
      return doc;
    }
    function children(node, name) {
      var out = [];
      for (var c = node.firstElementChild; c; c = c.nextElementSibling) { if (c.localName === name) { out.push(c); } }
      return out;
    }
    function all(doc, name) { return Array.prototype.slice.call(doc.getElementsByTagNameNS("*", name)); }
    /* openpyxl's Text.content: the plain text and the runs' text, no phonetic runs */
    function textContent(node) {
      var parts = [];
      children(node, "t").forEach(function (t) { parts.push(t.textContent); });
      children(node, "r").forEach(function (r) { children(r, "t").forEach(function (t) { parts.push(t.textContent); }); });
      return parts.join("");
    }
    var BUILTIN = { 0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
      14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
      37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)", 40: "#,##0.00_);[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@" };
    function isDateFormat(fmt) {
      if (fmt === null || fmt === undefined) { return false; }
      fmt = fmt.split(";")[0].replace(/"[^]*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]/g, "");
      return /(?<![_\\])[dmhysDMHYS]/.test(fmt);
    }
    function isTimedeltaFormat(fmt) {
      if (fmt === null || fmt === undefined) { return false; }
      return /\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?/i.test(fmt.split(";")[0]);
    }
    /* Python's round() of a float: half to even */
    function roundHalfEven(x) { var r = Math.round(x); return (Math.abs(x % 1) === 0.5 && r % 2) ? r - 1 : r; }
    /* openpyxl.utils.datetime.from_excel */
    function fromExcel(value, mac, timedelta) {
      var v = Number(value);
      if (timedelta) {
        var ms = Math.round(v * 86400000), days = Math.floor(ms / 86400000), rest = ms - days * 86400000;
        return { kind: "timedelta", days: days, seconds: Math.floor(rest / 1000), us: (rest % 1000) * 1000 };
      }
      var day = Math.floor(v), fraction = v - day;
      var diff = roundHalfEven(fraction * 86400 * 1000);
      if (v >= 0 && v < 1 && diff < 86400000) {
        var s = Math.floor(diff / 1000);
        return { kind: "time", h: Math.floor(s / 3600), mi: Math.floor(s % 3600 / 60), s: s % 60, us: (diff % 1000) * 1000 };
      }
      if (v > 0 && v < 60 && !mac) { day += 1; }
      var base = mac ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      var t = new Date(base + day * 86400000 + diff);
      var y = t.getUTCFullYear();
      if (!isFinite(t.getTime()) || y < 1 || y > 9999) { return null; }
      return { kind: "datetime", y: y, mo: t.getUTCMonth() + 1, d: t.getUTCDate(), h: t.getUTCHours(), mi: t.getUTCMinutes(), s: t.getUTCSeconds(), us: t.getUTCMilliseconds() * 1000 };
    }
    function castNumber(text) {
      if (/[.eE]/.test(text)) {
        var f = pyFloat(text);
        if (f === null) { throw notRead("ValueError"); }
        return f;
      }
      var t = asciiDigits(strip(text)).replace(/_/g, "");
      if (!/^[+-]?\d+$/.test(t)) { throw notRead("ValueError"); }
      return BigInt(t);
    }
    function columnNumber(letters) { var n = 0; for (var i = 0; i < letters.length; i++) { n = n * 26 + letters.charCodeAt(i) - 64; } return n; }
    function coordinate(ref, onError) {
      var m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
      if (!m) { throw (onError || notRead)("ValueError"); }
      return [Number(m[2]), columnNumber(m[1])];
    }
    function resolve(base, target) {
      if (target.charAt(0) === "/") { return target.slice(1); }
      var parts = base.split("/"); parts.pop();
      target.split("/").forEach(function (p) { if (p === "..") { parts.pop(); } else if (p !== ".") { parts.push(p); } });
      return parts.join("/");
    }
    /* The first worksheet as openpyxl's read-only iter_rows(values_only=True) gives it. */
    function sheetRows(parts) {
      var workbook = xml(parts.workbook), rels = parts.rels ? xml(parts.rels) : null;
      var mac = all(workbook, "workbookPr").some(function (p) { var v = p.getAttribute("date1904"); return v === "1" || v === "true"; });
      var targets = {}, types = {};
      if (rels) {
        all(rels, "Relationship").forEach(function (r) {
          targets[r.getAttribute("Id")] = resolve("xl/workbook.xml", r.getAttribute("Target"));
          types[r.getAttribute("Type").split("/").pop()] = resolve("xl/workbook.xml", r.getAttribute("Target"));
        });
      }
      var sheet = null, sheets = all(workbook, "sheet");
      if (!sheets.length) { throw notRead("IndexError"); }
      sheets.some(function (s) {
        var id = s.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id") || s.getAttribute("r:id");
        var path = targets[id];
        if (path && parts.names[path] && !/chartsheets/.test(path)) { sheet = path; return true; }
        return false;
      });
      if (!sheet) { throw notOpened("KeyError"); }
      return { sheet: sheet, shared: types.sharedStrings || "xl/sharedStrings.xml", styles: types.styles || "xl/styles.xml", mac: mac };
    }
    function readSheet(sheetXml, shared, dateStyles, timedeltaStyles, mac) {
      var doc = xml(sheetXml, notRead), maxCol = null, maxRow = null;
      var dims = all(doc, "dimension");
      if (dims.length) {
        var ref = dims[0].getAttribute("ref").split(":"), last = coordinate(ref[ref.length - 1], notOpened);
        maxRow = last[0]; maxCol = last[1];
      }
      var out = [], counter = 1, idx = 1, rowCounter = 0;
      var emptyRow = maxCol !== null ? new Array(maxCol).fill(null) : [];
      var rows = all(doc, "row");
      for (var k = 0; k < rows.length; k++) {
        var row = rows[k], r = row.getAttribute("r");
        rowCounter = r !== null ? Number(r) : rowCounter + 1;
        if (!Number.isInteger(rowCounter)) { throw notRead("ValueError"); }
        idx = rowCounter;
        var colCounter = 0, cells = [];
        children(row, "c").forEach(function (c) {
          var type = c.getAttribute("t") || "n", ref = c.getAttribute("r"), style = Number(c.getAttribute("s") || 0), column;
          if (ref) { column = coordinate(ref)[1]; colCounter = column; } else { colCounter += 1; column = colCounter; }
          var vs = children(c, "v"), value = type === "inlineStr" ? null : (vs.length && vs[0].textContent ? vs[0].textContent : null);
          if (value !== null) {
            if (type === "n") {
              value = castNumber(value);
              if (dateStyles[style]) {
                var date = fromExcel(value, mac, !!timedeltaStyles[style]);
                value = date === null ? "#VALUE!" : date;
              }
            } else if (type === "s") {
              value = shared[Number(value)];
              if (value === undefined) { throw notRead("IndexError"); }
            } else if (type === "b") { value = Boolean(Number(value)); }
            else if (type === "d") {
              var m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d):(\d\d))?/.exec(value);
              value = m ? { kind: "datetime", y: +m[1], mo: +m[2], d: +m[3], h: +(m[4] || 0), mi: +(m[5] || 0), s: +(m[6] || 0), us: 0 } : value;
            }
          } else if (type === "inlineStr") {
            var inline = children(c, "is");
            if (inline.length) { value = textContent(inline[0]); }
          }
          cells.push([column, value]);
        });
        if (maxRow !== null && idx > maxRow) { break; }
        for (; counter < idx; counter++) { out.push(emptyRow.slice()); }
        if (counter <= idx) {
          var width = maxCol !== null ? maxCol : (cells.length ? cells[cells.length - 1][0] : 0);
          var values = new Array(width).fill(null);
          if (cells.length || maxCol !== null) {
            cells.forEach(function (pair) { if (pair[0] >= 1 && pair[0] <= width) { values[pair[0] - 1] = pair[1]; } });
          } else { values = []; }
          out.push(values);
          counter += 1;
        }
      }
      if (maxRow !== null && maxRow < idx) { for (; counter <= maxRow; counter++) { out.push(emptyRow.slice()); } }
      return out;
    }
    function styleFormats(stylesXml) {
      var dates = {}, deltas = {};
      if (!stylesXml) { return [dates, deltas]; }
      var doc = xml(stylesXml), custom = {};
      all(doc, "numFmt").forEach(function (f) { custom[Number(f.getAttribute("numFmtId"))] = f.getAttribute("formatCode"); });
      var xfs = all(doc, "cellXfs");
      (xfs.length ? children(xfs[0], "xf") : []).forEach(function (xf, index) {
        var id = Number(xf.getAttribute("numFmtId") || 0);
        var fmt = id in custom ? custom[id] : (id in BUILTIN ? BUILTIN[id] : null);
        if (isDateFormat(fmt)) { dates[index] = true; }
        if (isTimedeltaFormat(fmt)) { deltas[index] = true; }
      });
      return [dates, deltas];
    }
    /* reading._read_xlsx_bytes */
    function readXlsx(bytes) {
      var members = zipMembers(bytes);
      checkXlsxSize(members);
      var byName = {};
      members.forEach(function (m) { byName[m.name] = m; });
      function get(name) { return byName[name] ? unpack(bytes, byName[name]) : Promise.resolve(null); }
      if (!byName["xl/workbook.xml"]) { return Promise.reject(notOpened("KeyError")); }
      return Promise.all([get("xl/workbook.xml"), get("xl/_rels/workbook.xml.rels")]).then(function (first) {
        var where = sheetRows({ workbook: first[0], rels: first[1], names: byName });
        return Promise.all([get(where.sheet), get(where.shared), get(where.styles)]).then(function (files) {
          var shared = files[1] ? all(xml(files[1]), "si").map(function (si) { return textContent(si).replace(/x005F_/g, ""); }) : [];
          var formats = styleFormats(files[2]);
          var rows = readSheet(files[0], shared, formats[0], formats[1], where.mac);
          var header = null, headerRow = 1, body = [];
          rows.forEach(function (cells, index) {
            if (header === null) {
              if (cells.every(isBlank)) { return; }
              header = cells; headerRow = index + 1;
            } else { body.push([index + 1, cells]); }
          });
          if (header === null) { throw fail("Het Excel-bestand is leeg."); }
          while (header.length && isBlank(header[header.length - 1]) && body.every(function (pair) {
            return pair[1].length < header.length || isBlank(pair[1][header.length - 1]);
          })) { header = header.slice(0, -1); }
          var parsed = parseRows(header, body, headerRow, null, null);
          return { entries: parsed.entries, problems: parsed.problems, summary: summary(parsed.entries, parsed.problems), kind: "xlsx" };
        });
      });
    }

    /* ------------------------------------------------------------ parse_pain_diary */
    function suffixOf(name) {
      var base = name.split(/[\\/]/).pop(), i = base.lastIndexOf(".");
      return { base: base, suffix: i > 0 && i < base.length - 1 ? base.slice(i).toLowerCase() : "" };
    }
    function tooBig(size) {
      return fail("Het bestand is " + formatNumber(size / 1e6, 1) + " MB; een dagboek mag hoogstens " + formatNumber(L.max_file_bytes / 1e6) + " MB zijn. Is dit wel je dagboek?");
    }
    /* The size check before reading a chosen file (File.size), as read_pain_diary does. */
    function checkSize(size) { if (size > L.max_file_bytes) { throw tooBig(size); } }
    /* parse_pain_diary(bytes, filename): a Promise of {entries, problems, summary, kind}. */
    function parse(bytes, filename) {
      try {
        checkSize(bytes.length);
        var name = suffixOf(filename || "dagboek.csv");
        var magic = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
        if (magic || name.suffix === ".xlsx" || name.suffix === ".xlsm") {
          if (!magic) { throw fail(name.base + " is geen geldig .xlsx-bestand."); }
          return readXlsx(bytes);
        }
        if ([".xls", ".ods", ".numbers"].indexOf(name.suffix) >= 0) {
          throw fail(name.base + ": dit bestandstype wordt niet ondersteund; sla het op als .xlsx of als CSV.");
        }
        return Promise.resolve(readCsv(bytes));
      } catch (err) {
        return Promise.reject(err);
      }
    }
    return { parse: parse, readCsv: readCsv, checkSize: checkSize, neutralise: neutraliseFormula, restore: restoreFormula,
      parseDate: parseDate, parseSteps: function (v, label) { return readNumber(v, function (x) { return parseSteps(x, label); }, 0, L.max_steps, true); },
      decode: decode, formatNumber: formatNumber, pyRepr: pyRepr, plain: plain };
  }

  return { make: make };
});
