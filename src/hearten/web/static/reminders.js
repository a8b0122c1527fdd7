/* Reminders while a hearten tab is open: the quiet line on Home and, once allowed, the browser's own
   notifications. Nothing leaves this computer: the tab asks hearten itself what is due. Our own code. */
"use strict";

(function () {
  var MAX_WAIT = 6 * 60 * 60 * 1000; // look again at least every six hours
  var timers = [];

  function supported() { return "Notification" in window; }
  function allowed() { return supported() && Notification.permission === "granted"; }

  function ask() {
    return fetch("/api/reminders/now", { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });
  }

  function show(item) {
    // the tag keeps two open tabs from showing the same reminder twice
    var note = new Notification(item.title, { body: item.body, tag: "hearten-reminder-" + item.id, silent: true });
    note.onclick = function () { window.focus(); window.location.assign(item.url); note.close(); };
  }

  function fillLine(recent) {
    var line = document.querySelector("[data-reminder-line]");
    if (!line) { return; }
    line.textContent = "";
    // after a hard day hearten itself leaves out what it holds back (a questionnaire's reminder)
    recent = recent || [];
    if (!recent.length) { line.hidden = true; return; }
    var item = recent[recent.length - 1];
    line.appendChild(document.createTextNode(item.body + " "));
    var link = document.createElement("a");
    link.href = item.url;
    link.textContent = "Open it";
    line.appendChild(link);
    line.hidden = false;
  }

  function plan(data) {
    timers.forEach(clearTimeout);
    timers = [];
    if (!data) { return; }
    fillLine(data.recent);
    var next = MAX_WAIT;
    (data.upcoming || []).forEach(function (item) {
      var wait = item.in_seconds * 1000;
      if (wait < MAX_WAIT) {
        if (allowed()) { timers.push(setTimeout(function () { show(item); }, wait)); }
        next = Math.min(next, wait + 1500);
      }
    });
    timers.push(setTimeout(refresh, next));
  }

  function refresh() { ask().then(plan); }

  function settingsButton() {
    var button = document.querySelector("[data-notify-allow]");
    var status = document.querySelector("[data-notify-status]");
    if (!button || !status) { return; }
    function describe() {
      if (!supported()) { status.textContent = "This browser cannot show notifications; the line on Home still will."; return; }
      button.hidden = Notification.permission !== "default";
      status.textContent = Notification.permission === "granted" ? "Notifications are allowed in this browser."
        : Notification.permission === "denied" ? "This browser is set not to show hearten's notifications; you can change that in its site settings."
        : "";
    }
    button.addEventListener("click", function () {
      Notification.requestPermission().then(function () { describe(); refresh(); });
    });
    describe();
  }

  document.addEventListener("DOMContentLoaded", function () {
    settingsButton();
    if (allowed() || document.querySelector("[data-reminder-line]")) { refresh(); }
  });
})();
