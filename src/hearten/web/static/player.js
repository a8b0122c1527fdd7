/* The practice player: one step at a time, a countdown, bells from the Web Audio API,
   optional spoken guidance, pause and resume, and "this is too much" at every moment.
   The browser keeps time; at the end it sends what happened and the server records it. */
"use strict";

(function () {
  var root = document.getElementById("player");
  if (!root) { return; }
  var pace = parseFloat(root.dataset.pace) || 1;  // below 1 runs timers faster (tests, trying it out)
  var steps = Array.from(root.querySelectorAll(".step"));
  var phases = {};
  root.querySelectorAll(".phase").forEach(function (el) { phases[el.dataset.phase] = el; });
  var buttons = {};
  root.querySelectorAll("[data-action]").forEach(function (el) { buttons[el.dataset.action] = el; });
  var status = document.getElementById("player-status");
  var speakBox = document.getElementById("speak");

  var run = { index: -1, timings: {}, answers: {}, started: false, sent: false, paused: false,
              stepStart: 0, pausedAt: 0, bells: 0, frame: null, audio: null };

  function show(name) {
    Object.keys(phases).forEach(function (key) { phases[key].hidden = key !== name; });
  }

  function checked(name) {
    var el = root.querySelector('input[name="' + name + '"]:checked');
    return el ? parseInt(el.value, 10) : null;
  }

  // -- sound ---------------------------------------------------------------------------------
  function bell() {
    try {
      if (!run.audio) { run.audio = new (window.AudioContext || window.webkitAudioContext)(); }
      var ctx = run.audio, now = ctx.currentTime;
      [[1, 1, 1.6], [2.76, 0.35, 3.2], [5.4, 0.12, 6]].forEach(function (p) {
        var osc = ctx.createOscillator(), gain = ctx.createGain();
        osc.frequency.value = 528 * p[0];
        gain.gain.setValueAtTime(0.0001, now);
        gain.gain.linearRampToValueAtTime(0.18 * p[1], now + 0.01);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + Math.min(3, 4.5 / p[2]));
        osc.connect(gain);
        gain.connect(ctx.destination);
        osc.start(now);
        osc.stop(now + 3);
      });
    } catch (e) { /* no sound available: the countdown still shows */ }
  }

  function say(text) {
    if (speakBox && speakBox.checked && window.hearten) {
      window.hearten.speak(text, root.dataset.voice, root.dataset.rate);
    }
  }

  function quiet() {
    if ("speechSynthesis" in window) { window.speechSynthesis.cancel(); }
  }

  // -- time ----------------------------------------------------------------------------------
  function elapsed() {
    var now = run.paused ? run.pausedAt : performance.now();
    return (now - run.stepStart) / 1000 / pace;  // seconds of practice, in the practice's own time
  }

  function clock(seconds) {
    seconds = Math.max(0, Math.ceil(seconds));
    return Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
  }

  function tick() {
    run.frame = null;
    var step = steps[run.index];
    if (!step || step.dataset.kind !== "timed" || run.paused) { return; }
    var total = parseFloat(step.dataset.seconds);
    var every = parseFloat(step.dataset.bellEvery) || 0;
    var openEnded = step.dataset.openEnded === "yes";
    var spent = elapsed();
    while (every && (run.bells + 1) * every <= spent && (openEnded || (run.bells + 1) * every < total)) {
      run.bells += 1;
      bell();
    }
    var display = step.querySelector("[data-time]");
    if (openEnded) {
      display.textContent = clock(spent);
    } else {
      display.textContent = clock(total - spent);
      if (spent >= total) {
        run.timings[step.dataset.id] = total;
        bell();
        go(run.index + 1);
        return;
      }
    }
    run.frame = setTimeout(tick, Math.max(10, Math.min(250, 250 * pace)));
  }

  function leaveTimed() {
    var step = steps[run.index];
    if (step && step.dataset.kind === "timed") {
      var total = parseFloat(step.dataset.seconds);
      var spent = step.dataset.openEnded === "yes" ? elapsed() : Math.min(elapsed(), total);
      run.timings[step.dataset.id] = Math.max(run.timings[step.dataset.id] || 0, Math.round(spent * 1000) / 1000);
    }
    if (run.frame) { clearTimeout(run.frame); run.frame = null; }
  }

  // -- answers -------------------------------------------------------------------------------
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

  // -- moving between steps --------------------------------------------------------------------
  function go(index) {
    if (run.index >= 0) { collect(steps[run.index]); leaveTimed(); }
    quiet();
    run.paused = false;
    root.classList.remove("paused");
    buttons.pause.textContent = "Pause";
    if (index >= steps.length) {
      run.index = steps.length;
      show("end");
      phases.end.querySelector("h2").focus();
      say(phases.end.querySelector("h2").textContent);
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
    if (step.dataset.kind === "timed") {
      run.stepStart = performance.now();
      run.bells = 0;
      tick();
    }
  }

  function pauseOrResume() {
    if (!run.paused) {
      run.paused = true;
      run.pausedAt = performance.now();
      if (run.frame) { clearTimeout(run.frame); run.frame = null; }
      quiet();
      root.classList.add("paused");
      buttons.pause.textContent = "Resume";
      announce("Paused. Take all the time you need.");
    } else {
      run.stepStart += performance.now() - run.pausedAt;
      run.paused = false;
      root.classList.remove("paused");
      buttons.pause.textContent = "Pause";
      announce("");
      tick();
    }
  }

  function announce(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  // -- the length chosen before beginning, for a practice that offers lengths ------------------
  var length = { minutes: null, openEnded: false };

  function applyLength() {
    var picked = root.querySelector('input[name="length"]:checked');
    if (!picked) { return; }
    var adjustable = steps.filter(function (step) { return step.dataset.adjustable === "yes"; });
    var written = adjustable.reduce(function (sum, step) {
      step.dataset.writtenSeconds = step.dataset.writtenSeconds || step.dataset.seconds;
      return sum + parseFloat(step.dataset.writtenSeconds);
    }, 0);
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

  // -- ending ----------------------------------------------------------------------------------
  function send(outcome) {
    if (run.sent) { return Promise.resolve(null); }
    run.sent = true;
    var reached = Math.max(0, Math.min(run.index, steps.length));
    return window.hearten.postJSON("/api/sessions", {
      practice_id: root.dataset.practice,
      reached: reached,
      outcome: outcome,
      timings: run.timings,
      answers: run.answers,
      distress_before: checked("distress_before"),
      distress_after: outcome === "completed" ? checked("distress_after") : null,
      minutes: length.minutes,
      open_ended: length.openEnded,
    });
  }

  function tooMuch() {
    quiet();
    if (run.index >= 0 && run.index < steps.length) { collect(steps[run.index]); leaveTimed(); }
    var leave = function () { window.location.assign("/help?from=practice"); };
    if (!run.started) { leave(); return; }
    send("too_much").then(leave, leave);
  }

  function finish() {
    buttons.finish.disabled = true;
    send("completed").then(function (result) {
      window.location.assign(result.next);
    }, function () {
      buttons.finish.disabled = false;
      run.sent = false;
      announce("Your practice could not be saved just now. Please try Finish again.");
    });
  }

  buttons.start.addEventListener("click", function () {
    run.started = true;
    root.querySelector("[data-too-much-row]").hidden = false;
    applyLength();
    show("steps");
    go(0);
  });
  buttons.next.addEventListener("click", function () { go(run.index + 1); });
  buttons.back.addEventListener("click", function () { if (run.index > 0) { go(run.index - 1); } });
  buttons.pause.addEventListener("click", pauseOrResume);
  buttons["too-much"].addEventListener("click", tooMuch);
  buttons.finish.addEventListener("click", finish);
  document.addEventListener("keydown", function (event) {
    var step = steps[run.index];
    if (event.key === "Escape" && run.started && step && step.dataset.kind === "timed") { pauseOrResume(); }
  });
})();
