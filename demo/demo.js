// The theme switch: sets `theme` on every widget (what a site's own dark-mode toggle would do).
const select = document.getElementById('theme');
select.addEventListener('change', () => {
  document.documentElement.dataset.theme = select.value;
  for (const el of document.querySelectorAll('vote-chart, arms-flow, relation-map')) el.setAttribute('theme', select.value);
});
