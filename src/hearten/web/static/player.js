/* The practice player: one step at a time, a countdown, bells from the Web Audio API,
   optional spoken guidance, pause and resume, "end here" and "this is too much" at every moment.
   The browser keeps time; at the end it sends what happened and the server records it.

   Time survives a hidden tab or a locked phone: every bell is scheduled ahead on the audio
   clock (which browsers do not throttle), the display is worked out from when each step began
   (never by counting ticks), and the screen is kept awake while a practice runs where the
   browser allows it. */
"use strict";

(function () {
  var root = document.getElementById("player");
  if (!root) { return; }
  var pace = parseFloat(root.dataset.pace) || 1;  // below 1 runs timers faster (tests, trying it out)
  var steps = Array.from(root.querySelectorAll(".step"));
  var phases = {};
  root.querySelectorAll(".phase").forEach(function (el) { phases[el.dataset.phase] = el; });
  var buttons = {};
  document.querySelectorAll("[data-action]").forEach(function (el) { buttons[el.dataset.action] = el; });
  var status = document.getElementById("player-status");
  var speakBox = document.getElementById("speak");
  var bellBox = document.getElementById("bell-on");
  var volumeInput = document.getElementById("bell-volume");
  var intervalInput = document.getElementById("bell-interval");
  var leaveDialog = document.getElementById("leave-dialog");
  var HORIZON = 15 * 60 * 1000;  // bells are scheduled this far ahead (real ms); a hidden tab still ticks once a minute

  var run = { index: -1, timings: {}, answers: {}, started: false, sent: false, paused: false, endedEarly: false,
              stepStart: 0, pausedAt: 0, frame: null, audio: null, scheduled: {}, log: [], wakeLock: null,
              leaveTo: null, pausedForDialog: false };

  function show(name) {
    Object.keys(phases).forEach(function (key) { phases[key].hidden = key !== name; });
  }

  function checked(name) {
    var el = root.querySelector('input[name="' + name + '"]:checked');
    return el ? parseInt(el.value, 10) : null;
  }

  // -- sound: bells scheduled on the audio clock -------------------------------------------------
  function audio() {
    if (!run.audio) {
      var Context = window.AudioContext || window.webkitAudioContext;
      if (!Context) { return null; }
      try { run.audio = new Context(); } catch (e) { return null; }
    }
    if (run.audio.state === "suspended") { run.audio.resume().catch(function () {}); }
    return run.audio;
  }

  function bellOn() { return !bellBox || bellBox.checked; }
  function volume() { return volumeInput ? Math.max(0, Math.min(100, parseFloat(volumeInput.value) || 0)) / 100 : 0.6; }

  // One bell at audio time `when`: a few inharmonic partials, decaying. Returns its nodes.
  function bellAt(ctx, when) {
    var level = 0.3 * volume(), nodes = [];
    if (level <= 0) { return nodes; }
    [[1, 1, 1.6], [2.76, 0.35, 3.2], [5.4, 0.12, 6]].forEach(function (p) {
      var osc = ctx.createOscillator(), gain = ctx.createGain();
      osc.frequency.value = 528 * p[0];
      gain.gain.setValueAtTime(0.0001, when);
      gain.gain.linearRampToValueAtTime(level * p[1], when + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, when + Math.min(3, 4.5 / p[2]));
      osc.connect(gain);
      gain.connect(ctx.destination);
      osc.start(when);
      osc.stop(when + 3);
      nodes.push(osc);
    });
    return nodes;
  }

  // The bells still to come from the current step on, through the timed steps that follow it
  // without a pause for the person: [{key, step, kind, offset (practice seconds into its step), at (real ms), start}].
  function upcoming() {
    var out = [], index = run.index, start = run.stepStart, limit = performance.now() + HORIZON;
    while (index >= 0 && index < steps.length && steps[index].dataset.kind === "timed") {
      var step = steps[index], total = parseFloat(step.dataset.seconds);
      var every = parseFloat(step.dataset.bellEvery) || 0, open = step.dataset.openEnded === "yes";
      for (var k = 1; every && (open || k * every < total - 1e-9); k++) {
        var at = start + k * every * 1000 * pace;
        if (at > limit) { break; }
        out.push({ key: index + ":" + k, step: step.dataset.id, kind: "interval", offset: k * every, at: at, start: start });
      }
      if (open) { break; }
      var end = start + total * 1000 * pace;
      if (end > limit) { break; }
      out.push({ key: index + ":end", step: step.dataset.id, kind: "end", offset: total, at: end, start: start });
      index += 1;
      start = end;  // the next timed step begins exactly when this one ends
    }
    return out;
  }

  function schedule() {
    if (run.paused || !bellOn()) { return; }
    var ctx = audio();
    if (!ctx) { return; }
    var now = performance.now(), audioNow = ctx.currentTime;
    upcoming().forEach(function (bell) {
      if (run.scheduled[bell.key] || bell.at < now - 1000) { return; }  // already there, or long gone
      var when = audioNow + Math.max(0, bell.at - now) / 1000;
      run.scheduled[bell.key] = { at: bell.at, nodes: bellAt(ctx, when) };
      run.log.push({ key: bell.key, step: bell.step, kind: bell.kind, offset: bell.offset, when: when,
                     origin: audioNow + (bell.start - now) / 1000, scheduled_at: audioNow, pace: pace, cancelled: false });
    });
    root.dataset.bells = JSON.stringify(run.log);  // read by the browser test that checks the schedule
  }

  // Bells not yet rung are taken back (pause, moving on early, stopping); a bell already sounding finishes.
  function cancelBells() {
    var now = performance.now();
    Object.keys(run.scheduled).forEach(function (key) {
      var bell = run.scheduled[key];
      if (bell.at > now) {
        bell.nodes.forEach(function (node) { try { node.stop(0); } catch (e) { /* already stopped */ } });
        run.log.forEach(function (entry) { if (entry.key === key && !entry.cancelled) { entry.cancelled = true; } });
      }
      delete run.scheduled[key];
    });
    root.dataset.bells = JSON.stringify(run.log);
  }

  function say(text) {
    if (speakBox && speakBox.checked && window.hearten) {
      window.hearten.speak(text, root.dataset.voice, root.dataset.rate);
    }
  }

  function quiet() {
    if ("speechSynthesis" in window) { window.speechSynthesis.cancel(); }
  }

  // -- keeping the screen awake --------------------------------------------------------------------
  function holdScreen() {
    if (!("wakeLock" in navigator)) { root.dataset.wakeLock = "unavailable"; return; }
    if (run.wakeLock || document.visibilityState !== "visible") { return; }
    navigator.wakeLock.request("screen").then(function (lock) {
      run.wakeLock = lock;
      root.dataset.wakeLock = "held";
      lock.addEventListener("release", function () {
        run.wakeLock = null;
        if (root.dataset.wakeLock === "held") { root.dataset.wakeLock = "released"; }
      });
    }, function () { root.dataset.wakeLock = "refused"; });  // low battery, or not allowed: the practice goes on
  }

  function letScreenSleep() {
    if (run.wakeLock) { run.wakeLock.release().catch(function () {}); run.wakeLock = null; }
    root.dataset.wakeLock = "released";
  }

  function underWay() { return run.started && !run.sent; }

  // -- time ----------------------------------------------------------------------------------------
  function elapsed() {
    var now = run.paused ? run.pausedAt : performance.now();
    return (now - run.stepStart) / 1000 / pace;  // seconds of practice, in the practice's own time
  }

  function clock(seconds) {
    seconds = Math.max(0, Math.ceil(seconds - 1e-6));
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function timedStep() {
    var step = steps[run.index];
    return step && step.dataset.kind === "timed" ? step : null;
  }

  // Bring everything up to date from the start times: every timer already over moves on, at the
  // moment it ended (so a late tick never makes the next step late), then the display is redrawn.
  function tick() {
    if (run.frame) { clearTimeout(run.frame); run.frame = null; }
    if (run.paused || !underWay() || run.endedEarly) { return; }
    var step;
    while ((step = timedStep()) && step.dataset.openEnded !== "yes") {
      var total = parseFloat(step.dataset.seconds);
      var end = run.stepStart + total * 1000 * pace;
      if (performance.now() < end) { break; }
      run.timings[step.dataset.id] = total;
      enter(run.index + 1, end);
    }
    step = timedStep();
    if (!step) { return; }
    var spent = elapsed(), display = step.querySelector("[data-time]");
    var open = step.dataset.openEnded === "yes";
    display.textContent = open ? clock(Math.floor(spent)) : clock(parseFloat(step.dataset.seconds) - spent);
    schedule();
    run.frame = setTimeout(tick, Math.max(10, Math.min(250, 250 * pace)));
  }

  function leaveTimed() {
    var step = timedStep();
    if (step) {
      var total = parseFloat(step.dataset.seconds);
      var spent = step.dataset.openEnded === "yes" ? elapsed() : Math.min(elapsed(), total);
      run.timings[step.dataset.id] = Math.max(run.timings[step.dataset.id] || 0, Math.round(spent * 1000) / 1000);
    }
    if (run.frame) { clearTimeout(run.frame); run.frame = null; }
    cancelBells();
  }

  // -- answers -------------------------------------------------------------------------------------
  function collect(step) {
    if (!step) { return; }
    var id = step.dataset.id, kind = step.dataset.kind, value = null;
    if (kind === "prompt") {
      value = step.querySelector("textarea").value.trim() || null;
    } else if (kind === "choice" || kind === "rating") {
      var picked = step.querySelector("input:checked");
      value = picked ? (kind === "rating" ? parseInt(picked.value, 10) : picked.value) : null;
    }
    if (kind === "prompt" || kind === "choice" || kind === "rating") {
      if (value === null) { delete run.answers[id]; } else { run.answers[id] = value; }
      root.querySelectorAll('[data-echo="' + id + '"]').forEach(function (echo) {
        echo.textContent = value === null ? echo.dataset.fallback : echoed(echo, String(value));
      });
    }
  }

  // An answer's own full stop does not double the punctuation after it, as in the terminal.
  function echoed(echo, text) {
    var next = echo.nextSibling;
    if (next && /^[.,;:?!]/.test(next.textContent || "")) { return text.replace(/[.,;:?!\s]+$/, "") || text; }
    return text;
  }

  // -- moving between steps ----------------------------------------------------------------------
  function setPaused(paused) {
    run.paused = paused;
    root.classList.toggle("paused", paused);
    buttons.pause.textContent = paused ? "Resume" : "Pause";
    buttons.pause.setAttribute("aria-pressed", paused ? "true" : "false");
  }

  // The person moves (Next, Back): what they were on ends now.
  function go(index) {
    if (run.index >= 0 && run.index < steps.length) { collect(steps[run.index]); leaveTimed(); }
    enter(index, performance.now());
  }

  // Show step `index`, begun at `start` (performance.now() ms): now, or when the timer before it ended.
  function enter(index, start) {
    quiet();
    setPaused(false);
    if (index >= steps.length) {
      run.index = steps.length;
      if (run.frame) { clearTimeout(run.frame); run.frame = null; }
      showEnd(false);
      return;
    }
    run.index = index;
    steps.forEach(function (el, i) { el.hidden = i !== index; });
    var step = steps[index];
    root.querySelector("[data-step-number]").textContent = String(index + 1);
    root.querySelector("[data-progress-fill]").style.width = (100 * index / steps.length) + "%";
    buttons.back.disabled = index === 0;
    buttons.next.textContent = index === steps.length - 1 ? "Finish the steps" : (step.dataset.kind === "timed" ? "Move on" : "Next");
    buttons.pause.hidden = step.dataset.kind !== "timed";
    step.querySelector(".step-heading").focus();
    say(step.querySelector(".step-text").textContent);
    run.stepStart = start;
  }

  // Grounding's last answer "Still very upset": the end screen does not congratulate, and the lines come first.
  function stillUpset(heading) {
    var step = heading.dataset.stillUpsetStep;
    return Boolean(step) && run.answers[step] === heading.dataset.stillUpsetAnswer;
  }

  function showEnd(early) {
    run.endedEarly = early;
    var heading = phases.end.querySelector("h2");
    var upset = stillUpset(heading), help = phases.end.querySelector("[data-still-upset]");
    heading.textContent = upset ? heading.dataset.stillUpsetHeading
      : (early ? "You stopped here, and that is fine" : "You gave yourself this time");
    if (help) { help.hidden = !upset; }
    phases.end.querySelector("[data-early-note]").hidden = !early || upset;
    buttons["end-here"].hidden = true;
    show("end");
    heading.focus();
    say(heading.textContent);
  }

  function pauseOrResume() {
    if (!timedStep() || !underWay() || run.endedEarly) { return; }
    if (!run.paused) {
      run.pausedAt = performance.now();
      setPaused(true);
      if (run.frame) { clearTimeout(run.frame); run.frame = null; }
      cancelBells();
      quiet();
      announce("Paused. Take all the time you need.");
    } else {
      run.stepStart += performance.now() - run.pausedAt;
      setPaused(false);
      announce("");
      tick();
    }
  }

  function announce(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  // -- the length and bells chosen before beginning ---------------------------------------------
  var length = { minutes: null, openEnded: false };

  function applyChoices() {
    var adjustable = steps.filter(function (step) { return step.dataset.adjustable === "yes"; });
    var interval = intervalInput ? parseFloat(intervalInput.value) || 0 : null;
    adjustable.forEach(function (step) {
      step.dataset.writtenSeconds = step.dataset.writtenSeconds || step.dataset.seconds;
      if (interval !== null) { step.dataset.bellEvery = interval ? String(interval * 60) : ""; }
    });
    var picked = root.querySelector('input[name="length"]:checked');
    if (!picked) { return; }
    var written = adjustable.reduce(function (sum, step) { return sum + parseFloat(step.dataset.writtenSeconds); }, 0);
    length.openEnded = picked.value === "open";
    length.minutes = length.openEnded ? null : parseFloat(picked.value);
    adjustable.forEach(function (step) {
      var share = parseFloat(step.dataset.writtenSeconds) / written;  // as the engine shares a length out
      var seconds = length.openEnded ? parseFloat(step.dataset.writtenSeconds) : length.minutes * 60 * share;
      step.dataset.seconds = String(seconds);
      step.dataset.openEnded = length.openEnded ? "yes" : "";
      step.querySelector("[data-time]").textContent = clock(length.openEnded ? 0 : seconds);
      step.querySelector("[data-timer-note]").textContent = length.openEnded ? "as long as you like" : "remaining";
    });
  }

  // Kept as settings, so next time begins the same way (nothing waits for it).
  function rememberChoices() {
    var choices = {};
    if (bellBox) { choices.bell = bellBox.checked; }
    if (volumeInput) { choices.bell_volume = Math.round(parseFloat(volumeInput.value) || 0); }
    if (intervalInput) { choices.bell_interval = parseFloat(intervalInput.value) || 0; }
    var picked = root.querySelector('input[name="length"]:checked');
    if (picked) { choices.practice_length = picked.value; }
    if (Object.keys(choices).length && window.hearten) {
      window.hearten.postJSON("/practices/choices", choices).catch(function () { /* the practice goes on */ });
    }
  }

  // -- ending --------------------------------------------------------------------------------------
  // Asked before beginning, or given just before on another page (a check-in's distress, ?distress=8).
  function distressBefore() {
    var asked = checked("distress_before"), given = parseInt(root.dataset.distressBefore, 10);
    return asked !== null ? asked : (given >= 0 && given <= 10 ? given : null);
  }

  function sessionBody(outcome) {
    return {
      practice_id: root.dataset.practice,
      reached: Math.max(0, Math.min(run.index, steps.length)),
      outcome: outcome,
      timings: run.timings,
      answers: run.answers,
      distress_before: distressBefore(),
      distress_after: outcome === "too_much" ? null : checked("distress_after"),
      minutes: length.minutes,
      open_ended: length.openEnded,
    };
  }

  function send(outcome) {
    if (run.sent) { return Promise.resolve(null); }
    run.sent = true;
    letScreenSleep();
    return window.hearten.postJSON("/api/sessions", sessionBody(outcome));
  }

  // Leaving by closing or reloading: the partial session goes with the page (keepalive outlives it).
  function sendAsTheyLeave() {
    if (!underWay()) { return; }
    stopHere();
    run.sent = true;
    try {
      fetch("/api/sessions", { method: "POST", keepalive: true, credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": window.hearten.csrfToken() },
        body: JSON.stringify(sessionBody("stopped")) });
    } catch (e) { /* nothing more can be done as the page goes */ }
  }

  function stopHere() {
    quiet();
    if (run.index >= 0 && run.index < steps.length) {
      if (run.paused) { run.stepStart += performance.now() - run.pausedAt; run.pausedAt = 0; setPaused(false); }
      collect(steps[run.index]);
      leaveTimed();
    }
  }

  function tooMuch() {
    quiet();
    // Which practice was too much: after grounding itself, the help page does not offer grounding again.
    var leave = function () {
      window.location.assign("/help?from=practice&practice=" + encodeURIComponent(root.dataset.practice));
    };
    if (!run.started) { leave(); return; }
    if (!run.sent) { stopHere(); }
    send("too_much").then(leave, leave);
  }

  function endHere() {
    if (!underWay() || run.endedEarly) { return; }
    stopHere();
    showEnd(true);
  }

  function finish() {
    buttons.finish.disabled = true;
    send(run.endedEarly ? "stopped" : "completed").then(function (result) {
      window.location.assign(result ? result.next : "/practices/history");
    }, function () {
      buttons.finish.disabled = false;
      run.sent = false;
      announce("Your practice could not be saved just now. Please try Finish again.");
    });
  }

  // -- leaving by a link: ask first, and keep what was done ------------------------------------
  function askBeforeLeaving(href) {
    run.leaveTo = href;
    run.pausedForDialog = !!timedStep() && !run.paused && !run.endedEarly;
    if (run.pausedForDialog) { pauseOrResume(); }
    if (leaveDialog && leaveDialog.showModal) {
      leaveDialog.showModal();
    } else if (window.confirm("Leave the practice? What you have done so far will be kept.")) {
      leaveNow();
    } else {
      stay();
    }
  }

  function leaveNow() {
    var href = run.leaveTo;
    var go = function () { window.location.assign(href); };
    stopHere();
    send("stopped").then(go, go);
  }

  function stay() {
    if (leaveDialog && leaveDialog.open) { leaveDialog.close(); }
    if (run.pausedForDialog && run.paused) { pauseOrResume(); }
    run.pausedForDialog = false;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || !underWay() || event.defaultPrevented || link.target === "_blank" || link.hasAttribute("download")) { return; }
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) { return; }
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#") { return; }
    event.preventDefault();
    if (link.pathname === "/help") { run.leaveTo = link.href; leaveNow(); return; }  // help is never behind a question
    askBeforeLeaving(link.href);
  }, true);

  window.addEventListener("beforeunload", function (event) {
    if (!underWay()) { return; }
    event.preventDefault();
    event.returnValue = "";  // the browser asks in its own words
  });
  window.addEventListener("pagehide", sendAsTheyLeave);
  // Back to a page kept in the browser's memory after its session was saved: start afresh.
  window.addEventListener("pageshow", function (event) { if (event.persisted && run.sent) { window.location.reload(); } });

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "visible" || !underWay()) { return; }
    if (run.audio && run.audio.state === "suspended") { run.audio.resume().catch(function () {}); }
    holdScreen();  // a wake lock is let go while the page is hidden: take it again
    tick();        // bring the display up to date from the start times
  });

  // -- wiring --------------------------------------------------------------------------------------
  function beginSteps(fromButton) {
    if (run.started) { return; }
    run.started = true;
    document.querySelector("[data-stop-row]").hidden = false;
    applyChoices();
    if (fromButton) { rememberChoices(); }
    if (bellOn()) { audio(); }  // made inside the click, so the browser lets it play later
    holdScreen();
    show("steps");
    go(0);
    tick();
  }
  buttons.start.addEventListener("click", function () { beginSteps(true); });
  buttons.next.addEventListener("click", function () { go(run.index + 1); tick(); });
  buttons.back.addEventListener("click", function () { if (run.index > 0) { go(run.index - 1); tick(); } });
  buttons.pause.addEventListener("click", pauseOrResume);
  buttons["too-much"].addEventListener("click", tooMuch);
  buttons["end-here"].addEventListener("click", endHere);
  buttons.finish.addEventListener("click", finish);
  if (buttons["try-bell"]) {
    buttons["try-bell"].addEventListener("click", function () {
      var ctx = audio();
      if (ctx) { bellAt(ctx, ctx.currentTime + 0.05); }
    });
  }
  if (leaveDialog) {
    leaveDialog.querySelector("[data-leave]").addEventListener("click", function () { leaveDialog.close(); leaveNow(); });
    leaveDialog.querySelector("[data-stay]").addEventListener("click", stay);
    leaveDialog.addEventListener("cancel", function (event) { event.preventDefault(); stay(); });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && timedStep() && !(leaveDialog && leaveDialog.open)) { pauseOrResume(); }
  });

  // Started from a "start grounding" button (?begin=now): one action, so the steps begin straight away,
  // with no choices asked first. The browser lets sound play only after a tap on this page: the first one
  // wakes the bells.
  if (root.dataset.begin === "now") {
    var wake = function () {
      if (run.audio && run.audio.state === "suspended") { run.audio.resume().catch(function () {}); }
    };
    document.addEventListener("pointerdown", wake, { once: true });
    document.addEventListener("keydown", wake, { once: true });
    beginSteps(false);
  }
})();
