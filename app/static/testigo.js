// Testigo: quick exit everywhere, and a smoother chat when JavaScript is on.
// Every page works without this file; nothing here loads anything from another origin.
(function () {
  "use strict";

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    var url = document.body.getAttribute("data-quick-exit-url") || "about:blank";
    // Blank the page first so nothing stays on screen, then replace this history entry
    // so the back button does not return here.
    document.title = "";
    document.body.innerHTML = "";
    window.location.replace(url);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") { quickExit(event); }
  });
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (target) { quickExit(event); }
  });

  var form = document.getElementById("chat-form");
  if (!form || !window.fetch || !window.JSON) { return; }
  var log = document.getElementById("chat-log");
  var input = document.getElementById("chat-input");
  var choices = document.getElementById("chat-choices");
  var fileInput = document.getElementById("chat-file");
  var status = document.getElementById("chat-status");
  var session = form.querySelector("input[name=session]");
  var busy = false;

  function addMessage(kind, text) {
    var item = document.createElement("li");
    item.className = "msg " + kind;
    item.textContent = text;
    log.appendChild(item);
    item.scrollIntoView({ block: "end" });
  }

  function showChoices(list) {
    choices.textContent = "";
    (list || []).forEach(function (choice) {
      var button = document.createElement("button");
      button.type = "submit";
      button.name = "choice";
      button.value = choice.value;
      button.className = "choice";
      button.textContent = choice.value + ". " + choice.label;
      choices.appendChild(button);
    });
  }

  function showReceipt(receipt) {
    var box = document.getElementById("receipt");
    if (!box || !receipt) { return; }
    box.querySelector(".number").textContent = receipt;
    box.hidden = false;
    form.hidden = true;
    box.focus();
  }

  form.addEventListener("submit", function (event) {
    // Files still go through the plain form post, which handles uploads.
    if (fileInput && fileInput.files && fileInput.files.length) { return; }
    event.preventDefault();
    if (busy) { return; }
    var submitter = event.submitter;
    var text = input.value;
    if (submitter && submitter.name === "choice") { text = submitter.value; }
    if (submitter && submitter.name === "skip") { text = form.getAttribute("data-skip-word"); }
    if (!text.trim()) { input.focus(); return; }
    busy = true;
    status.textContent = form.getAttribute("data-sending");
    addMessage("resident", submitter && submitter.name === "choice" ? submitter.textContent : text);
    input.value = "";
    fetch(form.getAttribute("data-api"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ session: session.value, text: text, locale: form.getAttribute("data-locale") })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      busy = false;
      status.textContent = "";
      if (!result.ok) {
        if (result.body && result.body.error && result.body.error.code === "session_invalid") {
          window.location.assign(form.getAttribute("data-restart"));
          return;
        }
        status.textContent = form.getAttribute("data-failed");
        return;
      }
      var body = result.body;
      session.value = body.session;
      var last = null;
      body.messages.forEach(function (message) { addMessage("bot", message.text); last = message; });
      showChoices(last ? last.choices : []);
      if (body.receipt) { showReceipt(body.receipt); }
      input.focus();
    }).catch(function () {
      busy = false;
      status.textContent = form.getAttribute("data-failed");
    });
  });
}());
