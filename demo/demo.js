// Demo page controls: ?theme=dark for the dark theme, ?lang=hi for a Hindi page.
const params = new URLSearchParams(location.search);
if (params.get('theme') === 'dark') document.documentElement.classList.add('dark');
if (params.get('lang')) document.documentElement.lang = params.get('lang');
