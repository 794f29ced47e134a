// The Meridian Ledger – demo script: cookie banner and share buttons.
document.addEventListener("click", function (e) {
  if (e.target.matches(".cc-accept, .cc-reject")) {
    document.getElementById("cookie-consent").hidden = true;
  }
});
