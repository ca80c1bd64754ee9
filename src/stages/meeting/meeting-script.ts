/**
 * The presentation's browser script, as text: the web app serves it from /static/meeting.js (its
 * CSP allows no inline script) and briefing.html carries it inline. Plain ES2017 with no imports,
 * so it runs from file:// in any current browser. It reads the timings and cues from the JSON block
 * #m-data and only toggles the slides the HTML already holds; every text it writes goes through
 * textContent.
 */
export const MEETING_JS = String.raw`(function () {
  'use strict';
  var dataEl = document.getElementById('m-data');
  var audio = document.getElementById('m-audio');
  if (!dataEl || !audio) return;
  var data = JSON.parse(dataEl.textContent || '{}');
  var items = data.items || [];
  var cues = data.cues || [];
  var slides = Array.prototype.slice.call(document.querySelectorAll('[data-slide]'));
  var subtitle = document.getElementById('m-subtitle');
  var clock = document.getElementById('m-clock');
  var progress = document.getElementById('m-progress-fill');
  var playButton = document.getElementById('m-play');
  var start = document.getElementById('m-start');
  var problem = document.getElementById('m-problem');
  var duration = data.duration || 0;
  var current = -1;
  var shownCue = null;

  function itemIndexAt(t) {
    var found = 0;
    for (var i = 0; i < items.length; i++) if (items[i].start <= t + 0.001) found = i;
    return found;
  }
  function cueAt(t) {
    for (var i = 0; i < cues.length; i++) if (cues[i].start <= t && t < cues[i].end) return cues[i];
    return null;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function formatTime(s) {
    s = Math.max(0, Math.floor(s || 0));
    return Math.floor(s / 60) + ':' + pad(s % 60);
  }
  function fit(slide) {
    slide.style.setProperty('--fit', '1');
    var scale = 1;
    while (scale > 0.62 && slide.scrollHeight > slide.clientHeight + 1) {
      scale = Math.round((scale - 0.06) * 100) / 100;
      slide.style.setProperty('--fit', String(scale));
    }
  }
  function showSlide(index) {
    if (index === current) return;
    current = index;
    slides.forEach(function (slide, i) {
      if (i === index) { slide.hidden = false; slide.classList.add('m-active'); fit(slide); }
      else { slide.hidden = true; slide.classList.remove('m-active'); }
    });
    document.body.setAttribute('data-current', items[index] ? items[index].id : '');
  }
  function update() {
    var t = audio.currentTime || 0;
    showSlide(itemIndexAt(t));
    var cue = cueAt(t);
    if (cue !== shownCue) {
      shownCue = cue;
      subtitle.textContent = cue ? cue.text : '';
    }
    var total = isFinite(audio.duration) && audio.duration > 0 ? audio.duration : duration;
    clock.textContent = formatTime(t) + ' / ' + formatTime(total);
    if (progress && total > 0) progress.style.width = Math.min(100, (t / total) * 100).toFixed(2) + '%';
  }
  function loop() {
    update();
    if (!audio.paused) window.requestAnimationFrame(loop);
  }
  function seek(seconds) {
    if (start) start.hidden = true;
    audio.currentTime = Math.max(0, seconds + 0.01);
    update();
  }
  function isTarget(item) { return item.kind !== 'section'; }
  function next() {
    var here = itemIndexAt(audio.currentTime || 0);
    for (var i = here + 1; i < items.length; i++) if (isTarget(items[i])) return seek(items[i].start);
  }
  function previous() {
    var here = itemIndexAt(audio.currentTime || 0);
    for (var i = here - 1; i >= 0; i--) if (isTarget(items[i])) return seek(items[i].start);
    seek(0);
  }
  function play() {
    if (start) start.hidden = true;
    var result = audio.play();
    if (result && result.catch) result.catch(function () { if (start) start.hidden = false; });
  }
  function toggle() { if (audio.paused) play(); else audio.pause(); }
  function toggleFullscreen() {
    if (document.fullscreenElement) { if (document.exitFullscreen) document.exitFullscreen(); }
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(function () {});
  }

  audio.addEventListener('play', function () {
    if (start) start.hidden = true;
    document.body.classList.add('m-started');
    document.body.classList.add('m-playing');
    playButton.setAttribute('aria-label', 'Tạm dừng');
    playButton.textContent = '❚❚';
    loop();
  });
  audio.addEventListener('pause', function () {
    document.body.classList.remove('m-playing');
    playButton.setAttribute('aria-label', 'Phát');
    playButton.textContent = '▶';
    update();
  });
  audio.addEventListener('timeupdate', update);
  audio.addEventListener('seeked', function () {
    if (start) start.hidden = true;
    update();
  });
  audio.addEventListener('loadedmetadata', update);
  var fallbacks = (data.audioFallbacks || []).slice();
  audio.addEventListener('error', function () {
    if (fallbacks.length > 0) { audio.src = fallbacks.shift(); audio.load(); return; }
    if (problem) problem.hidden = false;
  });
  window.addEventListener('resize', function () { if (slides[current]) fit(slides[current]); });

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var key = event.key;
    if (key === ' ' || key === 'Spacebar' || key === 'k' || key === 'K') toggle();
    else if (key === 'ArrowRight' || key === 'PageDown') next();
    else if (key === 'ArrowLeft' || key === 'PageUp') previous();
    else if (key === 'f' || key === 'F') toggleFullscreen();
    else if (key === 'Home') seek(0);
    else return;
    event.preventDefault();
  });
  document.addEventListener('click', function (event) {
    var target = event.target && event.target.closest ? event.target.closest('[data-action]') : null;
    if (!target) return;
    var action = target.getAttribute('data-action');
    if (action === 'play') toggle();
    else if (action === 'start') play();
    else if (action === 'next') next();
    else if (action === 'previous') previous();
    else if (action === 'fullscreen') toggleFullscreen();
    target.blur();
  });
  var bar = document.getElementById('m-progress');
  if (bar) bar.addEventListener('click', function (event) {
    var box = bar.getBoundingClientRect();
    var total = isFinite(audio.duration) && audio.duration > 0 ? audio.duration : duration;
    if (box.width > 0 && total > 0) seek(((event.clientX - box.left) / box.width) * total);
  });

  update();
})();
`;
