/* The fillable audit form (FORMAT §7.8): a draft kept in this browser's localStorage, a live score, and
   "Download CSV" in the `handbook audit --results` format. No network, no eval, no innerHTML: every text
   reaches the page through textContent. The page's configuration is the JSON of #audit-config. */
(function () {
  "use strict";
  var form = document.getElementById("audit");
  var config = JSON.parse(document.getElementById("audit-config").textContent);
  var words = config.labels;
  var FIELDS = ["audit_id", "date", "employee", "location", "auditor", "visit", "scenario"];
  var REQUIRED = ["audit_id", "date", "employee", "location"];
  var HEADER = ["audit_id", "date", "employee", "role", "location", "item", "result", "comment"];
  var OPTIONAL = ["auditor", "visit", "scenario"];  // FORMAT §7.1: columns added when filled in
  var status = document.getElementById("form-status");
  var answered = document.getElementById("answered-count");
  var scoreOut = document.getElementById("live-score");
  var draftNote = document.getElementById("draft-note");

  var storage = null;
  try {
    storage = window.localStorage;
    storage.setItem(config.storageKey + ":probe", "1");
    storage.removeItem(config.storageKey + ":probe");
  } catch (e) {
    storage = null;
  }
  document.documentElement.classList.add("js");

  function field(name) {
    return form.elements.namedItem(name);
  }

  function choice(item) {
    var checked = form.querySelector('input[type="radio"][name="' + CSS.escape(item.id) + '"]:checked');
    return checked ? checked.value : "";
  }

  function comment(item) {
    var input = field(item.id + ":comment");
    return input ? input.value.trim() : "";
  }

  function snapshot() {
    var data = {fields: {}, answers: {}, comments: {}};
    FIELDS.forEach(function (name) { data.fields[name] = field(name).value; });
    config.items.forEach(function (item) {
      var value = choice(item);
      if (value) { data.answers[item.id] = value; }
      var input = field(item.id + ":comment");
      if (input && input.value) { data.comments[item.id] = input.value; }
    });
    return data;
  }

  function restore(data) {
    FIELDS.forEach(function (name) {
      if (data.fields && typeof data.fields[name] === "string") { field(name).value = data.fields[name]; }
    });
    config.items.forEach(function (item) {
      var value = data.answers && data.answers[item.id];
      form.querySelectorAll('input[type="radio"][name="' + CSS.escape(item.id) + '"]').forEach(function (radio) {
        radio.checked = radio.value === value;
      });
      var input = field(item.id + ":comment");
      if (input && data.comments && typeof data.comments[item.id] === "string") { input.value = data.comments[item.id]; }
    });
  }

  function save() {
    if (!storage) { return; }
    try {
      storage.setItem(config.storageKey, JSON.stringify(snapshot()));
    } catch (e) {
      draftNote.textContent = words.draft_unavailable;
    }
  }

  function load() {
    if (!storage) { return false; }
    var raw = storage.getItem(config.storageKey);
    if (!raw) { return false; }
    try {
      restore(JSON.parse(raw));
    } catch (e) {
      return false;
    }
    return true;
  }

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function fresh() {
    field("date").value = today();
    var random = Math.floor(Math.random() * 46656).toString(36);
    field("audit_id").value = config.role + "-" + today().replace(/-/g, "") + "-" + ("000" + random).slice(-3);
  }

  /* FORMAT §6: 100 × Σw(yes) / Σw(yes or no); a critical `no` applies the critical_fail policy. */
  function score() {
    var yes = 0, asked = 0, criticalNo = false;
    config.items.forEach(function (item) {
      var value = choice(item), weight = config.weights[item.severity];
      if (value === "yes") { yes += weight; asked += weight; }
      if (value === "no") {
        asked += weight;
        if (item.severity === "critical") { criticalNo = true; }
      }
    });
    if (asked === 0) { return null; }
    var raw = 100 * yes / asked;
    if (criticalNo && config.criticalFail === "zero") { return 0; }
    if (criticalNo && typeof config.criticalFail === "number") { return Math.min(raw, config.criticalFail); }
    return raw;
  }

  function refresh() {
    var count = config.items.filter(function (item) { return choice(item); }).length;
    answered.textContent = count + " / " + config.items.length;
    var value = score();
    scoreOut.textContent = value === null ? "—" : value.toLocaleString(config.lang, {
      minimumFractionDigits: 1, maximumFractionDigits: 1
    });
    scoreOut.classList.toggle("below", value !== null && value < config.passMark);
  }

  function say(message, target) {
    status.textContent = message;
    status.hidden = !message;
    if (target) { target.focus(); }
  }

  function cell(value) {
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  function safeName(value) {
    return value.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80);
  }

  function problems() {
    var missing = REQUIRED.filter(function (name) { return !field(name).value.trim(); });
    if (missing.length) {
      return {message: words.fill_in + " " + missing.map(function (n) { return words[n]; }).join(", "),
              target: field(missing[0])};
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(field("date").value.trim())) {
      return {message: words.bad_date, target: field("date")};
    }
    var orphan = config.items.filter(function (item) { return comment(item) && !choice(item); })[0];
    if (orphan) {
      return {message: words.comment_unanswered + " " + orphan.id,
              target: form.querySelector('input[type="radio"][name="' + CSS.escape(orphan.id) + '"]')};
    }
    if (!config.items.some(function (item) { return choice(item); })) {
      var first = form.querySelector('input[type="radio"]');
      return {message: words.nothing_answered, target: first};
    }
    return null;
  }

  function csv() {
    var head = {};
    FIELDS.forEach(function (name) { head[name] = field(name).value.trim(); });
    var header = HEADER.concat(OPTIONAL.filter(function (name) { return head[name]; }));
    var lines = [header.join(",")];
    config.items.forEach(function (item) {
      var value = choice(item);
      if (!value) { return; }
      var row = {audit_id: head.audit_id, date: head.date, employee: head.employee, role: config.role,
                 location: head.location, item: item.id, result: value, comment: comment(item),
                 auditor: head.auditor, visit: head.visit, scenario: head.scenario};
      lines.push(header.map(function (name) { return cell(row[name]); }).join(","));
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  function download() {
    var problem = problems();
    if (problem) {
      say(problem.message, problem.target);
      return;
    }
    say("");
    var blob = new Blob([csv()], {type: "text/csv;charset=utf-8"});
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = safeName(field("audit_id").value.trim()) + "-" + config.role + ".csv";
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    draftNote.textContent = words.downloaded;
  }

  function clearAll() {
    if (!window.confirm(words.confirm_clear)) { return; }
    form.reset();
    if (storage) { storage.removeItem(config.storageKey); }
    fresh();
    save();
    refresh();
    say("");
    draftNote.textContent = storage ? words.draft_saved : words.draft_unavailable;
    field("employee").focus();
  }

  if (!load()) { fresh(); }
  var params = new URLSearchParams(window.location.search);
  if (params.get("scenario") && !field("scenario").value) { field("scenario").value = params.get("scenario"); }
  save();
  refresh();
  draftNote.textContent = storage ? words.draft_saved : words.draft_unavailable;
  form.addEventListener("input", function () { save(); refresh(); });
  form.addEventListener("change", function () { save(); refresh(); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("download-csv").addEventListener("click", download);
  document.getElementById("clear-form").addEventListener("click", clearAll);
}());
