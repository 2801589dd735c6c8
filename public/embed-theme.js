// Embeds (/embed/...) take their theme from ?theme=light or ?theme=dark, set by the site that frames
// them, before the first paint; without it the stylesheet follows the reader's system setting.
try {
  var theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch (e) {}
