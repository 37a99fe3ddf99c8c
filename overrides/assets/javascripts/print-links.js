/*
 * On paper a link is only useful if its target is visible. The print stylesheet shows the
 * URL of external links from their href; links inside the handbook are relative
 * ("../../roles/rep/#discovery"), which means nothing on paper, so each one gets its address
 * from the site root ("/roles/rep/#discovery") in data-print-href for the stylesheet to show.
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
      var address = "/" + url.pathname.slice(root.pathname.length) + url.hash;
      link.setAttribute("data-print-href", address);
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
