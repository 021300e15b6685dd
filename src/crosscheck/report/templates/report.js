(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var kind = document.getElementById("filter-kind");
  var source = document.getElementById("filter-source");
  var review = document.getElementById("filter-review");
  var reviewer = document.getElementById("reviewer");
  var shown = document.getElementById("shown-count");
  var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
  var timeline = JSON.parse(document.getElementById("timeline-data").textContent);
  var storeKey = "crosscheck-decisions:" + location.pathname;
  var decisions = {};

  function load() {
    try { decisions = JSON.parse(localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { decisions = {}; }
    try { reviewer.value = localStorage.getItem("crosscheck-reviewer") || ""; } catch (e) { /* storage off */ }
  }
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(decisions)); } catch (e) { /* storage off: export still works */ }
  }

  // --- filters, kept in the URL fragment --------------------------------------------------
  function choose(select, value) {
    for (var i = 0; i < select.options.length; i += 1) {
      if (select.options[i].value === value) { select.value = value; }
    }
  }
  function passes(el) {
    var k = kind.value, s = source.value, r = review.value;
    var fp = el.getAttribute("data-fingerprint");
    var state = decisions[fp] ? decisions[fp].decision : "open";
    return (!k || el.getAttribute("data-kind") === k) &&
      (!s || el.getAttribute("data-documents").split(" ").indexOf(s) >= 0) &&
      (!r || state === r);
  }
  function apply() {
    var visible = [];
    findings.forEach(function (el) {
      var ok = passes(el);
      el.hidden = !ok;
      if (ok) { visible.push(el.getAttribute("data-fingerprint")); }
    });
    document.querySelectorAll(".kind-group").forEach(function (group) {
      var count = group.querySelectorAll("article.finding:not([hidden])").length;
      group.hidden = count === 0;
      group.querySelector(".group-count").textContent = count;
    });
    document.querySelectorAll("#not-compared li").forEach(function (li) {
      li.hidden = !!source.value && li.getAttribute("data-documents").split(" ").indexOf(source.value) < 0;
    });
    shown.textContent = visible.length + " shown";
    var params = new URLSearchParams();
    if (kind.value) { params.set("kind", kind.value); }
    if (source.value) { params.set("source", source.value); }
    if (review.value) { params.set("review", review.value); }
    var hash = params.toString();
    if (location.hash.slice(1) !== hash) {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    }
    document.body.setAttribute("data-filter", (kind.value || "*") + "/" + (source.value || "*"));
    draw(visible);
  }
  function fromUrl() {
    var wanted = new URLSearchParams(location.hash.slice(1));
    choose(kind, wanted.get("kind") || "");
    choose(source, wanted.get("source") || "");
    choose(review, wanted.get("review") || "");
  }

  // --- timeline: zoomed to the findings shown, long gaps cut ---------------------------------
  function day(iso) {
    var d = new Date(0);
    d.setUTCFullYear(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
    return Math.round(d.getTime() / 86400000);
  }
  function iso(n) {
    var d = new Date(n * 86400000);
    var y = String(d.getUTCFullYear()).padStart(4, "0");
    return y + "-" + String(d.getUTCMonth() + 1).padStart(2, "0") + "-" + String(d.getUTCDate()).padStart(2, "0");
  }
  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function clusters(points) {
    points.sort(function (a, b) { return a - b; });
    // a gap worth cutting: over six weeks, and over a 25th of the whole span
    var out = [], gap = Math.max(45, (points[points.length - 1] - points[0]) / 25);
    points.forEach(function (p) {
      var last = out[out.length - 1];
      if (last && p - last[1] <= gap) { last[1] = Math.max(last[1], p); } else { out.push([p, p]); }
    });
    out.forEach(function (c) { if (c[1] - c[0] < 2) { c[0] -= 1; c[1] += 1; } });
    return out;
  }
  function draw(visible) {
    var plot = document.getElementById("timeline-plot");
    while (plot.firstChild) { plot.removeChild(plot.firstChild); }
    var rows = visible.filter(function (fp) { return timeline[fp]; }).slice(0, 80);
    var points = [];
    rows.forEach(function (fp) {
      timeline[fp].events.forEach(function (ev) {
        if (ev.start) { points.push(day(ev.start)); }
        if (ev.end) { points.push(day(ev.end) + 1); }
      });
    });
    if (!points.length) {
      plot.appendChild(document.createTextNode("No finding shown carries a time."));
      return;
    }
    var parts = clusters(points);
    var LABEL = 190, WIDTH = 1100, PLOT = WIDTH - LABEL - 170, CUT = 18;
    var weights = parts.map(function (c) { return 1 + Math.log2(1 + c[1] - c[0]); });
    var total = weights.reduce(function (a, b) { return a + b; }, 0);
    var room = PLOT - CUT * (parts.length - 1), left = LABEL;
    parts.forEach(function (c, i) { c.x = left; c.w = room * weights[i] / total; left += c.w + CUT; });
    function x(n) {
      for (var i = 0; i < parts.length; i += 1) {
        var c = parts[i];
        if (n <= c[1] || i === parts.length - 1) {
          var t = Math.min(Math.max((n - c[0]) / (c[1] - c[0]), 0), 1);
          return c.x + t * c.w;
        }
        if (n < parts[i + 1][0]) { return c.x + c.w + CUT / 2; }
      }
      return LABEL;
    }
    var svg = el("svg", {xmlns: SVG, id: "timeline-svg", role: "img"});
    var y = 36, body = el("g", {});
    rows.forEach(function (fp) {
      var row = timeline[fp];
      var group = el("g", {"class": "row " + row.kind, "data-fingerprint": fp});
      var top = y;
      var title = row.title.length > 150 ? row.title.slice(0, 149) + "…" : row.title;
      group.appendChild(el("text", {x: 4, y: y + 13, "class": "row-title"}, title));
      y += 18;
      row.events.forEach(function (ev) {
        var s = ev.start ? day(ev.start) : null, e = ev.end ? day(ev.end) + 1 : null;
        var x1 = s !== null ? x(s) : x(e) - 14, x2 = e !== null ? x(e) : x(s) + 14;
        if (x2 - x1 < 3) { x2 = x1 + 3; }
        group.appendChild(el("text", {x: 14, y: y + 11}, ev.source.length > 26 ? ev.source.slice(0, 25) + "…" : ev.source));
        var bar = el("rect", {x: x1.toFixed(1), y: y + 2, width: (x2 - x1).toFixed(1), height: 11, rx: 2,
                              "class": "bar " + ev.modality});
        bar.appendChild(el("title", {}, ev.source + ": " + (ev.start || "…") + " – " + (ev.end || "open")));
        group.appendChild(bar);
        var when = ev.start && ev.end ? (ev.start === ev.end ? ev.start : ev.start + " – " + ev.end)
          : (ev.start ? "since " + ev.start : "until " + ev.end);
        group.appendChild(el("text", {x: (x2 + 4).toFixed(1), y: y + 11, "class": "bar-label"},
                             (ev.value || when) + (s === null || e === null ? (s === null ? " ←" : " →") : "")));
        y += 16;
      });
      y += 6;
      group.insertBefore(el("rect", {x: 0, y: top, width: WIDTH, height: y - top - 2, "class": "band " + row.kind,
                                     fill: "none"}), group.firstChild);
      body.appendChild(group);
    });
    var axis = el("g", {"class": "axis"}), lastLabel = [-1e9, -1e9];
    parts.forEach(function (c, i) {
      axis.insertBefore(el("rect", {x: c.x, y: 28, width: c.w, height: y - 28, "class": "span" + (i % 2)}), axis.firstChild);
      [[c.x, iso(c[0]), "start"], [c.x + c.w, iso(c[1] - 1), "end"]].forEach(function (tick) {
        if (tick[2] === "end" && tick[1] === iso(c[0])) { return; }
        var lane = tick[0] - lastLabel[0] > 80 ? 0 : (tick[0] - lastLabel[1] > 80 ? 1 : -1);
        if (lane < 0) { return; }
        lastLabel[lane] = tick[0] + (tick[2] === "start" ? 70 : 0);
        axis.appendChild(el("line", {x1: tick[0], x2: tick[0], y1: 14 + lane * 12, y2: 30, "class": "tick"}));
        axis.appendChild(el("text", {x: tick[0], y: 12 + lane * 12, "text-anchor": tick[2]}, tick[1]));
      });
      if (i > 0) {
        var cx = c.x - CUT / 2;
        axis.appendChild(el("line", {x1: cx - 4, x2: cx, y1: 32, y2: 24, "class": "cut"}));
        axis.appendChild(el("line", {x1: cx, x2: cx + 4, y1: 32, y2: 24, "class": "cut"}));
      }
    });
    svg.appendChild(axis);
    svg.appendChild(body);
    svg.setAttribute("width", WIDTH);
    svg.setAttribute("height", y + 4);
    svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + (y + 4));
    plot.appendChild(svg);
    plot.setAttribute("data-rows", rows.length);
  }

  // --- review -----------------------------------------------------------------------------
  function today() { return new Date().toISOString().slice(0, 10); }
  function show(article) {
    var fp = article.getAttribute("data-fingerprint"), d = decisions[fp];
    article.setAttribute("data-decision", d ? d.decision : "");
    article.querySelectorAll("input[type=radio]").forEach(function (radio) { radio.checked = !!d && radio.value === d.decision; });
    article.querySelector(".reason-input").value = d ? d.reason : "";
    article.querySelector(".decision-note").textContent = d ? d.decision + " by " + (d.reviewer || "?") + " on " + d.date : "";
  }
  function record(article) {
    var fp = article.getAttribute("data-fingerprint");
    var picked = article.querySelector("input[type=radio]:checked");
    if (!picked) { return; }
    decisions[fp] = {
      fingerprint: fp,
      key: article.getAttribute("data-key"),
      kind: article.getAttribute("data-model-kind"),
      summary: article.getAttribute("data-summary"),
      values: JSON.parse(article.getAttribute("data-values")),
      decision: picked.value,
      reason: article.querySelector(".reason-input").value.trim(),
      reviewer: reviewer.value.trim(),
      date: today()
    };
    save();
    show(article);
    count();
  }
  function count() {
    var n = Object.keys(decisions).length;
    document.getElementById("decision-count").textContent = n + (n === 1 ? " decision" : " decisions");
  }
  function exportDecisions() {
    var status = document.getElementById("export-status");
    var list = Object.keys(decisions).sort().map(function (fp) { return decisions[fp]; });
    var missing = list.filter(function (d) { return !d.reason || !(d.reviewer || reviewer.value.trim()); });
    if (missing.length) {
      status.textContent = missing.length + " decision(s) need a reason and a reviewer name before export";
      return;
    }
    list.forEach(function (d) { if (!d.reviewer) { d.reviewer = reviewer.value.trim(); } });
    var text = JSON.stringify({schema: "crosscheck/decisions-1", decisions: list}, null, 2) + "\n";
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], {type: "application/json"}));
    link.download = "crosscheck-decisions.json";
    document.body.appendChild(link);
    link.click();
    link.remove();
    status.textContent = "exported " + list.length + " decision(s) to crosscheck-decisions.json";
    document.body.setAttribute("data-exported", String(list.length));
  }

  load();
  fromUrl();
  findings.forEach(function (article) {
    show(article);
    article.querySelectorAll("input[type=radio]").forEach(function (radio) {
      radio.addEventListener("change", function () { record(article); });
    });
    article.querySelector(".reason-input").addEventListener("input", function () { record(article); });
  });
  reviewer.addEventListener("input", function () {
    try { localStorage.setItem("crosscheck-reviewer", reviewer.value); } catch (e) { /* storage off */ }
  });
  document.getElementById("export-decisions").addEventListener("click", exportDecisions);
  [kind, source, review].forEach(function (select) { select.addEventListener("change", apply); });
  window.addEventListener("hashchange", function () { fromUrl(); apply(); });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.print-open").forEach(function (d) { d.open = true; });
  });
  count();
  apply();
  document.body.setAttribute("data-ready", "1");
})();
