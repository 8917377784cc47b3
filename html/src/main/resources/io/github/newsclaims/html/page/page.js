"use strict";
(function () {
  var shown = [];
  var owner = null;
  var hideTimer = 0;

  function cardsOf(el) {
    var ids = (el.getAttribute("data-card") || "").split(" ");
    var cards = [];
    for (var i = 0; i < ids.length; i++) {
      var card = ids[i] && document.getElementById(ids[i]);
      if (card) { cards.push(card); }
    }
    return cards;
  }

  function hide() {
    for (var i = 0; i < shown.length; i++) { shown[i].hidden = true; }
    shown = [];
    if (owner) { owner.classList.remove("active"); owner = null; }
  }

  function show(el) {
    clearTimeout(hideTimer);
    if (owner === el) { return; }
    hide();
    var rect = el.getBoundingClientRect();
    var top = rect.bottom + window.scrollY + 6;
    var cards = cardsOf(el);
    for (var i = 0; i < cards.length; i++) {
      var card = cards[i];
      card.hidden = false;
      var width = card.offsetWidth;
      var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
      card.style.left = left + "px";
      card.style.top = top + "px";
      top += card.offsetHeight + 6;
      shown.push(card);
    }
    owner = el;
    el.classList.add("active");
  }

  function markOf(node) {
    return node && node.closest ? node.closest("mark[data-card]") : null;
  }

  function firstFragment(el) {
    var id = el.getAttribute("data-mark");
    return document.querySelector('mark[data-mark="' + id + '"]:not([data-part])') || el;
  }

  document.addEventListener("focusin", function (event) {
    var el = markOf(event.target);
    if (el) { show(el); } else if (!(event.target.closest && event.target.closest(".card"))) { hide(); }
  });
  document.addEventListener("mouseover", function (event) {
    var el = markOf(event.target);
    if (el) { show(firstFragment(el)); return; }
    if (event.target.closest && event.target.closest(".card")) { clearTimeout(hideTimer); }
  });
  document.addEventListener("mouseout", function (event) {
    if (markOf(event.target) || (event.target.closest && event.target.closest(".card"))) {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(function () {
        if (!(document.activeElement && markOf(document.activeElement))) { hide(); }
      }, 400);
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("href").slice(1));
    if (target && target.matches("mark[tabindex]")) {
      event.preventDefault();
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
  });
  window.addEventListener("resize", function () {
    if (owner) { var el = owner; owner = null; show(el); }
  });

  var form = document.getElementById("filters");
  var count = document.getElementById("filter-count");
  function applyFilters() {
    var source = form.elements.source.value;
    var kind = form.elements.kind.value;
    var certainty = form.elements.certainty.value;
    var visible = {};
    var total = 0;
    var shownClaims = 0;
    var entries = document.querySelectorAll(".group li[data-claim-index]");
    for (var i = 0; i < entries.length; i++) {
      var li = entries[i];
      var match = (!source || li.getAttribute("data-source") === source)
        && (!kind || li.getAttribute("data-kind") === kind)
        && (!certainty || li.getAttribute("data-certainty") === certainty);
      li.hidden = !match;
      total++;
      if (match) { shownClaims++; visible[li.getAttribute("data-claim-index")] = true; }
    }
    var groups = document.querySelectorAll(".group");
    for (var g = 0; g < groups.length; g++) {
      groups[g].hidden = !groups[g].querySelector("li:not([hidden])");
    }
    var all = !source && !kind && !certainty;
    var marks = document.querySelectorAll("mark[data-claim-index]");
    for (var m = 0; m < marks.length; m++) {
      var indexes = marks[m].getAttribute("data-claim-index").split(" ");
      var on = all;
      for (var k = 0; !on && k < indexes.length; k++) { on = visible[indexes[k]] === true; }
      marks[m].classList.toggle("filtered", !on);
    }
    count.value = shownClaims + " of " + total + " claims";
  }
  form.addEventListener("change", applyFilters);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.documentElement.setAttribute("data-ready", "true");
})();
