/* hearten's own small script: live notes while you write, range read-outs, voices. No third-party code. */
"use strict";

window.hearten = (function () {
  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  function postJSON(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken() },
      body: JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) { throw new Error("hearten answered " + response.status); }
      return response.json();
    });
  }

  // What the analyzer noticed, as DOM nodes (textContent only: never HTML). The same rule as the
  // entry page (web/highlight.py): only what the notes below list is marked, and spans that
  // overlap or touch become one calm mark, harsh self-talk winning over a trap.
  function highlight(container, text, analysis) {
    var spans = [];
    (analysis.sentences || []).forEach(function (s) {
      var traps = (s.traps || []).map(function (t) { return t.id; }).filter(function (id) { return id !== "negative_feeling"; });
      if (s.crisis || !(s.self_critical || traps.length)) { return; }
      (s.spans || []).forEach(function (sp) {
        var start = Math.max(0, sp[0]), end = Math.min(text.length, sp[1]);
        var harsh = sp[2] === "self_criticism" && s.self_critical;
        var trap = sp[2].indexOf("trap:") === 0 && traps.indexOf(sp[2].slice(5)) >= 0;
        if (end > start && (harsh || trap)) { spans.push([start, end, harsh]); }
      });
    });
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var merged = [];
    spans.forEach(function (sp) {
      var last = merged[merged.length - 1];
      if (last && sp[0] <= last[1]) { last[1] = Math.max(last[1], sp[1]); last[2] = last[2] || sp[2]; }
      else { merged.push(sp.slice()); }
    });
    container.textContent = "";
    var at = 0;
    merged.forEach(function (m) {
      if (m[0] > at) { container.appendChild(document.createTextNode(text.slice(at, m[0]))); }
      var mark = document.createElement("mark");
      mark.className = "hl " + (m[2] ? "hl-harsh" : "hl-trap");
      mark.textContent = text.slice(m[0], m[1]);
      container.appendChild(mark);
      at = m[1];
    });
    if (at < text.length) { container.appendChild(document.createTextNode(text.slice(at))); }
  }

  function liveNotes(textarea) {
    var panel = document.getElementById(textarea.dataset.analyze);
    var preview = panel.querySelector(".live-text");
    var list = panel.querySelector(".noticed");
    // Below the text box, in a polite live region: it never moves the text or takes focus.
    var crisis = document.getElementById(textarea.dataset.crisis || "live-crisis");
    var timer = null, asked = 0;
    function run() {
      var text = textarea.value;
      var ticket = ++asked;
      if (!text.trim()) { panel.hidden = true; if (crisis) { crisis.hidden = true; } return; }
      postJSON("/api/analyze", { text: text.slice(0, 200000) }).then(function (analysis) {
        if (ticket !== asked) { return; }  // a newer request is on its way
        var found = analysis.noticed || [];
        var decision = analysis.safety || { show_help: analysis.crisis, help_first: analysis.crisis };
        // When help comes first it comes alone: no trap notes beside it (domain.safety decides).
        panel.hidden = decision.help_first || found.length === 0;
        if (crisis) { crisis.hidden = !decision.show_help; }
        highlight(preview, text, analysis);
        list.textContent = "";
        found.forEach(function (n) {
          var li = document.createElement("li");
          var strong = document.createElement("strong");
          strong.textContent = n.name;
          li.appendChild(strong);
          if (n.question) { li.appendChild(document.createTextNode(": " + n.question)); }
          list.appendChild(li);
        });
      }).catch(function () { /* noticing is a nicety; writing still works without it */ });
    }
    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 350);
    });
    if (textarea.value) { run(); }
  }

  // Words typed where there are no live notes (a practice's answers, a check-in's note and activities:
  // [data-crisis]): the help box below them shows while any of them holds crisis language, as the
  // journal's does (domain.safety decides).
  var flagged = {};  // box id -> textarea id -> whether its words call for the box
  function watchForCrisis(textarea) {
    var box = document.getElementById(textarea.dataset.crisis);
    if (!box) { return; }
    var mine = flagged[box.id] = flagged[box.id] || {};
    var timer = null, asked = 0;
    function run() {
      var text = textarea.value, ticket = ++asked;
      function settle(shows) {
        mine[textarea.id] = shows;
        box.hidden = !Object.keys(mine).some(function (id) { return mine[id]; });
      }
      if (!text.trim()) { settle(false); return; }
      postJSON("/api/analyze", { text: text.slice(0, 200000) }).then(function (analysis) {
        if (ticket !== asked) { return; }  // a newer request is on its way
        settle(Boolean((analysis.safety || { show_help: analysis.crisis }).show_help));
      }).catch(function () { /* the end of the practice reads the answers again */ });
    }
    textarea.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 350);
    });
    if (textarea.value) { run(); }
  }

  // A live help box that opens below the screen's edge (a phone, a long answer) is pointed at by a small
  // link fixed at that edge, until enough of the box is in sight; nothing being typed moves for it.
  function pointers() {
    if (!("IntersectionObserver" in window)) { return; }
    document.querySelectorAll("[data-points-at]").forEach(function (pointer) {
      var box = document.getElementById(pointer.dataset.pointsAt);
      if (!box) { return; }
      var inSight = false;
      function update() { pointer.hidden = box.hidden || inSight; }
      new IntersectionObserver(function (entries) {
        inSight = entries[entries.length - 1].isIntersecting;
        update();
      }, { rootMargin: "0px 0px -96px 0px" }).observe(box);
      new MutationObserver(function () {
        // measured now, so a box that opens already in sight never flashes the link before the observer answers
        inSight = !box.hidden && box.getBoundingClientRect().top < window.innerHeight - 96;
        update();
      }).observe(box, { attributes: true, attributeFilter: ["hidden"] });
    });
  }

  function rangeOutputs() {
    document.querySelectorAll("input[type=range][data-output]").forEach(function (input) {
      var out = document.getElementById(input.dataset.output);
      input.addEventListener("input", function () { out.value = input.value; });
    });
  }

  function voices() {
    var select = document.querySelector("select[data-voices]");
    if (!select || !("speechSynthesis" in window)) { return; }
    function fill() {
      var current = select.dataset.current;
      var list = window.speechSynthesis.getVoices();
      if (!list.length) { return; }
      while (select.options.length > 1) { select.remove(1); }
      list.forEach(function (v) {
        var option = new Option(v.name + " (" + v.lang + ")", v.name, false, v.name === current);
        select.add(option);
      });
    }
    fill();
    window.speechSynthesis.addEventListener("voiceschanged", fill);
    var sample = document.querySelector("[data-speak-sample]");
    if (sample) {
      sample.addEventListener("click", function () {
        speak("Take a slow breath out. You are doing enough.", select.value, document.getElementById("speech_rate").value);
      });
    }
  }

  function speak(text, voiceName, rate) {
    if (!("speechSynthesis" in window)) { return; }
    window.speechSynthesis.cancel();
    var utterance = new SpeechSynthesisUtterance(text);
    var voice = window.speechSynthesis.getVoices().find(function (v) { return v.name === voiceName; });
    if (voice) { utterance.voice = voice; }
    utterance.rate = Math.min(1.5, Math.max(0.5, parseFloat(rate) || 0.9));
    window.speechSynthesis.speak(utterance);
  }

  // A field that only matters for one choice of a select (data-shown-for: the select's id) is hidden
  // for the others; without this script it is simply always shown.
  function shownFor(field) {
    var select = document.getElementById(field.getAttribute("data-shown-for"));
    if (!select) { return; }
    function update() { field.hidden = select.value !== field.getAttribute("data-shown-value"); }
    select.addEventListener("change", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-shown-for]").forEach(shownFor);
    document.querySelectorAll("textarea[data-analyze]").forEach(liveNotes);
    document.querySelectorAll("[data-crisis]:not([data-analyze])").forEach(watchForCrisis);
    pointers();
    rangeOutputs();
    voices();
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  });

  return { postJSON: postJSON, speak: speak, csrfToken: csrfToken };
})();
