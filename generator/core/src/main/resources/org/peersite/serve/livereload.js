/*
 * peersite live reload. `peersite serve` adds this script to every HTML page it serves (it is never part of
 * the built site) and announces each rebuild on /__peersite/events as a `change` event:
 *   {"version":8,"changed":["/guides/x/"],"removed":[],"styles":false,"errors":false,"all":false}
 *
 * The rule a tab follows:
 *   1. events for versions it already shows are ignored;
 *   2. it reloads when the event says `all` (it missed events it cannot replay) or `errors` (every page is the
 *      error overlay now), when it shows the error overlay itself, or when one of its own paths (the URL in the
 *      address bar, and the file served for it, such as /404.html) or a file it loads (stylesheet, script,
 *      image, icon, frame) is among `changed` or `removed`;
 *   3. when only stylesheets changed (`styles`), it swaps in the new versions of the stylesheets it uses,
 *      without reloading, so scroll position and open details stay as they are;
 *   4. otherwise it does nothing.
 * A tab listens only while it is visible, so background tabs hold no connection; when it is shown again it
 * asks what it missed since the version it shows, and follows the same rule.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !window.EventSource || !window.URL) {
    return;
  }
  var session = script.getAttribute('data-session');
  var version = Number(script.getAttribute('data-version'));
  var file = script.getAttribute('data-file') || '';
  var overlay = script.getAttribute('data-overlay') === 'true';
  var source = null;

  function decode(path) {
    try {
      return decodeURIComponent(path);
    } catch (e) {
      return path;
    }
  }

  function pathOf(url) {
    return decode(new URL(url, location.href).pathname);
  }

  function loadedPaths() {
    var paths = {};
    var elements = document.querySelectorAll('link[rel~="stylesheet"][href], link[rel~="icon"][href],'
        + ' link[rel~="preload"][href], link[rel~="manifest"][href], script[src], img[src], source[src],'
        + ' video[src], audio[src], iframe[src], embed[src], object[data]');
    Array.prototype.forEach.call(elements, function (element) {
      var url = element.getAttribute('href') || element.getAttribute('src') || element.getAttribute('data');
      if (url) {
        paths[pathOf(url)] = true;
      }
    });
    return paths;
  }

  function mustReload(change) {
    if (change.all || change.errors || overlay) {
      return true;
    }
    var touched = change.changed.concat(change.removed);
    if (touched.indexOf(pathOf(location.href)) >= 0 || (file && touched.indexOf(file) >= 0)) {
      return true;
    }
    var loaded = loadedPaths();
    return touched.some(function (path) {
      return loaded[path] === true;
    });
  }

  function refreshStyles(change) {
    var links = document.querySelectorAll('link[rel~="stylesheet"][href]');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (change.changed.indexOf(decode(url.pathname)) < 0) {
        return;
      }
      url.searchParams.set('peersite-version', String(change.version));
      var fresh = link.cloneNode(false);
      fresh.href = url.href;
      // The old sheet stays until the new one has loaded, so the page never flashes unstyled.
      var retire = function () {
        if (link.parentNode) {
          link.parentNode.removeChild(link);
        }
      };
      fresh.addEventListener('load', retire);
      fresh.addEventListener('error', retire);
      link.parentNode.insertBefore(fresh, link.nextSibling);
    });
  }

  function onChange(event) {
    var change = JSON.parse(event.data);
    if (!change.all && change.version <= version) {
      return;
    }
    if (change.styles && !overlay) {
      refreshStyles(change);
    } else if (mustReload(change)) {
      disconnect();
      location.reload();
      return;
    }
    version = change.version;
  }

  function connect() {
    if (source) {
      return;
    }
    source = new EventSource('/__peersite/events?since=' + encodeURIComponent(session + '-' + version));
    source.addEventListener('change', onChange);
  }

  function disconnect() {
    if (source) {
      source.close();
      source = null;
    }
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      disconnect();
    } else {
      connect();
    }
  });
  window.addEventListener('pagehide', disconnect);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && document.visibilityState !== 'hidden') {
      connect();
    }
  });
  if (document.visibilityState !== 'hidden') {
    connect();
  }
}());
