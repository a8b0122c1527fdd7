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

  // Runs of text with what the analyzer noticed, as DOM nodes (textContent only: never HTML).
  function highlight(container, text, analysis) {
    var spans = [];
    (analysis.sentences || []).forEach(function (s) {
      (s.spans || []).forEach(function (sp) { if (sp[1] > sp[0]) { spans.push(sp); } });
    });
    container.textContent = "";
    var cuts = [0, text.length];
    spans.forEach(function (sp) { cuts.push(sp[0], sp[1]); });
    cuts = Array.from(new Set(cuts)).filter(function (c) { return c >= 0 && c <= text.length; }).sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var start = cuts[i], end = cuts[i + 1];
      var labels = spans.filter(function (sp) { return sp[0] <= start && end <= sp[1]; }).map(function (sp) { return sp[2]; });
      var kind = labels.indexOf("crisis") >= 0 ? "crisis"
        : labels.indexOf("self_criticism") >= 0 ? "harsh"
        : labels.some(function (l) { return l.indexOf("trap:") === 0; }) ? "trap" : null;
      var piece = text.slice(start, end);
      if (kind) {
        var mark = document.createElement("mark");
        mark.className = "hl hl-" + kind;
        mark.textContent = piece;
        container.appendChild(mark);
      } else {
        container.appendChild(document.createTextNode(piece));
      }
    }
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

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("textarea[data-analyze]").forEach(liveNotes);
    rangeOutputs();
    voices();
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
  });

  return { postJSON: postJSON, speak: speak, csrfToken: csrfToken };
})();
