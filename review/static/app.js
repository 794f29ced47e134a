// claimwire review: keyboard shortcuts. Served as a file so the
// Content-Security-Policy can forbid inline scripts.
//   j / k   next / previous claim (list: move the selection)
//   o, Enter open the selected claim (list)
//   1–5     give the verdict on the claim page
//   /       focus the search box (list)
//   u       back to the list (claim and speaker pages)
(function () {
  "use strict";

  // Drop the one-time ?saved= flag from the address bar, so a reload does
  // not announce the save again.
  if (window.history && window.history.replaceState) {
    var url = new URL(window.location.href);
    if (url.searchParams.has("saved")) {
      url.searchParams.delete("saved");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    }
  }

  // Remember "then open the next claim" between pages.
  var advance = document.getElementById("advance");
  if (advance) {
    try {
      advance.checked = window.localStorage.getItem("claimwire.advance") === "1";
      advance.addEventListener("change", function () {
        window.localStorage.setItem("claimwire.advance", advance.checked ? "1" : "0");
      });
    } catch (err) {
      // Storage may be disabled; the box then starts unchecked.
    }
  }

  function typing(e) {
    var t = e.target;
    if (!t || !t.tagName) return false;
    var tag = t.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || t.isContentEditable;
  }

  function follow(id) {
    var a = document.getElementById(id);
    if (a && a.href) window.location.href = a.href;
  }

  var page = document.body.getAttribute("data-page");
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.claims tr.row"));
  var selected = -1;

  function select(i) {
    if (!rows.length) return;
    i = Math.max(0, Math.min(rows.length - 1, i));
    if (selected >= 0) rows[selected].classList.remove("selected");
    selected = i;
    rows[i].classList.add("selected");
    rows[i].scrollIntoView({ block: "nearest" });
  }

  // Clicking anywhere on a row opens its claim.
  rows.forEach(function (row) {
    row.addEventListener("click", function (e) {
      if (e.target.closest("a")) return;
      window.location.href = row.getAttribute("data-href");
    });
  });

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape" && typing(e)) { e.target.blur(); return; }
    if (typing(e)) return;
    var k = e.key;
    if (page === "claim") {
      if (k === "j") { follow("next"); e.preventDefault(); return; }
      if (k === "k") { follow("prev"); e.preventDefault(); return; }
      if (k >= "1" && k <= "5") {
        var b = document.querySelector('button[data-key="' + k + '"]');
        if (b) { b.click(); e.preventDefault(); }
        return;
      }
      if (k === "u") { follow("back"); e.preventDefault(); return; }
      return;
    }
    if (page === "list" || page === "speaker") {
      if (k === "j") { select(selected + 1); e.preventDefault(); return; }
      if (k === "k") { select(selected - 1); e.preventDefault(); return; }
      if ((k === "o" || k === "Enter") && selected >= 0) {
        window.location.href = rows[selected].getAttribute("data-href");
        e.preventDefault();
        return;
      }
      if (k === "/") {
        var q = document.getElementById("f-q");
        if (q) { q.focus(); e.preventDefault(); }
        return;
      }
      if (k === "u" && page === "speaker") { follow("back"); e.preventDefault(); }
    }
  });
})();
