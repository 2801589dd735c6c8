// Applies the reader's saved theme before the first paint, so a chosen dark theme never flashes
// light. Without a saved choice the stylesheet follows the system setting and this does nothing.
try {
  var theme = localStorage.getItem('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch (e) {}
