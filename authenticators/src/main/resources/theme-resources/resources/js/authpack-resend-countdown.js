// Keeps the "Resend code" button of authpack-phone-code-verify.ftl disabled until the realm's
// resend cooldown has passed, showing the seconds left. The server enforces the cooldown anyway;
// without JavaScript the button simply stays enabled.
(function () {
  var button = document.getElementById("kc-resend-code");
  if (!button) {
    return;
  }
  var left = parseInt(button.getAttribute("data-resend-in"), 10) || 0;
  var label = button.getAttribute("data-label");
  var countdownLabel = button.getAttribute("data-countdown-label");

  function render() {
    button.disabled = left > 0;
    button.textContent = left > 0 ? countdownLabel.replace("{0}", String(left)) : label;
  }

  render();
  if (left > 0) {
    var timer = setInterval(function () {
      left -= 1;
      render();
      if (left <= 0) {
        clearInterval(timer);
      }
    }, 1000);
  }
})();
