/*
 * On paper a link is only useful if its target is visible. The print stylesheet shows the
 * URL of external links from their href; links inside the handbook are relative
 * ("../../roles/rep/#discovery"), which means nothing on paper, and a path from the site root
 * ("/roles/rep/#discovery") is not an address someone can type either, so each one gets its
 * full address ("https://handbook.example.com/roles/rep/#discovery") in data-print-href for
 * the stylesheet to show.
 * Runs on every page, including pages reached by instant navigation.
 */
(function () {
  "use strict";

  function annotate() {
    var stamp = document.querySelector("[data-site-root]");
    if (stamp === null) {
      return;
    }
    var root = new URL(stamp.getAttribute("data-site-root"), window.location.href);
    var links = document.querySelectorAll(".md-content a[href]");
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var href = link.getAttribute("href");
      if (href === null || href.charAt(0) === "#" || link.classList.contains("headerlink")) {
        continue;
      }
      var url = new URL(href, window.location.href);
      if (url.origin !== root.origin || url.pathname.indexOf(root.pathname) !== 0) {
        continue;
      }
      link.setAttribute("data-print-href", url.href);
    }
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(annotate);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", annotate);
  } else {
    annotate();
  }
})();
