// The landscape embed's only script (served by us; the page allows no inline script):
// a click on a tile shows that product's card, which the server already rendered hidden.
(function () {
  "use strict";
  var open = null;
  function show(id) {
    if (open) { open.hidden = true; }
    open = document.getElementById(id);
    if (open) { open.hidden = false; open.querySelector(".close").focus(); }
  }
  document.addEventListener("click", function (event) {
    var tile = event.target.closest(".tile");
    if (tile) { show(tile.getAttribute("aria-controls")); return; }
    if (event.target.closest(".close") && open) { open.hidden = true; open = null; }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && open) { open.hidden = true; open = null; }
  });
  document.documentElement.classList.add("js");
})();
