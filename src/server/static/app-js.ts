import { STAGE_MARKS } from '../jobs/job-record.ts';

/**
 * The little client script, served at /static/app.js: the player's chapters and highlight, live job
 * progress over server-sent events, confirmation prompts. Pages work without it, only less live.
 */
export const APP_JS = `
(function () {
  'use strict';
  var STAGE_MARKS = ${JSON.stringify(STAGE_MARKS)};
  function fmt(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  // Player: chapters jump, the item being read is highlighted in the chapter list and the transcript.
  var audio = document.querySelector('audio[data-player]');
  if (audio) {
    var marks = Array.prototype.slice.call(document.querySelectorAll('[data-start][data-end]'));
    var nowPlaying = document.querySelector('[data-now-playing]');
    var currentId = null;
    document.addEventListener('click', function (event) {
      var target = event.target.closest ? event.target.closest('button[data-seek]') : null;
      if (!target) return;
      audio.currentTime = Number(target.getAttribute('data-seek')) + 0.01;
      var playing = audio.play();
      if (playing && playing.catch) playing.catch(function () {});
    });
    audio.addEventListener('timeupdate', function () {
      var t = audio.currentTime, id = null, title = '';
      for (var i = 0; i < marks.length; i++) {
        var m = marks[i];
        if (t >= Number(m.getAttribute('data-start')) && t < Number(m.getAttribute('data-end'))) {
          id = m.getAttribute('data-item');
          title = m.getAttribute('data-title') || title;
        }
      }
      if (id === currentId) return;
      currentId = id;
      marks.forEach(function (m) { m.classList.toggle('current', m.getAttribute('data-item') === id); });
      if (nowPlaying) nowPlaying.textContent = id ? 'Đang đọc: ' + title : '';
      var chapter = document.querySelector('ol.chapters .current');
      if (chapter && chapter.scrollIntoView && !audio.paused) chapter.scrollIntoView({ block: 'nearest' });
    });
  }

  // Job progress: the server pushes the whole job record on every change.
  var panel = document.querySelector('[data-job-id]');
  if (panel && panel.getAttribute('data-status') === 'running' && window.EventSource) {
    var source = new EventSource('/api/jobs/' + encodeURIComponent(panel.getAttribute('data-job-id')) + '/events');
    source.addEventListener('job', function (event) {
      var job = JSON.parse(event.data);
      job.stages.forEach(function (stage) {
        var row = panel.querySelector('li[data-stage="' + stage.stage + '"]');
        if (!row) return;
        row.setAttribute('data-state', stage.state);
        row.querySelector('.mark').textContent = STAGE_MARKS[stage.state];
        row.querySelector('.count').textContent = stage.total > 0 ? stage.done + '/' + stage.total : '';
        var message = row.querySelector('.message');
        if (message) message.textContent = stage.state === 'running' ? stage.message || '' : '';
        var bar = row.querySelector('progress');
        if (bar) { bar.max = stage.total || 1; bar.value = stage.state === 'done' ? bar.max : stage.done; }
      });
      var problems = panel.querySelector('[data-problem-count]');
      if (problems) problems.textContent = String(job.problems.length);
      if (job.status !== 'running') {
        source.close();
        panel.setAttribute('data-status', job.status);
        window.location.reload();
      }
    });
    source.onerror = function () {
      // The server ends the stream when the job ends; a reload shows the final state.
      if (source.readyState === EventSource.CLOSED) window.location.reload();
    };
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) { event.preventDefault(); return; }
    var button = form.querySelector('button[data-busy]');
    if (button) { button.disabled = true; button.textContent = button.getAttribute('data-busy'); }
  });
  document.querySelectorAll('input[data-file-input]').forEach(function (input) {
    input.addEventListener('change', function () {
      var names = Array.prototype.map.call(input.files, function (file) { return file.name; });
      var out = input.parentNode.querySelector('[data-file-names]');
      if (out) out.textContent = names.length ? names.join(', ') : 'Chưa chọn tệp nào.';
    });
  });
  document.querySelectorAll('[data-duration]').forEach(function (el) { el.textContent = fmt(Number(el.getAttribute('data-duration'))); });
})();
`;
